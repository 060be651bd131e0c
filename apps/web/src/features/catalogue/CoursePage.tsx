import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { Course, Enrolment, EnrolmentStatus, Session } from '../../api/types.ts';
import { useAuth } from '../../auth.tsx';
import { formatDateTime, formatHours, formatSessionWhen } from '../../format.ts';
import { sessionWhere } from '../../ui/session-mode.ts';
import { EnrolmentBadge, Loaded, useLabels } from '../../ui/data.tsx';
import { FormProblem, TextField, problemText, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { useSettle } from '../../ui/query.tsx';
import { CancelEnrolmentForm } from '../enrolments/CancelEnrolmentForm.tsx';
import { enrolmentKeys, myLearningQuery } from '../enrolments/queries.ts';
import { catalogueKeys, publicCourseQuery } from './queries.ts';
import { CourseEvaluationSummary } from '../evaluations/EvaluationResults.tsx';
import { CourseInterestButton } from '../demand/CourseInterestButton.tsx';
import { CourseAlumni } from '../alumni/CourseAlumni.tsx';

const ACTIVE: EnrolmentStatus[] = ['pending_approval', 'confirmed', 'offered', 'waitlisted'];

export function CoursePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const labels = useLabels();
  const course = useQuery(publicCourseQuery(id));
  const learning = useQuery({ ...myLearningQuery, enabled: !!me });
  const mine = learning.data
    ? [...learning.data.upcoming, ...learning.data.pending, ...learning.data.offers, ...learning.data.waitlist].filter(
        (e) => e.session.courseId === id,
      )
    : [];

  return (
    <Loaded state={course}>
      {(c) => (
        <article>
          <PageTitle>{c.title}</PageTitle>
          <Paragraph appearance="lead">{c.summary}</Paragraph>
          <DataList className="c-facts">
            <DataListItem>
              <DataListKey>{t('course.organisation', 'Aangeboden door')}</DataListKey>
              <DataListValue>{c.organisation.name}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('course.format', 'Vorm')}</DataListKey>
              <DataListValue>{labels.format.of(c.format)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('course.level', 'Niveau')}</DataListKey>
              <DataListValue>{labels.level.of(c.level)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('course.duration', 'Duur')}</DataListKey>
              <DataListValue>{formatHours(c.durationHours)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('course.language', 'Taal')}</DataListKey>
              <DataListValue>{labels.language.of(c.language)}</DataListValue>
            </DataListItem>
            {c.requiresManagerApproval && (
              <DataListItem>
                <DataListKey>{t('course.approval', 'Goedkeuring')}</DataListKey>
                <DataListValue>
                  {t('course.approvalNeeded', 'Je leidinggevende moet je inschrijving goedkeuren')}
                </DataListValue>
              </DataListItem>
            )}
          </DataList>
          <CourseEvaluationSummary courseId={c.id} />
          {c.description && <Paragraph>{c.description}</Paragraph>}
          {c.learningGoals.length > 0 && (
            <section aria-labelledby="goals">
              <Heading2 id="goals">{t('course.goals', 'Leerdoelen')}</Heading2>
              <UnorderedList>
                {c.learningGoals.map((g) => (
                  <UnorderedListItem key={g}>{g}</UnorderedListItem>
                ))}
              </UnorderedList>
            </section>
          )}
          <section aria-labelledby="teachers">
            <Heading2 id="teachers">{t('course.teachers', 'Docenten')}</Heading2>
            <UnorderedList>
              {c.teachers.map((tch) => (
                <UnorderedListItem key={tch.id}>
                  {me ? (
                    <RouterLink className="utrecht-link" to={`/trainers/${tch.id}`}>
                      <strong>{tch.name}</strong>
                    </RouterLink>
                  ) : (
                    <strong>{tch.name}</strong>
                  )}
                  {tch.jobTitle ? `, ${tch.jobTitle}` : ''} — {tch.organisation.name}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </section>
          <section aria-labelledby="sessions">
            <Heading2 id="sessions">{t('course.sessions', 'Sessies')}</Heading2>
            {c.sessions.filter((s) => s.status === 'scheduled').length === 0 ? (
              <>
                <Paragraph>
                  {t(
                    'course.noSessions',
                    'Er zijn nog geen sessies gepland. Kijk later nog eens, of stel je vraag in de kennisbank.',
                  )}
                </Paragraph>
                <CourseInterestButton courseId={c.id} courseTitle={c.title} />
              </>
            ) : (
              <ul className="c-sessions">
                {c.sessions
                  .filter((s) => s.status === 'scheduled')
                  .map((s) => (
                    <SessionItem
                      key={s.id}
                      session={s}
                      course={c}
                      enrolment={mine.find((e) => e.session.id === s.id && ACTIVE.includes(e.status))}
                      signedIn={!!me}
                    />
                  ))}
              </ul>
            )}
          </section>
          <CourseAlumni courseId={c.id} />
        </article>
      )}
    </Loaded>
  );
}

function SessionItem({
  session: s,
  course,
  enrolment,
  signedIn,
}: {
  session: Session;
  course: Course;
  enrolment?: Enrolment;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const settle = useSettle();
  const [askManager, setAskManager] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const form = useApiForm({ managerEmail: '' });
  const where = sessionWhere(t, s);
  const full = s.seatsLeft <= 0;
  const closed = new Date(s.enrolmentDeadline) <= new Date();
  const headingId = `session-${s.id}`;

  const enrol = () =>
    form.submit(null, async () => {
      const body = course.requiresManagerApproval ? { managerEmail: form.values.managerEmail } : {};
      const e = await ok(client.POST('/api/sessions/{id}/enrolments', { params: { path: { id: s.id } }, body }));
      setAskManager(false);
      await settle(
        e.status === 'confirmed'
          ? t('course.enrolled', 'Je bent ingeschreven. De uitnodiging staat in je agenda-feed en in Mijn leren.')
          : e.status === 'waitlisted'
            ? t('course.waitlisted', 'De sessie is vol: je staat op de wachtlijst op plaats {{position}}.', {
                position: e.position,
              })
            : t(
                'course.pending',
                'Je inschrijving wacht op goedkeuring van je leidinggevende. Je plek wordt zolang vastgehouden.',
              ),
        [catalogueKeys.all, enrolmentKeys.all],
      );
    });

  return (
    <li className="c-session" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{formatSessionWhen(s.startsAt, s.endsAt)}</Heading3>
      <Paragraph>
        {where} ·{' '}
        <strong>
          {full
            ? t('course.fullWaitlist', 'Vol — je kunt op de wachtlijst')
            : t('catalogue.seats', {
                defaultValue: '{{count}} plaatsen vrij',
                defaultValue_one: '{{count}} plaats vrij',
                count: s.seatsLeft,
              })}
        </strong>
      </Paragraph>
      <Paragraph className="c-meta">
        {t('course.deadline', 'Inschrijven kan tot {{when}}.', { when: formatDateTime(s.enrolmentDeadline) })}
      </Paragraph>
      {s.minParticipants !== null && s.goNoGoAt !== null && (
        <Paragraph className="c-meta">
          {t('course.minimum', {
            defaultValue: 'Gaat door bij minimaal {{count}} deelnemers (besluit op {{when}}).',
            defaultValue_one: 'Gaat door bij minimaal {{count}} deelnemer (besluit op {{when}}).',
            count: s.minParticipants,
            when: formatDateTime(s.goNoGoAt),
          })}
        </Paragraph>
      )}
      {enrolment ? (
        <>
          <Paragraph>
            <EnrolmentBadge status={enrolment.status} />{' '}
            {enrolment.status === 'waitlisted' &&
              t('course.position', 'Plaats {{position}} op de wachtlijst', { position: enrolment.position })}
            {enrolment.status === 'offered' && (
              <>
                {' '}
                <RouterLink className="utrecht-link" to="/mijn-leren">
                  {t('course.acceptInMyLearning', 'Accepteer de plek in Mijn leren')}
                </RouterLink>
              </>
            )}
          </Paragraph>
          {enrolment.canCancel &&
            (cancelling ? (
              <CancelEnrolmentForm
                enrolment={enrolment}
                onDone={() => {
                  setCancelling(false);
                }}
                onClose={() => setCancelling(false)}
              />
            ) : (
              <Button appearance="secondary-action-button" onClick={() => setCancelling(true)}>
                {enrolment.status === 'waitlisted'
                  ? t('course.leaveWaitlist', 'Van de wachtlijst af')
                  : t('course.cancel', 'Inschrijving annuleren')}
              </Button>
            ))}
        </>
      ) : !signedIn ? (
        <Paragraph>
          <RouterLink className="utrecht-link" to={`/inloggen?terug=${encodeURIComponent(`/cursussen/${course.id}`)}`}>
            {t('course.loginToEnrol', 'Log in om je in te schrijven')}
          </RouterLink>
        </Paragraph>
      ) : closed ? (
        <Paragraph>{t('course.closed', 'Inschrijven is gesloten.')}</Paragraph>
      ) : course.requiresManagerApproval && askManager ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            enrol();
          }}
          noValidate
        >
          <FormProblem problem={form.problem && !form.errors.managerEmail ? form.problem : null} />
          <TextField
            label={t('course.managerEmail', 'E-mailadres van je leidinggevende')}
            name="managerEmail"
            type="email"
            autoComplete="off"
            required
            value={form.values.managerEmail}
            onChange={(v) => form.set('managerEmail', v)}
            error={form.errors.managerEmail ?? form.errors.managerId}
            description={t(
              'course.managerHelp',
              'Je leidinggevende krijgt een verzoek om je inschrijving goed te keuren.',
            )}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
              {full ? t('course.joinWaitlist', 'Op de wachtlijst') : t('course.requestApproval', 'Goedkeuring vragen')}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => setAskManager(false)}>
              {t('common.cancel', 'Annuleren')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <>
          {form.problem && (
            <Paragraph role="alert" className="c-error-text">
              {problemText(t, form.problem)}
            </Paragraph>
          )}
          <Button
            appearance="primary-action-button"
            disabled={form.busy}
            onClick={() => {
              if (course.requiresManagerApproval) setAskManager(true);
              else enrol();
            }}
            aria-describedby={headingId}
          >
            {full ? t('course.joinWaitlist', 'Op de wachtlijst') : t('course.enrol', 'Inschrijven')}
          </Button>
        </>
      )}
    </li>
  );
}
