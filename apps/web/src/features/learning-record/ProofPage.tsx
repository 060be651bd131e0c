import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { formatHours } from '../../format.ts';
import { problemText } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { formatPeriod } from './LearningRecordPage.tsx';
import { proofQuery } from './queries.ts';
import './learning-record.css';

type Verified = components['schemas']['VerifiedProofDto'];

/** The printable proof of participation ("Bewijs van deelname") of one attended enrolment. */
export function ProofPage() {
  const { t } = useTranslation();
  const { enrolmentId = '' } = useParams();
  const state = useQuery(proofQuery(enrolmentId));
  return (
    <>
      <Paragraph className="c-proof__back">
        <RouterLink className="utrecht-link" to="/leerdossier">
          {t('proof.back', 'Terug naar Mijn leerdossier')}
        </RouterLink>
      </Paragraph>
      <PageTitle>{t('proof.title', 'Bewijs van deelname')}</PageTitle>
      {state.error ? (
        <Alert type="error">
          <Paragraph>
            {state.error instanceof ApiError && state.error.problem.code === 'ENROLMENT_NOT_ATTENDED'
              ? t(
                  'proof.notAttended',
                  'Voor deze inschrijving is er geen bewijs van deelname: alleen bij aanwezigheid krijg je er een.',
                )
              : state.error instanceof ApiError && state.error.status === 404
                ? t('proof.notFound', 'Dit bewijs van deelname bestaat niet.')
                : problemText(t, state.error)}
          </Paragraph>
        </Alert>
      ) : !state.data ? (
        <Paragraph aria-busy="true">{t('common.loading', 'Bezig met laden…')}</Paragraph>
      ) : (
        <>
          <ProofSheet proof={state.data} />
          <section aria-labelledby="proof-check" className="c-proof__check">
            <Heading2 id="proof-check">{t('proof.checkTitle', 'Controleren')}</Heading2>
            <Paragraph>
              {t('proof.checkText', 'Wie dit bewijs krijgt, controleert het met de code op')}{' '}
              <a className="utrecht-link c-proof__url" href={state.data.verificationUrl}>
                {state.data.verificationUrl}
              </a>
            </Paragraph>
          </section>
          <Button appearance="primary-action-button" onClick={() => window.print()}>
            {t('proof.print', 'Afdrukken of bewaren als pdf')}
          </Button>
        </>
      )}
    </>
  );
}

/** The proof's content, the same on the learner's page and on the public check. */
export function ProofSheet({ proof }: { proof: Verified }) {
  const { t } = useTranslation();
  return (
    <div className="c-proof">
      <Paragraph appearance="lead">
        {t(
          proof.kind === 'programme' ? 'proof.statementProgramme' : 'proof.statement',
          proof.kind === 'programme'
            ? '{{name}} heeft deelgenomen aan het leerprogramma “{{title}}”.'
            : '{{name}} heeft deelgenomen aan de cursus “{{title}}”.',
          { name: proof.learnerName, title: proof.title },
        )}
      </Paragraph>
      <DataList className="c-facts">
        <DataListItem>
          <DataListKey>{t('proof.learner', 'Deelnemer')}</DataListKey>
          <DataListValue>{proof.learnerName}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>
            {proof.kind === 'programme' ? t('proof.programme', 'Programma') : t('proof.course', 'Cursus')}
          </DataListKey>
          <DataListValue>{proof.title}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('proof.when', 'Datum')}</DataListKey>
          <DataListValue>{formatPeriod(proof.startsAt, proof.endsAt)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('proof.hours', 'Studiebelasting')}</DataListKey>
          <DataListValue>{formatHours(proof.durationHours)}</DataListValue>
        </DataListItem>
        {proof.organisationName && (
          <DataListItem>
            <DataListKey>{t('proof.by', 'Aangeboden door')}</DataListKey>
            <DataListValue>{proof.organisationName}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('proof.code', 'Verificatiecode')}</DataListKey>
          <DataListValue>
            <code className="c-proof__code">{proof.verificationCode}</code>
          </DataListValue>
        </DataListItem>
      </DataList>
    </div>
  );
}
