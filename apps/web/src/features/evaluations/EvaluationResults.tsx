import { useTranslation } from 'react-i18next';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { evaluationSummaryQuery, sessionEvaluationsQuery } from './queries.ts';

const one = (n: number) => n.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** On the course page: the average and count, only once enough people answered (else nothing). */
export function CourseEvaluationSummary({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const state = useQuery(evaluationSummaryQuery(courseId));
  const e = state.data?.evaluation;
  if (!e) return null;
  return (
    <Paragraph className="c-evaluation-summary">
      {t(
        'evaluations.summary',
        'Deelnemers geven deze cursus gemiddeld een {{average}} uit 5 ({{count}} evaluaties).',
        {
          average: one(e.average),
          count: e.count,
        },
      )}
    </Paragraph>
  );
}

/** On the teacher's session page: averages and open texts without names, or why there is nothing yet. */
export function SessionEvaluationResults({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const state = useQuery(sessionEvaluationsQuery(sessionId));
  if (!state.data) return null;
  const r = state.data.results;
  return (
    <section aria-labelledby="evaluation-results" className="c-section c-screen-only">
      <Heading2 id="evaluation-results">{t('evaluations.resultsTitle', 'Evaluaties')}</Heading2>
      {!r.shown || r.count === null ? (
        <Paragraph>
          {t(
            'evaluations.tooFew',
            'Nog geen resultaten: die zie je pas als minstens {{min}} deelnemers de sessie hebben geëvalueerd, zodat niemand herkenbaar is.',
            { min: r.minResponses },
          )}
        </Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('evaluations.answered', '{{count}} deelnemers evalueerden deze sessie (gemiddelden uit 5).', {
              count: r.count,
            })}
          </Paragraph>
          <DataList className="c-facts">
            <DataListItem>
              <DataListKey>{t('evaluations.overall', 'Algemeen oordeel')}</DataListKey>
              <DataListValue>{r.overall === null ? '–' : one(r.overall)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('evaluations.usefulness', 'Bruikbaarheid voor het werk')}</DataListKey>
              <DataListValue>{r.usefulness === null ? '–' : one(r.usefulness)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('evaluations.teacher', 'De docent')}</DataListKey>
              <DataListValue>{r.teacher === null ? '–' : one(r.teacher)}</DataListValue>
            </DataListItem>
          </DataList>
          {r.comments.length > 0 && (
            <>
              <Paragraph>{t('evaluations.comments', 'Toelichtingen (zonder namen, op alfabet):')}</Paragraph>
              <UnorderedList>
                {r.comments.map((c, i) => (
                  <UnorderedListItem key={i}>{c}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </>
      )}
    </section>
  );
}
