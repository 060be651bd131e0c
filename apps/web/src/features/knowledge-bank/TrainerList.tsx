import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import type { components } from '../../api/schema.gen.ts';
import { useLabels } from '../../ui/data.tsx';
import { ButtonRouterLink } from '../../ui/links.tsx';

/** A trainer of a knowledge-bank answer, or of an in-company request's suggestions (which leave out the details). */
export type ListedTrainer = components['schemas']['SuggestedTrainerDto'] &
  Partial<Pick<components['schemas']['MatchedTrainerDto'], 'region' | 'formats' | 'inCompany'>>;

/** Marks the question's words (4+ letters, or their stem) in a snippet. */
export function highlight(text: string, question: string): ReactNode[] {
  const words = [...new Set(question.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])].map((w) =>
    w.slice(0, Math.max(4, w.length - 2)),
  );
  if (!words.length) return [text];
  const re = new RegExp(
    `(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`,
    'giu',
  );
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push(text.slice(last, m.index));
    out.push(<mark key={m.index}>{m[0]}</mark>);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

/** Whether the question's own words show in the trainer's profile or courses. */
function ownWords(why: ListedTrainer['why']): boolean {
  return why.expertise.length + why.courses.length + why.snippets.length > 0;
}

/** "Sterke match" only with evidence to show: without a reason a strong score reads as a fair one. */
function shownFit(tr: ListedTrainer): ListedTrainer['fit'] {
  return tr.fit === 'strong' && !ownWords(tr.why) ? 'fair' : tr.fit;
}

/** Ranked trainers with why they match; `action` renders e.g. an invite checkbox. */
export function TrainerList({
  trainers,
  question,
  action,
  questionId,
}: {
  trainers: ListedTrainer[];
  question: string;
  action?: (t: ListedTrainer) => ReactNode;
  /** The knowledge-bank question, linked to a question sent from the trainer's page. */
  questionId?: string;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const fitLabel = {
    strong: t('question.fit.strong', 'Sterke match'),
    fair: t('question.fit.fair', 'Redelijke match'),
    weak: t('question.fit.maybe', 'Misschien ook'),
  };
  return (
    <ol className="c-cards c-trainers">
      {trainers.map((tr) => {
        const id = `trainer-${tr.id}`;
        return (
          <li key={tr.id} className="c-card" aria-labelledby={id}>
            <h3 className="utrecht-heading-3 c-card__title" id={id}>
              <RouterLink className="utrecht-link" to={`/trainers/${tr.id}`}>
                {tr.name}
              </RouterLink>
            </h3>
            <Paragraph>
              {[tr.jobTitle, tr.organisation.name].filter(Boolean).join(' — ')}
              {tr.region && <> · {tr.region}</>}
            </Paragraph>
            <Paragraph className="c-meta">
              {fitLabel[shownFit(tr)]}
              {tr.formats?.length ? <> · {tr.formats.map(labels.format.of).join(', ')}</> : null}
              {tr.inCompany && <> · {t('question.inCompany', 'geeft incompany-trainingen')}</>}
            </Paragraph>
            {(ownWords(tr.why) || !!tr.why.related?.length) && (
              <div className="c-why">
                <strong>{t('question.why', 'Waarom deze collega:')}</strong>
                <ul>
                  {tr.why.expertise.length > 0 && (
                    <li>{t('question.whyExpertise', 'Expertise: {{list}}', { list: tr.why.expertise.join(', ') })}</li>
                  )}
                  {tr.why.courses.length > 0 && (
                    <li>{t('question.whyCourses', 'Geeft: {{list}}', { list: tr.why.courses.join('; ') })}</li>
                  )}
                  {tr.why.snippets.map((s, i) => (
                    <li key={i}>“{highlight(s, question)}”</li>
                  ))}
                  {tr.why.related?.length ? (
                    <li>
                      {t('question.whyRelated', 'Zelfde vakgebied als de beste matches: {{list}}', {
                        list: tr.why.related.join(', '),
                      })}
                    </li>
                  ) : null}
                  {tr.why.precedent && (
                    <li className="c-precedent">
                      {tr.why.precedent.verdict === 'bad'
                        ? t(
                            'question.precedentBad',
                            'Eerder als geen goede match gemarkeerd voor een vergelijkbare vraag',
                          )
                        : tr.why.precedent.verdict === 'invited'
                          ? t('question.precedentInvited', 'Eerder uitgenodigd voor een vergelijkbare vraag')
                          : t('question.precedentGood', 'Eerder gekozen voor een vergelijkbare vraag')}
                    </li>
                  )}
                </ul>
              </div>
            )}
            <Paragraph>
              <ButtonRouterLink
                to={`/trainers/${tr.id}?${new URLSearchParams({ vraag: question, ...(questionId ? { kennisvraag: questionId } : {}) }).toString()}`}
              >
                {t('question.askTrainer', 'Stel je vraag aan deze collega')}
                <span className="c-visually-hidden"> ({tr.name})</span>
              </ButtonRouterLink>
            </Paragraph>
            {action?.(tr)}
          </li>
        );
      })}
    </ol>
  );
}
