import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
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
import type { components } from '../../api/schema.gen.ts';
import { formatDate, formatHours } from '../../format.ts';
import { Empty, Loaded } from '../../ui/data.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { learningRecordQuery } from './queries.ts';
import { AlumniNetworkLink } from '../alumni/AlumniNetworkLink.tsx';
import './learning-record.css';

type Entry = components['schemas']['LearningRecordEntryDto'];
type Totals = components['schemas']['LearningRecordTotalsDto'];

/** "Mijn leerdossier": what I completed, with hours and totals, and a proof of participation per line. */
export function LearningRecordPage() {
  const { t } = useTranslation();
  const state = useQuery(learningRecordQuery);
  return (
    <>
      <PageTitle>{t('learningRecord.title', 'Mijn leerdossier')}</PageTitle>
      <Paragraph>
        {t(
          'learningRecord.intro',
          'De cursussen en programma’s waarbij je aanwezig was, met hun uren. Bij elke regel hoort een bewijs van deelname om af te drukken of te delen; wie het krijgt, kan de code erop controleren.',
        )}
      </Paragraph>
      <AlumniNetworkLink />
      <Loaded state={state}>
        {(record) => (
          <>
            <TotalsList totals={record.totals} />
            {record.entries.length === 0 ? (
              <Empty>
                <Paragraph>
                  {t(
                    'learningRecord.empty',
                    'Je leerdossier is nog leeg. Zodra de docent je aanwezigheid bij een cursus of programma heeft vastgelegd, staat die hier.',
                  )}{' '}
                  <RouterLink className="utrecht-link" to="/cursussen">
                    {t('learningRecord.findCourse', 'Zoek een cursus')}
                  </RouterLink>
                </Paragraph>
              </Empty>
            ) : (
              <EntriesTable entries={record.entries} />
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

function TotalsList({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="learning-record-totals">
      <Heading2 id="learning-record-totals">{t('learningRecord.totals', 'Totaal')}</Heading2>
      <DataList className="c-facts">
        <DataListItem>
          <DataListKey>{t('learningRecord.hoursThisYear', 'Uren dit jaar')}</DataListKey>
          <DataListValue>{formatHours(totals.hoursThisYear)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('learningRecord.hoursAllTime', 'Uren in totaal')}</DataListKey>
          <DataListValue>{formatHours(totals.hoursAllTime)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('learningRecord.completed', 'Afgerond')}</DataListKey>
          <DataListValue>
            {t('learningRecord.completedCount', {
              defaultValue: '{{count}} cursussen en programma’s',
              defaultValue_one: '{{count}} cursus of programma',
              count: totals.completed,
            })}
          </DataListValue>
        </DataListItem>
      </DataList>
    </section>
  );
}

function EntriesTable({ entries }: { entries: Entry[] }) {
  const { t } = useTranslation();
  const headers = {
    what: t('learningRecord.what', 'Cursus of programma'),
    when: t('learningRecord.when', 'Datum'),
    hours: t('learningRecord.hours', 'Uren'),
    by: t('learningRecord.by', 'Aangeboden door'),
    proof: t('learningRecord.proof', 'Bewijs van deelname'),
  };
  return (
    <section aria-labelledby="learning-record-entries" className="c-learning-record">
      <Heading2 id="learning-record-entries">{t('learningRecord.entries', 'Afgerond')}</Heading2>
      <div className="c-table-scroll" tabIndex={0} role="region" aria-label={t('learningRecord.table', 'Leerdossier')}>
        {/* Explicit roles: at phone widths the rows are laid out as blocks and must stay a table to screen readers. */}
        <Table role="table">
          <TableHeader role="rowgroup">
            <TableRow role="row">
              {Object.values(headers).map((h) => (
                <TableHeaderCell role="columnheader" scope="col" key={h}>
                  {h}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody role="rowgroup">
            {entries.map((e) => (
              <TableRow role="row" key={e.enrolmentId}>
                <TableCell role="cell">
                  <RouterLink
                    className="utrecht-link"
                    to={e.kind === 'programme' ? `/programmas/${e.courseId}` : `/cursussen/${e.courseId}`}
                  >
                    {e.title}
                  </RouterLink>
                  {e.kind === 'programme' && (
                    <>
                      {' '}
                      <span className="c-meta">({t('learningRecord.programme', 'programma')})</span>
                    </>
                  )}
                </TableCell>
                <TableCell role="cell" data-label={headers.when}>
                  {formatPeriod(e.startsAt, e.endsAt)}
                </TableCell>
                <TableCell role="cell" className="c-learning-record__hours" data-label={headers.hours}>
                  {formatHours(e.durationHours)}
                </TableCell>
                <TableCell role="cell" data-label={headers.by}>
                  {e.organisationName ?? ''}
                </TableCell>
                <TableCell role="cell">
                  <RouterLink
                    className="utrecht-link"
                    to={`/leerdossier/${e.enrolmentId}/bewijs`}
                    aria-label={t('learningRecord.proofOf', 'Bewijs van deelname: {{title}}', { title: e.title })}
                  >
                    {headers.proof}
                  </RouterLink>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

/** One day, or from the first to the last day (a programme's cohort spans weeks). */
export function formatPeriod(startsAt: string, endsAt: string): string {
  const [from, to] = [formatDate(startsAt), formatDate(endsAt)];
  return from === to ? from : `${from} – ${to}`;
}
