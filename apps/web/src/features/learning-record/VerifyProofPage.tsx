import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/client.ts';
import { problemText, TextField } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ProofSheet } from './ProofPage.tsx';
import { verifiedProofQuery } from './queries.ts';
import './learning-record.css';

/** Public: "Controleer een bewijs" — what a verification code confirms, or that it is not valid. */
export function VerifyProofPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  return (
    <>
      <PageTitle>{t('verifyProof.title', 'Controleer een bewijs')}</PageTitle>
      <Paragraph>
        {t(
          'verifyProof.intro',
          'Met de verificatiecode op een bewijs van deelname van Collegiaal zie je of het echt is: wie deelnam, aan welke cursus of welk programma, wanneer en hoeveel uur.',
        )}
      </Paragraph>
      <form
        className="c-verify"
        onSubmit={(e) => {
          e.preventDefault();
          const clean = typed.trim();
          if (clean) void navigate(`/bewijs/${encodeURIComponent(clean)}`);
        }}
      >
        <TextField
          label={t('verifyProof.code', 'Verificatiecode')}
          name="code"
          value={typed}
          onChange={setTyped}
          autoComplete="off"
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('verifyProof.check', 'Controleren')}
        </Button>
      </form>
      {code && <Result code={code} />}
    </>
  );
}

function Result({ code }: { code: string }) {
  const { t } = useTranslation();
  const state = useQuery(verifiedProofQuery(code));
  if (state.error) {
    return (
      <Alert type="error">
        <Paragraph>
          {state.error instanceof ApiError && state.error.status === 404
            ? t(
                'verifyProof.invalid',
                'Deze code hoort niet bij een geldig bewijs van deelname. Controleer of je hem volledig en zonder typefouten hebt overgenomen.',
              )
            : problemText(t, state.error)}
        </Paragraph>
      </Alert>
    );
  }
  if (!state.data) return <Paragraph aria-busy="true">{t('common.loading', 'Bezig met laden…')}</Paragraph>;
  return (
    <section aria-label={t('verifyProof.valid', 'Geldig bewijs van deelname')}>
      <Alert type="ok">
        <Paragraph>
          {t('verifyProof.validText', 'Dit is een geldig bewijs van deelname, uitgegeven door Collegiaal.')}
        </Paragraph>
      </Alert>
      <ProofSheet proof={state.data} />
    </section>
  );
}
