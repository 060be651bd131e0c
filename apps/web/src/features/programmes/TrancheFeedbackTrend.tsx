import { useTranslation } from 'react-i18next';
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { formatDate, formatNumber } from '../../format.ts';
import { Loaded } from '../../ui/data.tsx';
import { evaluationTrendQuery, type CohortTrend, type EvaluationTrend } from './tranche-feedback-queries.ts';
import './tranche-feedback.css';

/** Colours of the three averages: Rijkshuisstijl blue, dark orange and dark green (contrast ≥ 3:1 on white). */
const SERIES = [
  { key: 'overall', colour: '#154273' },
  { key: 'usefulness', colour: '#b35900' },
  { key: 'teacher', colour: '#39870c' },
] as const;

/**
 * Each cohort's evaluation next to the previous cohorts' of the programme, for its organisers
 * and trainers: a grouped bar chart (an image with a summary) and the same figures as a table.
 * A cohort below the threshold shows its count only. Nothing for whoever may not see it.
 */
export function TrancheFeedbackTrend({ programmeId, cohortId }: { programmeId: string; cohortId?: string }) {
  const { t } = useTranslation();
  const state = useQuery(evaluationTrendQuery(programmeId));
  if (state.data === null) return null;
  return (
    <section aria-labelledby="trend-title" className="c-section">
      <Heading2 id="trend-title">{t('trancheFeedback.trendTitle', 'Evaluaties per tranche')}</Heading2>
      <Loaded state={state}>{(trend) => (trend ? <Trend trend={trend} cohortId={cohortId} /> : null)}</Loaded>
    </section>
  );
}

function Trend({ trend, cohortId }: { trend: EvaluationTrend; cohortId?: string }) {
  const { t } = useTranslation();
  const labels: Record<(typeof SERIES)[number]['key'], string> = {
    overall: t('trancheFeedback.overall', 'Algemeen'),
    usefulness: t('trancheFeedback.usefulness', 'Bruikbaar in het werk'),
    teacher: t('trancheFeedback.teacher', 'Docent'),
  };
  const cohorts = trend.cohorts.filter((c) => c.status === 'scheduled');
  const shown = cohorts.filter((c) => c.shown);
  return (
    <div className="c-trend">
      <Paragraph>
        {t(
          'trancheFeedback.trendIntro',
          'Gemiddelden op een schaal van 1 tot 5. Een tranche telt pas mee vanaf {{min}} antwoorden; daaronder zie je alleen het aantal, zodat niemand herkenbaar is.',
          { min: trend.minResponses },
        )}
      </Paragraph>
      {shown.length > 0 && (
        <div className="c-trend__chart" role="img" aria-label={chartSummary(t, shown, labels)}>
          {/* The label and the table say it all: the drawing itself is hidden from assistive technology. */}
          <div aria-hidden="true" className="c-trend__drawing">
            <BarChart
              responsive
              style={{ inlineSize: '100%', blockSize: '100%' }}
              data={cohorts.map((c) => ({
                name: c.name,
                overall: c.overall,
                usefulness: c.usefulness,
                teacher: c.teacher,
              }))}
              accessibilityLayer={false}
              margin={{ top: 8, right: 8, bottom: 8, left: -16 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={{ fill: '#1a1a1a', fontSize: 13 }} />
              <YAxis domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fill: '#1a1a1a', fontSize: 13 }} />
              <Legend wrapperStyle={{ color: '#1a1a1a' }} />
              {SERIES.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={labels[s.key]} fill={s.colour} isAnimationActive={false} />
              ))}
            </BarChart>
          </div>
        </div>
      )}
      <div
        className="c-table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('trancheFeedback.trendTable', 'Evaluaties per tranche als tabel')}
      >
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('trancheFeedback.cohort', 'Tranche')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('trancheFeedback.respondents', 'Antwoorden')}</TableHeaderCell>
              <TableHeaderCell scope="col">{labels.overall}</TableHeaderCell>
              <TableHeaderCell scope="col">{labels.usefulness}</TableHeaderCell>
              <TableHeaderCell scope="col">{labels.teacher}</TableHeaderCell>
              <TableHeaderCell scope="col">
                {t('trancheFeedback.noteColumn', 'Jullie zeiden, wij deden')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {cohorts.map((c) => (
              <TableRow key={c.cohortId} aria-current={c.cohortId === cohortId ? 'true' : undefined}>
                <TableHeaderCell scope="row">
                  {c.name}
                  {c.cohortId === cohortId && ` (${t('trancheFeedback.thisCohort', 'deze tranche')})`}
                  <br />
                  <span className="c-meta">
                    {formatDate(c.startsAt)} – {formatDate(c.endsAt)}
                  </span>
                </TableHeaderCell>
                <TableCell>{c.respondents}</TableCell>
                {c.shown ? (
                  <>
                    <TableCell>{formatNumber(c.overall)}</TableCell>
                    <TableCell>{formatNumber(c.usefulness)}</TableCell>
                    <TableCell>{formatNumber(c.teacher)}</TableCell>
                  </>
                ) : (
                  <TableCell colSpan={3}>{t('trancheFeedback.tooFew', 'Te weinig antwoorden om te tonen')}</TableCell>
                )}
                <TableCell>{noteState(t, c.note)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

function noteState(t: ReturnType<typeof useTranslation>['t'], note: CohortTrend['note']): string {
  if (note === 'published') return t('trancheFeedback.notePublished', 'Gepubliceerd');
  if (note === 'draft') return t('trancheFeedback.noteDraft', 'Concept');
  return t('trancheFeedback.noteNone', 'Nog niet geschreven');
}

/** The chart's text alternative: every shown cohort's three averages. */
function chartSummary(
  t: ReturnType<typeof useTranslation>['t'],
  shown: CohortTrend[],
  labels: Record<'overall' | 'usefulness' | 'teacher', string>,
): string {
  const parts = shown.map(
    (c) =>
      `${c.name}: ${labels.overall} ${formatNumber(c.overall)}, ${labels.usefulness} ${formatNumber(c.usefulness)}, ${labels.teacher} ${formatNumber(c.teacher)}`,
  );
  return t('trancheFeedback.chartLabel', 'Staafdiagram van de gemiddelden per tranche. {{figures}}.', {
    figures: parts.join('; '),
  });
}
