import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  Button,
  ButtonGroup,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { client, ok, saveFile } from '../../api/client.ts';
import type { EnrolmentStatus, Participant } from '../../api/types.ts';
import { formatDateTime, formatSessionWhen } from '../../format.ts';
import { Empty, EnrolmentBadge, Loaded, useLabels } from '../../ui/data.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useAction } from '../../ui/query.tsx';
import { editableCourseQuery, participantsQuery, teacherKeys } from './queries.ts';
import { attendanceWindow, toCsv } from './participants-csv.ts';
import { SessionEvaluationResults } from '../evaluations/EvaluationResults.tsx';
import './participants.css';

const SHOWN: EnrolmentStatus[] = ['confirmed', 'attended', 'no_show', 'pending_approval', 'offered', 'waitlisted'];
/** Those who have a place, and whose attendance is recorded. */
const PRESENT: EnrolmentStatus[] = ['confirmed', 'attended', 'no_show'];

/** The time, ticking every 30 seconds, so the attendance buttons open when the window does. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function ParticipantsPage() {
  const { t } = useTranslation();
  const { courseId = '', sessionId = '' } = useParams();
  const labels = useLabels();
  const now = useNow();
  const queryClient = useQueryClient();
  const state = useQueries({
    queries: [editableCourseQuery(courseId), participantsQuery(sessionId)],
    combine: ([course, participants]) => ({
      error: course.error ?? participants.error,
      data:
        course.data && participants.data
          ? {
              course: course.data,
              session: course.data.sessions.find((s) => s.id === sessionId),
              participants: participants.data.filter((p) => SHOWN.includes(p.status)),
            }
          : undefined,
    }),
  });
  const attendance = (p: Participant, status: 'attended' | 'no_show') =>
    ok(client.PUT('/api/enrolments/{id}/attendance', { params: { path: { id: p.id } }, body: { status } }));
  const mark = useAction(({ p, status }: { p: Participant; status: 'attended' | 'no_show' }) => attendance(p, status), {
    done: ({ p, status }) =>
      status === 'attended'
        ? t('participants.markedAttended', '{{name}} is aanwezig gemeld.', { name: p.name })
        : t('participants.markedNoShow', '{{name}} is afwezig gemeld.', { name: p.name }),
    changes: [teacherKeys.participants(sessionId)],
  });
  /** Everyone not yet recorded is marked present; the teacher then changes the exceptions. */
  const markAll = useAction(
    async (open: Participant[]) => {
      try {
        for (const p of open) await attendance(p, 'attended');
      } finally {
        // Those marked before a refusal are shown as marked.
        await queryClient.invalidateQueries({ queryKey: teacherKeys.participants(sessionId) });
      }
    },
    {
      done: (open) =>
        t('participants.markedAll', '{{count}} deelnemers aanwezig gemeld. Meld wie er niet was als afwezig.', {
          count: open.length,
        }),
      changes: [],
    },
  );
  const busy = markAll.busy;
  const error = mark.error ?? markAll.error;
  const exportCsv = (title: string, startsAt: string | undefined, participants: Participant[]) => {
    const rows = [
      [
        t('participants.name', 'Naam'),
        t('participants.email', 'E-mailadres'),
        t('participants.organisation', 'Organisatie'),
        t('participants.status', 'Status'),
        t('participants.position', 'Wachtlijstpositie'),
      ],
      ...participants.map((p) => [
        p.name,
        p.email,
        p.organisationName,
        labels.enrolment.of(p.status),
        p.status === 'waitlisted' ? p.position : null,
      ]),
    ];
    const slug = title
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
    saveFile(
      new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }),
      `deelnemers-${slug}${startsAt ? `-${startsAt.slice(0, 10)}` : ''}.csv`,
    );
  };
  return (
    <Loaded state={state}>
      {({ course, session, participants }) => {
        const attendance = session ? attendanceWindow(session.startsAt, session.endsAt) : null;
        const canMark = !!attendance && now >= attendance.opens.getTime() && now <= attendance.closes.getTime();
        const present = participants.filter((p) => PRESENT.includes(p.status));
        const where = session
          ? [session.venueName, session.city].filter(Boolean).join(', ') ||
            (session.online ? t('format.online', 'Online') : '')
          : '';
        return (
          <div className="c-participants">
            <PageTitle title={t('participants.title', 'Deelnemers')}>
              {t('participants.heading', 'Deelnemers: {{title}}', { title: course.title })}
            </PageTitle>
            {session && <Paragraph appearance="lead">{formatSessionWhen(session.startsAt, session.endsAt)}</Paragraph>}
            <Paragraph>
              <RouterLink className="utrecht-link" to={`/lesgeven/cursussen/${course.id}`}>
                {t('participants.back', 'Terug naar de cursus')}
              </RouterLink>
            </Paragraph>
            <div className="c-screen-only">
              <Paragraph id="attendance-help">
                {t(
                  'participants.attendanceWindow',
                  'Aanwezigheid registreer je vanaf 15 minuten voor het begin tot 14 dagen na het einde van de sessie.',
                )}{' '}
                {attendance &&
                  now < attendance.opens.getTime() &&
                  t('participants.opensAt', 'Dat kan vanaf {{when}}.', {
                    when: formatDateTime(attendance.opens.toISOString()),
                  })}
                {attendance &&
                  now > attendance.closes.getTime() &&
                  t('participants.closedAt', 'Dat kon tot {{when}}.', {
                    when: formatDateTime(attendance.closes.toISOString()),
                  })}
              </Paragraph>
              {participants.length > 0 && (
                <div className="c-participants__actions">
                  {present.some((p) => p.status === 'confirmed') && (
                    <Button
                      appearance="primary-action-button"
                      disabled={!canMark || busy}
                      aria-describedby="attendance-help"
                      onClick={() => {
                        markAll.run(present.filter((p) => p.status === 'confirmed'));
                      }}
                    >
                      {t('participants.markAll', 'Iedereen aanwezig')}
                    </Button>
                  )}
                  <Button
                    appearance="secondary-action-button"
                    onClick={() => exportCsv(course.title, session?.startsAt, participants)}
                  >
                    {t('participants.csv', 'Deelnemerslijst downloaden (CSV)')}
                  </Button>
                  <Button appearance="secondary-action-button" onClick={() => window.print()}>
                    {t('participants.print', 'Presentielijst afdrukken')}
                  </Button>
                </div>
              )}
              <ActionError error={error} />
            </div>
            {participants.length === 0 ? (
              <Empty>
                <Paragraph>
                  {t('participants.empty', 'Nog geen inschrijvingen. Deel de link naar je cursus met collega’s.')}
                </Paragraph>
              </Empty>
            ) : (
              <>
                <div
                  className="c-table-scroll c-screen-only"
                  tabIndex={0}
                  role="region"
                  aria-label={t('participants.table', 'Deelnemerslijst')}
                >
                  {/* Explicit roles: at phone widths the rows are laid out as blocks and must stay a table to screen readers. */}
                  <Table role="table">
                    <TableHeader role="rowgroup">
                      <TableRow role="row">
                        <TableHeaderCell role="columnheader" scope="col">
                          {t('participants.name', 'Naam')}
                        </TableHeaderCell>
                        <TableHeaderCell role="columnheader" scope="col">
                          {t('participants.organisation', 'Organisatie')}
                        </TableHeaderCell>
                        <TableHeaderCell role="columnheader" scope="col">
                          {t('participants.status', 'Status')}
                        </TableHeaderCell>
                        <TableHeaderCell role="columnheader" scope="col">
                          {t('participants.attendance', 'Aanwezigheid')}
                        </TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody role="rowgroup">
                      {participants.map((p) => (
                        <TableRow role="row" key={p.id}>
                          <TableCell role="cell">
                            {p.name}
                            <br />
                            <span className="c-meta">{p.email}</span>
                          </TableCell>
                          <TableCell role="cell" data-label={t('participants.organisation', 'Organisatie')}>
                            {p.organisationName}
                          </TableCell>
                          <TableCell role="cell" data-label={t('participants.status', 'Status')}>
                            <EnrolmentBadge status={p.status} />
                            {p.status === 'waitlisted' && p.position !== null && <> ({p.position})</>}
                          </TableCell>
                          <TableCell role="cell">
                            {PRESENT.includes(p.status) && (
                              <ButtonGroup>
                                <Button
                                  appearance={
                                    p.status === 'attended' ? 'primary-action-button' : 'secondary-action-button'
                                  }
                                  disabled={!canMark || busy}
                                  aria-describedby="attendance-help"
                                  aria-pressed={p.status === 'attended'}
                                  onClick={() => {
                                    mark.run({ p, status: 'attended' });
                                  }}
                                  aria-label={t('participants.attendedFor', '{{name}} aanwezig', { name: p.name })}
                                >
                                  {t('participants.attended', 'Aanwezig')}
                                </Button>
                                <Button
                                  appearance={
                                    p.status === 'no_show' ? 'primary-action-button' : 'secondary-action-button'
                                  }
                                  disabled={!canMark || busy}
                                  aria-describedby="attendance-help"
                                  aria-pressed={p.status === 'no_show'}
                                  onClick={() => {
                                    mark.run({ p, status: 'no_show' });
                                  }}
                                  aria-label={t('participants.noShowFor', '{{name}} afwezig', { name: p.name })}
                                >
                                  {t('participants.noShow', 'Afwezig')}
                                </Button>
                              </ButtonGroup>
                            )}
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
                <section className="c-signin" aria-label={t('participants.signInSheet', 'Presentielijst')}>
                  <p>
                    <strong>{t('participants.signInSheet', 'Presentielijst')}</strong>
                    {session && <> · {formatSessionWhen(session.startsAt, session.endsAt)}</>}
                    {where && <> · {where}</>}
                  </p>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('participants.name', 'Naam')}</th>
                        <th scope="col">{t('participants.organisation', 'Organisatie')}</th>
                        <th scope="col">{t('participants.signature', 'Handtekening')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {present.map((p) => (
                        <tr key={p.id}>
                          <td>{p.name}</td>
                          <td>{p.organisationName}</td>
                          <td className="c-signin__sign"></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              </>
            )}
            <SessionEvaluationResults sessionId={sessionId} />
          </div>
        );
      }}
    </Loaded>
  );
}
