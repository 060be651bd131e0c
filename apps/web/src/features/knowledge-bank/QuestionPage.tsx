import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import type { Format } from '../../api/types.ts';
import { formatDateTime } from '../../format.ts';
import { REGIONS } from '../../regions.ts';
import { useLabels } from '../../ui/data.tsx';
import { CheckboxField, FormProblem, SelectField, TextAreaField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ButtonRouterLink } from '../../ui/links.tsx';
import { useAuth } from '../../auth.tsx';
import { TrainerList } from './TrainerList.tsx';
import type { ListedTrainer } from './TrainerList.tsx';
import { useSuggestionMarks } from './queries.ts';
import { SuggestionMarks } from './SuggestionMarks.tsx';
import { QuestionInterestButton } from '../demand/QuestionInterestButton.tsx';

export function QuestionPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const form = useApiForm<{
    text: string;
    region: string;
    format: Format | '';
    inCompanyOnly: boolean;
    otherOrganisationsOnly: boolean;
  }>({
    text: '',
    region: '',
    format: '',
    inCompanyOnly: false,
    otherOrganisationsOnly: false,
  });
  const [answer, setAnswer] = useState<{ question: string; answer: components['schemas']['AnswerDto'] } | null>(null);
  const v = form.values;
  return (
    <>
      <PageTitle>{t('question.title', 'Stel een kennisvraag')}</PageTitle>
      <Paragraph>
        {t(
          'question.intro',
          'Beschrijf in gewone woorden wat je zoekt. De kennisbank zoekt collega’s bij andere organisaties die het weten of erover lesgeven.',
        )}
      </Paragraph>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            const filters = {
              region: v.region || undefined,
              format: v.format || undefined,
              inCompanyOnly: v.inCompanyOnly || undefined,
              otherOrganisationsOnly: v.otherOrganisationsOnly || undefined,
            };
            const result = await ok(client.POST('/api/knowledge-bank/questions', { body: { text: v.text, filters } }));
            setAnswer({ question: v.text, answer: result });
            requestAnimationFrame(() => document.getElementById('answer-title')?.focus());
          })
        }
      >
        <FormProblem problem={form.problem} />
        <TextAreaField
          label={t('question.text', 'Je vraag')}
          name="text"
          required
          rows={3}
          value={v.text}
          onChange={(x) => form.set('text', x)}
          error={form.errors.text}
          description={t('question.textHelp', 'Bijvoorbeeld: wie kan ons team uitleggen hoe je een DPIA uitvoert?')}
        />
        <div className="c-columns c-columns--tight">
          <SelectField
            label={t('question.region', 'Regio')}
            name="region"
            value={v.region}
            onChange={(x) => form.set('region', x)}
            error={form.errors['filters.region']}
            placeholder={t('common.allRegions', 'Alle regio’s')}
            options={REGIONS.map((r) => ({ value: r, label: r }))}
          />
          <SelectField
            label={t('question.format', 'Vorm')}
            name="format"
            value={v.format}
            onChange={(x) => form.set('format', x)}
            error={form.errors['filters.format']}
            placeholder={t('common.all', 'Alle')}
            options={labels.format.options}
          />
        </div>
        <CheckboxField
          label={t('question.inCompanyOnly', 'Alleen collega’s die incompany lesgeven')}
          name="inCompanyOnly"
          checked={v.inCompanyOnly}
          onChange={(x) => form.set('inCompanyOnly', x)}
        />
        <CheckboxField
          label={t('question.otherOnly', 'Alleen collega’s van andere organisaties')}
          name="otherOrganisationsOnly"
          checked={v.otherOrganisationsOnly}
          onChange={(x) => form.set('otherOrganisationsOnly', x)}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {form.busy ? t('question.searching', 'Bezig met zoeken…') : t('question.ask', 'Vraag stellen')}
        </Button>
      </form>
      {answer && (
        <section aria-labelledby="answer-title" className="c-section">
          <Heading2 id="answer-title" tabIndex={-1}>
            {t('question.answer', 'Antwoord')}
          </Heading2>
          {answer.answer.strongMatch ? (
            <Paragraph>
              {t('question.fitting', {
                defaultValue: '{{count}} collega’s passen goed bij je vraag, de beste eerst.',
                defaultValue_one: '{{count}} collega past goed bij je vraag.',
                count: answer.answer.trainers.length,
              })}
            </Paragraph>
          ) : (
            <Alert type="info">
              <Paragraph>
                <strong>{t('question.noStrong', 'Geen sterke match.')}</strong>{' '}
                {t(
                  'question.noStrongHelp',
                  'Niemand in de kennisbank past goed bij deze vraag. Formuleer hem anders, of zet hem uit als incompany-verzoek: je vraag telt mee in het overzicht van de vraag.',
                )}
              </Paragraph>
            </Alert>
          )}
          {!answer.answer.strongMatch && <QuestionInterestButton questionId={answer.answer.questionId} />}
          <AnswerTrainers key={answer.answer.questionId} answer={answer.answer} question={answer.question} />
          {answer.answer.alsoConsider.length > 0 && (
            // Below the threshold: never counted as a match, folded away, each with its reason.
            <details className="c-also-consider">
              <summary>
                {t('question.alsoConsider', {
                  defaultValue: 'Misschien ook ({{count}} collega’s die er minder goed bij passen)',
                  defaultValue_one: 'Misschien ook ({{count}} collega die er minder goed bij past)',
                  count: answer.answer.alsoConsider.length,
                })}
              </summary>
              <AnswerTrainers
                key={answer.answer.questionId}
                answer={answer.answer}
                question={answer.question}
                alsoConsider
              />
            </details>
          )}
          <Paragraph>
            <ButtonRouterLink
              appearance="secondary-action-button"
              to={`/maatwerk/nieuw?onderwerp=${encodeURIComponent(answer.question)}`}
            >
              {t('question.toIncompany', 'Maak hier een incompany-verzoek van')}
            </ButtonRouterLink>
          </Paragraph>
          {answer.answer.courses.length > 0 && (
            <>
              <Heading2>{t('question.courses', 'Cursussen over dit onderwerp')}</Heading2>
              <ul className="c-cards">
                {answer.answer.courses.map((c) => (
                  <li key={c.id} className="c-card">
                    <h3 className="utrecht-heading-3 c-card__title">
                      <RouterLink className="utrecht-link" to={`/cursussen/${c.id}`}>
                        {c.title}
                      </RouterLink>
                    </h3>
                    <Paragraph>{c.summary}</Paragraph>
                    <Paragraph className="c-meta">
                      {c.organisation.name}
                      {c.upcomingSessions.map((s) => (
                        <span key={s.id}>
                          {' '}
                          · {formatDateTime(s.startsAt)} (
                          {s.seatsLeft > 0
                            ? t('catalogue.seats', {
                                defaultValue: '{{count}} plaatsen vrij',
                                defaultValue_one: '{{count}} plaats vrij',
                                count: s.seatsLeft,
                              })
                            : t('catalogue.fullShort', 'vol')}
                          )
                        </span>
                      ))}
                    </Paragraph>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}

/**
 * The answer's matches (or, with `alsoConsider`, its "misschien ook"); L&D also mark each one
 * "Goede match" / "Geen match", which weighs in for similar questions of their organisation.
 */
function AnswerTrainers({
  answer,
  question,
  alsoConsider = false,
}: {
  answer: components['schemas']['AnswerDto'];
  question: string;
  alsoConsider?: boolean;
}) {
  const { hasRole } = useAuth();
  const marks = useSuggestionMarks(answer.questionId);
  const trainers = alsoConsider ? answer.alsoConsider : answer.trainers;
  if (!trainers.length) return null;
  const judge = hasRole('ld') || hasRole('admin');
  return (
    <TrainerList
      trainers={trainers}
      question={question}
      questionId={alsoConsider ? undefined : answer.questionId}
      action={
        judge
          ? (tr: ListedTrainer) => (
              <SuggestionMarks
                name={tr.name}
                current={marks.marks[tr.id] ?? null}
                busy={marks.busy}
                error={marks.error}
                onMark={(mark) => marks.mark(tr.id, mark)}
              />
            )
          : undefined
      }
    />
  );
}
