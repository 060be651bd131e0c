import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  Alert,
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
import { useAuth } from '../../auth.tsx';
import { formatDate, formatDateTime, formatHours, formatSessionWhen } from '../../format.ts';
import { Loaded } from '../../ui/data.tsx';
import { FormProblem, TextField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ButtonRouterLink } from '../../ui/links.tsx';
import { useSettle } from '../../ui/query.tsx';
import { catalogueKeys } from '../catalogue/queries.ts';
import { enrolmentKeys } from '../enrolments/queries.ts';
import { CohortSchedule, StructureTimeline } from './parts.tsx';
import { problemCode, programmeProblemText } from './problems.ts';
import { programmeKeys, programmeQuery, type Cohort, type Overlap, type Programme } from './queries.ts';
import { EnrolmentState } from './status.tsx';
import { TrancheFeedbackNotes } from './TrancheFeedbackNotes.tsx';

/** /programmas/:id: why, goals, audience, the structure as a timeline, and its cohorts to enrol in. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useQuery(programmeQuery(id));
  return (
    <Loaded state={state}>
      {(p) => (
        <article>
          <PageTitle>{p.title}</PageTitle>
          <Paragraph appearance="lead">{p.why}</Paragraph>
          {p.canEdit && (
            <Paragraph>
              <ButtonRouterLink to={`/programmas/${p.id}/beheer`}>
                {t('programmes.manage', 'Programma beheren')}
              </ButtonRouterLink>
            </Paragraph>
          )}
          <Facts p={p} />
          {p.description && <Paragraph>{p.description}</Paragraph>}
          {p.goals.length > 0 && (
            <section aria-labelledby="goals" className="c-section">
              <Heading2 id="goals">{t('programmes.goals', 'Leerdoelen')}</Heading2>
              <UnorderedList>
                {p.goals.map((g) => (
                  <UnorderedListItem key={g}>{g}</UnorderedListItem>
                ))}
              </UnorderedList>
            </section>
          )}
          <section aria-labelledby="structure" className="c-section">
            <Heading2 id="structure">{t('programmes.structure', 'Opbouw')}</Heading2>
            <StructureTimeline parts={p.parts} />
          </section>
          <section aria-labelledby="cohorts" className="c-section">
            <Heading2 id="cohorts">{t('programmes.cohorts', 'Tranches')}</Heading2>
            {p.cohorts.filter((c) => c.status === 'scheduled').length === 0 ? (
              <Paragraph>{t('programmes.noCohorts', 'Er is nog geen tranche gepland. Kijk later nog eens.')}</Paragraph>
            ) : (
              <ul className="c-sessions">
                {p.cohorts
                  .filter((c) => c.status === 'scheduled')
                  .map((c) => (
                    <CohortItem key={c.id} cohort={c} programme={p} />
                  ))}
              </ul>
            )}
          </section>
          <TrancheFeedbackNotes programmeId={p.id} />
        </article>
      )}
    </Loaded>
  );
}

function Facts({ p }: { p: Programme }) {
  const { t } = useTranslation();
  return (
    <DataList className="c-facts">
      <DataListItem>
        <DataListKey>{t('programmes.owner', 'Aangeboden door')}</DataListKey>
        <DataListValue>{[p.organisation, ...p.coOwners].map((o) => o.name).join(', ')}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('programmes.audience', 'Voor wie')}</DataListKey>
        <DataListValue>
          {p.audience === 'all'
            ? t('programmes.audienceAll', 'Open voor iedereen bij de overheid')
            : t('programmes.audienceListed', 'Medewerkers van {{organisations}}', {
                organisations: p.audienceOrganisations.map((o) => o.name).join(', '),
              })}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('programmes.duration', 'Totale duur')}</DataListKey>
        <DataListValue>
          {formatHours(p.durationHours)} ·{' '}
          {t('programmes.partCount', {
            defaultValue: '{{count}} onderdelen',
            defaultValue_one: '{{count}} onderdeel',
            count: p.parts.length,
          })}
        </DataListValue>
      </DataListItem>
      {p.requiresManagerApproval && (
        <DataListItem>
          <DataListKey>{t('course.approval', 'Goedkeuring')}</DataListKey>
          <DataListValue>
            {t('course.approvalNeeded', 'Je leidinggevende moet je inschrijving goedkeuren')}
          </DataListValue>
        </DataListItem>
      )}
    </DataList>
  );
}

function CohortItem({ cohort: c, programme }: { cohort: Cohort; programme: Programme }) {
  const { t } = useTranslation();
  const headingId = `cohort-${c.id}`;
  const versnellers = c.staff.filter((s) => s.role === 'versneller');
  const full = c.seatsLeft <= 0;
  return (
    <li className="c-session" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{c.name}</Heading3>
      <Paragraph>
        {formatDate(c.startsAt)} – {formatDate(c.endsAt)} ·{' '}
        <strong>
          {full
            ? t('course.fullWaitlist', 'Vol — je kunt op de wachtlijst')
            : t('catalogue.seats', {
                defaultValue: '{{count}} plaatsen vrij',
                defaultValue_one: '{{count}} plaats vrij',
                count: c.seatsLeft,
              })}
        </strong>
      </Paragraph>
      <Paragraph className="c-meta">
        {t('course.deadline', 'Inschrijven kan tot {{when}}.', { when: formatDateTime(c.enrolmentDeadline) })}
      </Paragraph>
      <details className="c-details">
        <summary>{t('programmes.datesPerPart', 'Data en plaatsen per onderdeel')}</summary>
        <CohortSchedule parts={c.parts} />
      </details>
      {versnellers.length > 0 && (
        <Paragraph>
          {t('programmes.versnellers', 'Versnellers: {{names}}', {
            names: versnellers
              .map((v) => (v.organisationName ? `${v.name} (${v.organisationName})` : v.name))
              .join(', '),
          })}
        </Paragraph>
      )}
      {c.myRole && (
        // Owners, organisers, trainers and versnellers run the cohort.
        <Paragraph>
          <RouterLink className="utrecht-link" to={`/cohorten/${c.id}/beheer`}>
            {t('programmes.runCohort', 'Tranche {{name}} beheren', { name: c.name })}
          </RouterLink>
        </Paragraph>
      )}
      <Enrol cohort={c} programme={programme} headingId={headingId} />
    </li>
  );
}

/** Enrolling in a cohort: one enrolment for every part; overlaps with other bookings are shown first. */
function Enrol({ cohort: c, programme, headingId }: { cohort: Cohort; programme: Programme; headingId: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const settle = useSettle();
  const form = useApiForm({ managerEmail: '' });
  const [askManager, setAskManager] = useState(false);
  const [overlaps, setOverlaps] = useState<Overlap[] | null>(null);
  const full = c.seatsLeft <= 0;
  const closed = new Date(c.enrolmentDeadline) <= new Date();
  // The warning takes focus when it appears, so keyboard and screen-reader users land on it.
  const warning = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (overlaps) warning.current?.focus();
  }, [overlaps]);

  if (c.myEnrolment && !['cancelled', 'rejected', 'declined', 'expired'].includes(c.myEnrolment.status))
    return (
      <Paragraph>
        <EnrolmentState enrolment={c.myEnrolment} />{' '}
        <RouterLink className="utrecht-link" to="/mijn-leren">
          {t('programmes.seeMyLearning', 'Bekijk het in Mijn leren')}
        </RouterLink>
      </Paragraph>
    );
  if (!me)
    return (
      <Paragraph>
        <RouterLink
          className="utrecht-link"
          to={`/inloggen?terug=${encodeURIComponent(`/programmas/${programme.id}`)}`}
        >
          {t('course.loginToEnrol', 'Log in om je in te schrijven')}
        </RouterLink>
      </Paragraph>
    );
  if (closed) return <Paragraph>{t('course.closed', 'Inschrijven is gesloten.')}</Paragraph>;

  const enrol = (acceptOverlaps: boolean) =>
    form.submit(null, async () => {
      const body = {
        ...(programme.requiresManagerApproval ? { managerEmail: form.values.managerEmail } : {}),
        acceptOverlaps,
      };
      try {
        const result = await ok(client.POST('/api/cohorts/{id}/enrolments', { params: { path: { id: c.id } }, body }));
        setOverlaps(null);
        setAskManager(false);
        const e = result.enrolment;
        await settle(
          e.status === 'confirmed'
            ? t(
                'programmes.enrolled',
                'Je bent ingeschreven voor {{name}}. Alle onderdelen staan in Mijn leren en in je agenda-feed.',
                { name: c.name },
              )
            : e.status === 'waitlisted'
              ? t('course.waitlisted', 'De sessie is vol: je staat op de wachtlijst op plaats {{position}}.', {
                  position: e.position,
                })
              : t(
                  'course.pending',
                  'Je inschrijving wacht op goedkeuring van je leidinggevende. Je plek wordt zolang vastgehouden.',
                ),
          [programmeKeys.all, enrolmentKeys.all, catalogueKeys.all],
        );
      } catch (e) {
        if (problemCode(e) === 'COHORT_OVERLAPS_SESSIONS') {
          setOverlaps(await ok(client.GET('/api/cohorts/{id}/overlaps', { params: { path: { id: c.id } } })));
          return;
        }
        throw e;
      }
    });

  if (overlaps)
    return (
      <div id={`${headingId}-overlaps`} tabIndex={-1} ref={warning}>
        <Alert type="warning">
          <Paragraph>
            <strong>{t('programmes.overlapTitle', 'Let op: dit valt samen met andere inschrijvingen')}</strong>
          </Paragraph>
          <UnorderedList>
            {overlaps.map((o) => (
              <UnorderedListItem key={`${o.partTitle}-${o.title}-${o.startsAt}`}>
                {t('programmes.overlapItem', '{{part}} ({{partWhen}}) valt samen met {{title}} ({{when}})', {
                  part: o.partTitle,
                  partWhen: formatDateTime(o.partStartsAt),
                  title: o.title,
                  when: formatSessionWhen(o.startsAt, o.endsAt),
                })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
        <FormProblem problem={form.problem} />
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            disabled={form.busy}
            aria-describedby={headingId}
            onClick={() => {
              enrol(true);
            }}
          >
            {t('programmes.enrolAnyway', 'Toch inschrijven')}
          </Button>
          <Button appearance="subtle-button" onClick={() => setOverlaps(null)}>
            {t('common.cancel', 'Annuleren')}
          </Button>
        </ButtonGroup>
      </div>
    );

  if (programme.requiresManagerApproval && askManager)
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          enrol(false);
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
    );

  return (
    <>
      {form.problem && (
        <Paragraph role="alert" className="c-error-text">
          {programmeProblemText(t, form.problem)}
        </Paragraph>
      )}
      <Button
        appearance="primary-action-button"
        disabled={form.busy}
        aria-describedby={headingId}
        onClick={() => {
          if (programme.requiresManagerApproval) setAskManager(true);
          else enrol(false);
        }}
      >
        {full ? t('course.joinWaitlist', 'Op de wachtlijst') : t('programmes.enrol', 'Inschrijven')}
      </Button>
    </>
  );
}
