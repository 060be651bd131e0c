import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Button, ButtonGroup, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { get, put } from '../../api.ts';
import { formatSessionWhen } from '../../format.ts';
import type { Course, Participant } from '../../types.ts';
import { Empty, EnrolmentBadge, Loaded, useLoad } from '../../ui/data.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import { problemText } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';

const SHOWN = ['confirmed', 'attended', 'no_show', 'pending_approval', 'offered', 'waitlisted'];

export function ParticipantsPage() {
  const { t } = useTranslation();
  const { courseId, sessionId } = useParams();
  const notify = useNotify();
  const [error, setError] = useState<string | null>(null);
  const state = useLoad(async () => {
    const [course, participants] = await Promise.all([get<Course>(`/courses/${courseId}`), get<Participant[]>(`/sessions/${sessionId}/participants`)]);
    return { course, session: course.sessions.find((s) => s.id === sessionId), participants: participants.filter((p) => SHOWN.includes(p.status)) };
  }, [courseId, sessionId]);
  const mark = async (p: Participant, status: 'attended' | 'no_show') => {
    setError(null);
    try {
      await put(`/enrolments/${p.id}/attendance`, { status });
      notify(status === 'attended' ? t('participants.markedAttended', '{{name}} is aanwezig gemeld.', { name: p.name }) : t('participants.markedNoShow', '{{name}} is afwezig gemeld.', { name: p.name }));
      await state.reload();
    } catch (e) {
      setError(problemText(t, e));
    }
  };
  return (
    <Loaded state={state}>
      {({ course, session, participants }) => (
        <>
          <PageTitle title={t('participants.title', 'Deelnemers')}>{t('participants.heading', 'Deelnemers: {{title}}', { title: course.title })}</PageTitle>
          {session && <Paragraph lead>{formatSessionWhen(session.startsAt, session.endsAt)}</Paragraph>}
          <Paragraph>
            <RouterLink className="utrecht-link" to={`/lesgeven/cursussen/${course.id}`}>
              {t('participants.back', 'Terug naar de cursus')}
            </RouterLink>
          </Paragraph>
          <Paragraph>{t('participants.attendanceHelp', 'Aanwezigheid registreer je vanaf het begin van de sessie.')}</Paragraph>
          {error && <Paragraph role="alert" className="c-error-text">{error}</Paragraph>}
          {participants.length === 0 ? (
            <Empty>
              <Paragraph>{t('participants.empty', 'Nog geen inschrijvingen. Deel de link naar je cursus met collega’s.')}</Paragraph>
            </Empty>
          ) : (
            <div className="c-table-scroll" tabIndex={0} role="region" aria-label={t('participants.table', 'Deelnemerslijst')}>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('participants.name', 'Naam')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('participants.organisation', 'Organisatie')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('participants.status', 'Status')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('participants.attendance', 'Aanwezigheid')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {participants.map((p) => (
                    <TableRow key={p.id}>
                      <TableCell>
                        {p.name}
                        <br />
                        <span className="c-meta">{p.email}</span>
                      </TableCell>
                      <TableCell>{p.organisationName}</TableCell>
                      <TableCell>
                        <EnrolmentBadge status={p.status} />
                        {p.status === 'waitlisted' && p.position !== null && <> ({p.position})</>}
                      </TableCell>
                      <TableCell>
                        {['confirmed', 'attended', 'no_show'].includes(p.status) && (
                          <ButtonGroup>
                            <Button appearance={p.status === 'attended' ? 'primary-action-button' : 'secondary-action-button'} aria-pressed={p.status === 'attended'} onClick={() => mark(p, 'attended')} aria-label={t('participants.attendedFor', '{{name}} aanwezig', { name: p.name })}>
                              {t('participants.attended', 'Aanwezig')}
                            </Button>
                            <Button appearance={p.status === 'no_show' ? 'primary-action-button' : 'secondary-action-button'} aria-pressed={p.status === 'no_show'} onClick={() => mark(p, 'no_show')} aria-label={t('participants.noShowFor', '{{name}} afwezig', { name: p.name })}>
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
          )}
        </>
      )}
    </Loaded>
  );
}
