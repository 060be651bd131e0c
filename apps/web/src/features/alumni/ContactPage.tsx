import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok, type ApiError } from '../../api/client.ts';
import { Loaded } from '../../ui/data.tsx';
import { FormProblem, TextAreaField, TextField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { useSettle } from '../../ui/query.tsx';
import { AlumnusCard } from './AlumnusCard.tsx';
import { alumniKeys, alumnusQuery } from './queries.ts';
import './alumni.css';

/** /alumni/:userId/bericht — a message to an alumnus, delivered by e-mail; the reply comes to me. */
export function AlumniContactPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const [params] = useSearchParams();
  const courseId = params.get('cursus') ?? undefined;
  const state = useQuery(alumnusQuery(userId));
  return (
    <>
      <PageTitle title={t('alumni.contactTitle', 'Bericht aan een alumnus')}>
        {state.data
          ? t('alumni.contactHeading', 'Bericht aan {{name}}', { name: state.data.name })
          : t('alumni.contactTitle', 'Bericht aan een alumnus')}
      </PageTitle>
      <Loaded state={state}>
        {(a) => (
          <>
            <ul className="c-cards c-alumni" aria-label={t('alumni.recipient', 'Ontvanger')}>
              <AlumnusCard alumnus={a} courseId={courseId} hideContact />
            </ul>
            <MessageForm userId={a.userId} name={a.name} courseId={courseId} />
          </>
        )}
      </Loaded>
      <Paragraph>
        <RouterLink className="utrecht-link" to="/alumni">
          {t('alumni.back', 'Terug naar het Alumni-netwerk')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

function MessageForm({ userId, name, courseId }: { userId: string; name: string; courseId?: string }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const form = useApiForm({ subject: '', text: '' });
  const [sent, setSent] = useState<{ remaining: number } | null>(null);
  if (sent)
    return (
      <div id="message-sent" tabIndex={-1}>
        <Alert type="ok">
          <Paragraph>
            {t(
              'alumni.sent',
              'Je bericht aan {{name}} is verstuurd. Een antwoord komt rechtstreeks in je eigen mailbox.',
              { name },
            )}
          </Paragraph>
          <Paragraph>
            {t('alumni.remaining', {
              defaultValue: 'Je kunt vandaag nog {{count}} berichten aan alumni sturen.',
              defaultValue_one: 'Je kunt vandaag nog {{count}} bericht aan alumni sturen.',
              count: sent.remaining,
            })}
          </Paragraph>
        </Alert>
        <ButtonGroup>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              form.setValues({ subject: '', text: '' });
              setSent(null);
            }}
          >
            {t('alumni.another', 'Nog een bericht schrijven')}
          </Button>
        </ButtonGroup>
      </div>
    );
  return (
    <form
      noValidate
      aria-label={t('alumni.messageForm', 'Bericht')}
      onSubmit={(e) =>
        form.submit(e, async () => {
          const res = await ok(
            client.POST('/api/alumni/{userId}/messages', {
              params: { path: { userId } },
              body: { subject: form.values.subject.trim() || null, text: form.values.text, courseId: courseId ?? null },
            }),
          );
          setSent({ remaining: res.remainingToday });
          await settle(t('alumni.sentNotice', 'Bericht verstuurd aan {{name}}.', { name }), [alumniKeys.all]);
          requestAnimationFrame(() => document.getElementById('message-sent')?.focus());
        })
      }
    >
      <Paragraph>
        {t(
          'alumni.contactIntro',
          'Je bericht gaat per e-mail naar {{name}}, met jouw naam, organisatie en e-mailadres om op te antwoorden. Het adres van {{name}} zie je alleen als die dat heeft toegestaan.',
          { name },
        )}
      </Paragraph>
      <ContactProblem problem={form.problem} />
      <TextField
        label={t('alumni.subject', 'Onderwerp')}
        name="subject"
        value={form.values.subject}
        onChange={(v) => form.set('subject', v)}
        error={form.errors.subject}
        description={t('alumni.subjectHelp', 'Hoogstens 150 tekens.')}
      />
      <TextAreaField
        label={t('alumni.text', 'Je bericht')}
        name="text"
        rows={8}
        value={form.values.text}
        onChange={(v) => form.set('text', v)}
        error={form.errors.text}
        required
        description={t(
          'alumni.textHelp',
          'Stel je vraag of vertel waarom je contact zoekt. Hoogstens 4000 tekens; hoogstens 5 berichten per dag.',
        )}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('alumni.send', 'Versturen')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The alumni's own refusals in Dutch (or English); the rest as every form shows them. */
function ContactProblem({ problem }: { problem: ApiError | null }) {
  const { t } = useTranslation();
  const own: Record<string, string> = {
    ALUMNI_MESSAGES_RATE_LIMITED: t(
      'alumni.problemRateLimited',
      'Je hebt vandaag al het maximale aantal berichten aan alumni gestuurd. Probeer het morgen opnieuw.',
    ),
    ALUMNUS_NOT_FOUND: t('alumni.problemNotFound', 'Deze collega is niet (meer) vindbaar als alumnus.'),
  };
  const text = problem?.problem.code ? own[problem.problem.code] : undefined;
  if (!text) return <FormProblem problem={problem} />;
  return (
    <div id="form-problem" tabIndex={-1}>
      <Alert type="error">
        <Paragraph>{text}</Paragraph>
      </Alert>
    </div>
  );
}
