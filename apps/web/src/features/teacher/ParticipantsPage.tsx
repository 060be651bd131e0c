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
import { get, put, saveFile } from '../../api.ts';
import { formatDateTime, formatSessionWhen } from '../../format.ts';
import type { Course, Participant } from '../../types.ts';
import { Empty, EnrolmentBadge, Loaded, useLabels, useLoad } from '../../ui/data.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import { problemText } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { attendanceWindow, toCsv } from './participants-csv.ts';
import './participants.css';

const SHOWN = ['confirmed', 'attended', 'no_show', 'pending_approval', 'offered', 'waitlisted'];
/** Those who have a place, and whose attendance is recorded. */
const PRESENT = ['confirmed', 'attended', 'no_show'];

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
  const { courseId, sessionId } = useParams();
  const notify = useNotify();
  const labels = useLabels();
  const now = useNow();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = useLoad(async () => {
    const [course, participants] = await Promise.all([
      get<Course>(`/courses/${courseId}`),
      get<Participant[]>(`/sessions/${sessionId}/participants`),
    ]);
    return {
      course,
      session: course.sessions.find((s) => s.id === sessionId),
      participants: participants.filter((p) => SHOWN.includes(p.status)),
    };
  }, [courseId, sessionId]);
  const mark = async (p: Participant, status: 'attended' | 'no_show') => {
    setError(null);
    try {
      await put(`/enrolments/${p.id}/attendance`, { status });
      notify(
        status === 'attended'
          ? t('participants.markedAttended', '{{name}} is aanwezig gemeld.', { name: p.name })
          : t('participants.markedNoShow', '{{name}} is afwezig gemeld.', { name: p.name }),
      );
      await state.reload();
    } catch (e) {
      setError(problemText(t, e));
    }
  };
  /** Everyone not yet recorded is marked present; the teacher then changes the exceptions. */
  const markAll = async (participants: Participant[]) => {
    setError(null);
    setBusy(true);
    const open = participants.filter((p) => p.status === 'confirmed');
    let done = 0;
    try {
      for (const p of open) {
        await put(`/enrolments/${p.id}/attendance`, { status: 'attended' });
        done++;
      }
      notify(
        t('participants.markedAll', '{{count}} deelnemers aanwezig gemeld. Meld wie er niet was als afwezig.', {
          count: done,
        }),
      );
    } catch (e) {
      setError(problemText(t, e));
    } finally {
      setBusy(false);
      await state.reload();
    }
  };
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
        labels.enrolment(p.status),
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
            {session && <Paragraph lead>{formatSessionWhen(session.startsAt, session.endsAt)}</Paragraph>}
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
                      onClick={() => markAll(present)}
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
              {error && (
                <Paragraph role="alert" className="c-error-text">
                  {error}
                </Paragraph>
              )}
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
                                  onClick={() => mark(p, 'attended')}
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
                                  onClick={() => mark(p, 'no_show')}
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
          </div>
        );
      }}
    </Loaded>
  );
}
