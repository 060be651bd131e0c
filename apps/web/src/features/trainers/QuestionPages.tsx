import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Button, ButtonGroup, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { formatDateTime } from '../../format.ts';
import { Empty, Loaded } from '../../ui/data.tsx';
import { FormProblem, TextAreaField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { useSettle } from '../../ui/query.tsx';
import { askedQuestionsQuery, trainerInboxQuery, trainerKeys } from './queries.ts';
import './trainers.css';

type Question = components['schemas']['TrainerQuestionDto'];
type Status = Question['status'];

function useStatusLabel(): (s: Status) => string {
  const { t } = useTranslation();
  const labels: Record<Status, string> = {
    open: t('questions.status.open', 'Wacht op reactie'),
    answered: t('questions.status.answered', 'Beantwoord'),
    declined: t('questions.status.declined', 'Afgeslagen'),
    session_proposed: t('questions.status.sessionProposed', 'Bijeenkomst voorgesteld'),
  };
  return (s) => labels[s];
}

/** What the trainer wrote back, under its own label. */
function Response({ q }: { q: Question }) {
  const { t } = useTranslation();
  if (q.status === 'open') return null;
  const label =
    q.status === 'answered'
      ? t('questions.answer', 'Antwoord')
      : q.status === 'declined'
        ? t('questions.reason', 'Toelichting')
        : t('questions.proposal', 'Voorstel');
  return (
    <div className="c-question__response">
      <Paragraph>
        <strong>{label}</strong> ({formatDateTime(q.respondedAt)})
      </Paragraph>
      <Paragraph>{q.response ?? t('questions.noReason', 'Geen toelichting gegeven.')}</Paragraph>
    </div>
  );
}

/** /mijn-vragen — the questions I sent to trainers and where they stand. */
export function MyQuestionsPage() {
  const { t } = useTranslation();
  const state = useQuery(askedQuestionsQuery);
  const statusLabel = useStatusLabel();
  return (
    <>
      <PageTitle>{t('questions.mineTitle', 'Mijn vragen aan collega’s')}</PageTitle>
      <Paragraph>
        {t(
          'questions.mineIntro',
          'Vragen die je via een trainerpagina stelde. Je krijgt een melding en een e-mail zodra de collega reageert.',
        )}
      </Paragraph>
      <Loaded state={state}>
        {(questions) =>
          questions.length === 0 ? (
            <Empty>
              <Paragraph>
                {t(
                  'questions.mineEmpty',
                  'Je hebt nog geen vragen gesteld. Zoek een collega via de kennisbank of een cursuspagina en kies “Stel je vraag aan deze collega”.',
                )}
              </Paragraph>
            </Empty>
          ) : (
            <ul className="c-cards">
              {questions.map((q) => (
                <li key={q.id} className="c-card" aria-labelledby={`q-${q.id}`}>
                  <h2 className="utrecht-heading-3 c-card__title" id={`q-${q.id}`}>
                    {t('questions.to', 'Aan')}{' '}
                    <RouterLink className="utrecht-link" to={`/trainers/${q.trainer.id}`}>
                      {q.trainer.name}
                    </RouterLink>
                  </h2>
                  <Paragraph className="c-meta">
                    <StatusBadge>{statusLabel(q.status)}</StatusBadge> · {formatDateTime(q.createdAt)}
                  </Paragraph>
                  <Paragraph className="c-question__text">{q.text}</Paragraph>
                  <Response q={q} />
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

/** /lesgeven/vragen — questions colleagues sent me as a trainer; open ones can be handled here. */
export function TrainerInboxPage() {
  const { t } = useTranslation();
  const state = useQuery(trainerInboxQuery);
  const statusLabel = useStatusLabel();
  return (
    <>
      <PageTitle>{t('questions.inboxTitle', 'Vragen aan mij')}</PageTitle>
      <Paragraph>
        {t(
          'questions.inboxIntro',
          'Collega’s die je vonden via de kennisbank of je trainerpagina stellen je hier een vraag. Beantwoord hem, sla hem af of stel een bijeenkomst voor; de vrager krijgt je reactie als melding en e-mail.',
        )}
      </Paragraph>
      <Loaded state={state}>
        {(questions) =>
          questions.length === 0 ? (
            <Empty>
              <Paragraph>{t('questions.inboxEmpty', 'Er zijn nog geen vragen aan je gesteld.')}</Paragraph>
            </Empty>
          ) : (
            <ul className="c-cards">
              {questions.map((q) => (
                <li key={q.id} className="c-card" aria-labelledby={`q-${q.id}`}>
                  <h2 className="utrecht-heading-3 c-card__title" id={`q-${q.id}`}>
                    {t('questions.from', 'Van {{name}}', { name: q.asker.name })}
                    {q.asker.organisationName ? ` (${q.asker.organisationName})` : ''}
                  </h2>
                  <Paragraph className="c-meta">
                    <StatusBadge>{statusLabel(q.status)}</StatusBadge> · {formatDateTime(q.createdAt)}
                  </Paragraph>
                  <Paragraph className="c-question__text">{q.text}</Paragraph>
                  {q.status === 'open' ? <ReactForm q={q} /> : <Response q={q} />}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

type Reaction = 'answer' | 'decline' | 'propose-session';

/** One text and three ways to react: the API says which field is wrong (text or reason). */
function ReactForm({ q }: { q: Question }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const form = useApiForm({ text: '' });
  const label = t('questions.reaction', 'Je reactie aan {{name}}', { name: q.asker.name });
  const done: Record<Reaction, string> = {
    answer: t('questions.answered', 'Je antwoord is verstuurd.'),
    decline: t('questions.declinedDone', 'De vraag is afgeslagen; de vrager krijgt bericht.'),
    'propose-session': t('questions.proposedDone', 'Je voorstel is verstuurd.'),
  };
  function send(reaction: Reaction) {
    form.submit(null, async () => {
      const params = { path: { id: q.id } };
      const text = form.values.text;
      if (reaction === 'answer')
        await ok(client.POST('/api/trainer-questions/{id}/answer', { params, body: { text } }));
      else if (reaction === 'decline')
        await ok(client.POST('/api/trainer-questions/{id}/decline', { params, body: { reason: text.trim() || null } }));
      else await ok(client.POST('/api/trainer-questions/{id}/propose-session', { params, body: { text } }));
      await settle(done[reaction], [trainerKeys.inbox]);
    });
  }
  return (
    <form
      className="c-form"
      noValidate
      aria-label={t('questions.reactForm', 'Reageren op de vraag van {{name}}', { name: q.asker.name })}
      onSubmit={(e) => e.preventDefault()}
    >
      <FormProblem problem={form.problem} />
      <TextAreaField
        label={label}
        name="text"
        rows={4}
        value={form.values.text}
        onChange={(x) => form.set('text', x)}
        error={form.errors.text ?? form.errors.reason}
        description={t(
          'questions.reactionHelp',
          'Nodig voor een antwoord of een voorstel (wanneer, voor wie, hoe lang); bij afslaan mag je een reden geven.',
        )}
      />
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" disabled={form.busy} onClick={() => send('answer')}>
          {t('questions.doAnswer', 'Beantwoorden')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={form.busy}
          onClick={() => send('propose-session')}
        >
          {t('questions.doPropose', 'Bijeenkomst voorstellen')}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={form.busy} onClick={() => send('decline')}>
          {t('questions.doDecline', 'Afslaan')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
