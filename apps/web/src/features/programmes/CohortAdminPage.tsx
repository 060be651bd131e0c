import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { ApiError, client, ok } from '../../api/client.ts';
import { formatDate, formatDateTime, parseNumber } from '../../format.ts';
import { Loaded, useLabels } from '../../ui/data.tsx';
import { CheckboxField, FormProblem, NumberField, SelectField, TextField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useSettle } from '../../ui/query.tsx';
import { electiveKeys, modulesQuery, type Allocation } from './elective-queries.ts';
import { cohortGroupsQuery, groupKeys, type GroupKind, type Grouping } from './groups-queries.ts';
import { useGroupKinds } from './MyGroups.tsx';
import { guestsQuery } from './MyGuests.tsx';
import { CohortSchedule } from './parts.tsx';
import { cohortEnrolmentsQuery, cohortQuery, type Cohort, type CohortPart } from './queries.ts';
import { TrancheFeedbackEditor } from './TrancheFeedbackEditor.tsx';
import { TrancheFeedbackTrend } from './TrancheFeedbackTrend.tsx';
import { useProgrammeAction } from './use-action.ts';

/** /cohorten/:id/beheer: a cohort's enrolments, electives and allocation, groups and guests, for its staff. */
export function CohortAdminPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useQuery(cohortQuery(id));
  return (
    <Loaded state={state}>
      {(c) => (
        <>
          <PageTitle title={`${c.programmeTitle} — ${c.name}`}>
            {c.programmeTitle} — {c.name}
          </PageTitle>
          <Paragraph>
            {formatDate(c.startsAt)} – {formatDate(c.endsAt)} ·{' '}
            {t('programmeEditor.seats', '{{taken}} van {{capacity}} plaatsen bezet', {
              taken: c.capacity - c.seatsLeft,
              capacity: c.capacity,
            })}{' '}
            ·{' '}
            <RouterLink className="utrecht-link" to={`/programmas/${c.programmeId}/beheer`}>
              {t('cohortAdmin.toProgramme', 'Naar het programma')}
            </RouterLink>
          </Paragraph>
          {c.staff.length > 0 && (
            <Paragraph>
              {t('cohortAdmin.staff', 'Team: {{names}}', {
                names: c.staff.map((s) => `${s.name} (${staffRole(t, s.role)})`).join(', '),
              })}
            </Paragraph>
          )}
          <details className="c-details">
            <summary>{t('programmes.datesPerPart', 'Data en plaatsen per onderdeel')}</summary>
            <CohortSchedule parts={c.parts} />
          </details>
          <Enrolments cohort={c} />
          {c.parts
            .filter((p) => p.kind === 'elective')
            .map((p) => (
              <Elective key={p.id} cohort={c} part={p} />
            ))}
          <Groups cohort={c} />
          {c.parts
            .filter((p) => p.allowsGuests)
            .map((p) => (
              <Guests key={p.id} cohort={c} part={p} />
            ))}
          <TrancheFeedbackTrend programmeId={c.programmeId} cohortId={c.id} />
          <TrancheFeedbackEditor cohort={c} />
        </>
      )}
    </Loaded>
  );
}

function staffRole(t: ReturnType<typeof useTranslation>['t'], role: string): string {
  const texts: Record<string, string> = {
    organiser: t('cohortAdmin.role.organiser', 'organisator'),
    trainer: t('cohortAdmin.role.trainer', 'trainer'),
    versneller: t('cohortAdmin.role.versneller', 'versneller'),
  };
  return texts[role] ?? role;
}

function Enrolments({ cohort }: { cohort: Cohort }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const state = useQuery(cohortEnrolmentsQuery(cohort.id));
  return (
    <section aria-labelledby="enrolments-title" className="c-section">
      <Heading2 id="enrolments-title">{t('cohortAdmin.enrolments', 'Inschrijvingen')}</Heading2>
      <Loaded state={state}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('cohortAdmin.noEnrolments', 'Nog niemand ingeschreven.')}</Paragraph>
          ) : (
            <div
              className="c-table-scroll"
              tabIndex={0}
              role="region"
              aria-label={t('cohortAdmin.enrolments', 'Inschrijvingen')}
            >
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('cohortAdmin.name', 'Naam')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('cohortAdmin.organisation', 'Organisatie')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('cohortAdmin.workDomain', 'Werkdomein')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('cohortAdmin.status', 'Status')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {list.map((e) => (
                    <TableRow key={e.enrolmentId}>
                      <TableCell>
                        {e.name}
                        <br />
                        <span className="c-meta">{e.email}</span>
                      </TableCell>
                      <TableCell>{e.organisationName ?? ''}</TableCell>
                      <TableCell>{e.workDomain ? labels.workDomain.of(e.workDomain) : '—'}</TableCell>
                      <TableCell>{labels.enrolment.of(e.status)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )
        }
      </Loaded>
    </section>
  );
}

/** Staff: the allocation of an elective part, or null before it has run. */
const allocationOrNull = (cohortId: string, partId: string) => ({
  queryKey: electiveKeys.allocation(cohortId, partId),
  queryFn: async (): Promise<Allocation | null> => {
    try {
      return await ok(
        client.GET('/api/cohorts/{id}/parts/{partId}/allocation', { params: { path: { id: cohortId, partId } } }),
      );
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }
  },
});

function Elective({ cohort, part }: { cohort: Cohort; part: CohortPart }) {
  const { t } = useTranslation();
  const modules = useQuery(modulesQuery(cohort.id, part.id));
  const allocation = useQuery(allocationOrNull(cohort.id, part.id));
  // The API answers before any run too, with an empty seed and no one placed.
  const ran = !!allocation.data && allocation.data.seed !== '';
  const titleId = `elective-admin-${part.id}`;
  const path = { params: { path: { id: cohort.id, partId: part.id } } };
  const changes = [electiveKeys.all];
  const run = useProgrammeAction(
    () => ok(client.POST('/api/cohorts/{id}/parts/{partId}/allocation', { ...path, body: {} })),
    {
      done: () => t('cohortAdmin.allocated', 'De indeling is gemaakt (nog niet gepubliceerd).'),
      changes,
    },
  );
  const publish = useProgrammeAction(
    () => ok(client.POST('/api/cohorts/{id}/parts/{partId}/allocation/publish', path)),
    {
      done: () => t('cohortAdmin.published', 'De indeling is gepubliceerd; iedereen krijgt bericht.'),
      changes,
    },
  );
  return (
    <section aria-labelledby={titleId} className="c-section">
      <Heading2 id={titleId}>{t('cohortAdmin.elective', 'Keuzemodules: {{part}}', { part: part.title })}</Heading2>
      {part.choiceDeadline && (
        <Paragraph>
          {t('electives.deadline', 'Kiezen kan tot {{when}}.', { when: formatDateTime(part.choiceDeadline) })}
        </Paragraph>
      )}
      <Loaded state={modules}>
        {(list) => (
          <>
            {list.modules.length === 0 ? (
              <Paragraph>{t('cohortAdmin.noModules', 'Nog geen modules.')}</Paragraph>
            ) : (
              <ul className="c-cards">
                {list.modules.map((m) => (
                  <li key={m.id} className="c-card">
                    <strong>{m.title}</strong>{' '}
                    <span className="c-meta">
                      {t('cohortAdmin.moduleCap', '{{allocated}} van {{cap}} plaatsen ingedeeld', {
                        allocated: m.allocated,
                        cap: m.cap,
                      })}
                      {m.teacher && <> · {m.teacher.name}</>}
                      {(m.venueName || m.city) && <> · {[m.venueName, m.city].filter(Boolean).join(', ')}</>}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <ModuleForm cohortId={cohort.id} partId={part.id} />
          </>
        )}
      </Loaded>
      <Heading3>{t('cohortAdmin.allocation', 'Indeling')}</Heading3>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          disabled={run.busy}
          onClick={() => {
            run.run();
          }}
        >
          {ran ? t('cohortAdmin.rerun', 'Indeling opnieuw maken') : t('cohortAdmin.run', 'Indeling maken')}
        </Button>
        {ran && !allocation.data?.published && (
          <Button
            appearance="secondary-action-button"
            disabled={publish.busy}
            onClick={() => {
              publish.run();
            }}
          >
            {t('cohortAdmin.publish', 'Indeling publiceren')}
          </Button>
        )}
      </ButtonGroup>
      <ActionError error={run.error ?? publish.error} />
      <Loaded state={allocation}>{(a) => (a ? <AllocationView cohortId={cohort.id} a={a} /> : null)}</Loaded>
    </section>
  );
}

function ModuleForm({ cohortId, partId }: { cohortId: string; partId: string }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const form = useApiForm({ title: '', cap: '', venueName: '', city: '' });
  const v = form.values;
  return (
    <form
      className="c-form"
      aria-labelledby={`module-form-${partId}`}
      noValidate
      onSubmit={(e) => {
        form.submit(e, async () => {
          await ok(
            client.POST('/api/cohorts/{id}/parts/{partId}/modules', {
              params: { path: { id: cohortId, partId } },
              body: {
                title: v.title,
                cap: parseNumber(v.cap) ?? Number.NaN,
                description: '',
                venueName: v.venueName.trim() || null,
                city: v.city.trim() || null,
              },
            }),
          );
          form.setValues({ title: '', cap: '', venueName: '', city: '' });
          await settle(t('cohortAdmin.moduleAdded', 'De module is toegevoegd.'), [electiveKeys.all]);
        });
      }}
    >
      <Heading3 id={`module-form-${partId}`}>{t('cohortAdmin.addModule', 'Module toevoegen')}</Heading3>
      <FormProblem problem={form.problem} />
      <TextField
        label={t('cohortAdmin.moduleTitle', 'Titel van de module')}
        name="title"
        required
        value={v.title}
        onChange={(x) => form.set('title', x)}
        error={form.errors.title}
      />
      <NumberField
        label={t('cohortAdmin.cap', 'Aantal plaatsen')}
        name="cap"
        required
        value={v.cap}
        onChange={(x) => form.set('cap', x)}
        error={form.errors.cap}
      />
      <TextField
        label={t('editor.venue', 'Locatie')}
        name="venueName"
        value={v.venueName}
        onChange={(x) => form.set('venueName', x)}
        error={form.errors.venueName}
      />
      <TextField
        label={t('programmeEditor.city', 'Plaats')}
        name="city"
        value={v.city}
        onChange={(x) => form.set('city', x)}
        error={form.errors.city}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={form.busy}>
        {t('cohortAdmin.addModule', 'Module toevoegen')}
      </Button>
    </form>
  );
}

/** The allocation: its figures, every module's list, who has no place, and moving someone. */
function AllocationView({ cohortId, a }: { cohortId: string; a: Allocation }) {
  const { t, i18n } = useTranslation();
  const options = a.modules.map((m) => ({ value: m.moduleId, label: m.title }));
  return (
    <>
      <Paragraph>
        {a.published
          ? t('cohortAdmin.isPublished', 'Gepubliceerd: deelnemers zien hun module.')
          : t('cohortAdmin.isDraft', 'Concept: deelnemers zien de indeling pas na publiceren.')}
      </Paragraph>
      {a.figures && <Figures f={a.figures} />}
      {a.explanation.length > 0 && (
        <ul>
          {a.explanation.map((line, i) => (
            <li key={`${line.code}-${i}`}>{i18n.language === 'en' ? line.en : line.nl}</li>
          ))}
        </ul>
      )}
      {a.modules.map((m) => (
        <div key={m.moduleId} className="c-section">
          <Heading3>
            {m.title}{' '}
            <span className="c-meta">
              ({m.participants.length}/{m.cap})
            </span>
          </Heading3>
          <ul className="c-members">
            {m.participants.map((p) => (
              <li key={p.userId}>
                <MovePerson
                  cohortId={cohortId}
                  partId={a.cohortPartId}
                  person={p}
                  current={m.moduleId}
                  options={options}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {a.unassigned.length > 0 && (
        <div className="c-section">
          <Heading3>{t('cohortAdmin.noPlace', 'Zonder plaats')}</Heading3>
          <ul className="c-members">
            {a.unassigned.map((p) => (
              <li key={p.userId}>
                <MovePerson cohortId={cohortId} partId={a.cohortPartId} person={p} current="" options={options} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** The allocation's figures: first choices, per rank, without a place. */
function Figures({ f }: { f: NonNullable<Allocation['figures']> }) {
  const { t } = useTranslation();
  return (
    <ul className="c-figures" aria-label={t('cohortAdmin.figures', 'Cijfers van de indeling')}>
      <li>{t('cohortAdmin.participants', '{{count}} deelnemers', { count: f.participants })}</li>
      <li data-testid="first-choices">
        {t('cohortAdmin.firstChoices', '{{count}} eerste keuzes', { count: f.firstChoices })}
      </li>
      {f.perRank.map((n, i) =>
        i === 0 ? null : (
          <li key={i}>{t('cohortAdmin.perRank', '{{count}} met keuze {{rank}}', { count: n, rank: i + 1 })}</li>
        ),
      )}
      <li data-testid="unassigned">
        {t('cohortAdmin.unassigned', '{{count}} zonder plaats', { count: f.unassigned })}
      </li>
      {f.unrankedPlacements > 0 && (
        <li>{t('cohortAdmin.unranked', '{{count}} in een niet gekozen module', { count: f.unrankedPlacements })}</li>
      )}
      {f.moved > 0 && <li>{t('cohortAdmin.moved', '{{count}} verplaatst', { count: f.moved })}</li>}
    </ul>
  );
}

function MovePerson({
  cohortId,
  partId,
  person,
  current,
  options,
}: {
  cohortId: string;
  partId: string;
  person: { userId: string; name: string; organisationName: string | null; rankObtained: number | null };
  current: string;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(current);
  const move = useProgrammeAction(
    (moduleId: string) =>
      ok(
        client.PUT('/api/cohorts/{id}/parts/{partId}/allocation/{userId}', {
          params: { path: { id: cohortId, partId, userId: person.userId } },
          body: { moduleId },
        }),
      ),
    {
      done: () => t('cohortAdmin.movedDone', '{{name}} is verplaatst.', { name: person.name }),
      changes: [electiveKeys.all],
    },
  );
  return (
    <div className="c-inline-form">
      <span>
        {person.name}
        {person.organisationName && <span className="c-meta"> — {person.organisationName}</span>}
        {person.rankObtained !== null && (
          <span className="c-meta"> · {t('cohortAdmin.rank', 'keuze {{rank}}', { rank: person.rankObtained })}</span>
        )}
      </span>
      <SelectField
        label={t('cohortAdmin.moveTo', 'Module voor {{name}}', { name: person.name })}
        name={`move-${partId}-${person.userId}`}
        required
        value={target}
        placeholder={current ? undefined : t('cohortAdmin.choose', 'Kies een module')}
        onChange={setTarget}
        options={options}
      />
      <Button
        appearance="secondary-action-button"
        disabled={move.busy || !target || target === current}
        onClick={() => {
          move.run(target);
        }}
      >
        {t('cohortAdmin.move', 'Verplaatsen')}
        <span className="c-visually-hidden"> {person.name}</span>
      </Button>
      <ActionError error={move.error} />
    </div>
  );
}

function Groups({ cohort }: { cohort: Cohort }) {
  const { t } = useTranslation();
  const kinds = useGroupKinds();
  const state = useQuery(cohortGroupsQuery(cohort.id));
  const settle = useSettle();
  const form = useApiForm<{ kind: GroupKind; rounds: string; notify: boolean }>({
    kind: 'intervision',
    rounds: '',
    notify: false,
  });
  const v = form.values;
  return (
    <section aria-labelledby="groups-title" className="c-section">
      <Heading2 id="groups-title">{t('cohortAdmin.groups', 'Groepen')}</Heading2>
      <form
        className="c-form"
        aria-labelledby="groups-form-title"
        noValidate
        onSubmit={(e) => {
          form.submit(e, async () => {
            const rounds = parseNumber(v.rounds);
            await ok(
              client.POST('/api/cohorts/{id}/groups', {
                params: { path: { id: cohort.id } },
                body: { kind: v.kind, notify: v.notify, rounds: rounds ?? 1 },
              }),
            );
            await settle(t('cohortAdmin.groupsMade', 'De groepen zijn gemaakt.'), [groupKeys.all]);
          });
        }}
      >
        <Heading3 id="groups-form-title">{t('cohortAdmin.makeGroups', 'Groepen maken')}</Heading3>
        <FormProblem problem={form.problem} />
        <SelectField
          label={t('cohortAdmin.groupKind', 'Soort groep')}
          name="kind"
          required
          value={v.kind}
          onChange={(x) => form.set('kind', x)}
          error={form.errors.kind}
          options={[
            { value: 'werkatelier', label: t('cohortAdmin.kindWerkatelier', 'Werkateliergroepen (10–15)') },
            { value: 'intervision', label: t('cohortAdmin.kindIntervision', 'Intervisiegroepen (4–6)') },
          ]}
        />
        <NumberField
          label={t('cohortAdmin.rounds', 'Aantal rondes (wisselen tussen bijeenkomsten)')}
          name="rounds"
          value={v.rounds}
          onChange={(x) => form.set('rounds', x)}
          error={form.errors.rounds}
          description={t('cohortAdmin.roundsHelp', 'Leeg of 1: dezelfde groepen de hele tranche.')}
        />
        <CheckboxField
          label={t('cohortAdmin.notify', 'Stuur iedereen bericht over zijn of haar groep')}
          name="notify"
          checked={v.notify}
          onChange={(x) => form.set('notify', x)}
        />
        <Paragraph className="c-meta">
          {t(
            'cohortAdmin.groupsHelp',
            'Bestaande groepen van deze soort worden vervangen. We mengen organisaties en werkdomeinen zo goed als het kan, en zeggen welke regel niet lukte.',
          )}
        </Paragraph>
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('cohortAdmin.makeGroups', 'Groepen maken')}
        </Button>
      </form>
      <Loaded state={state}>
        {(data) =>
          data.groupings.length === 0 ? (
            <Paragraph>{t('groups.notYet', 'De groepen zijn nog niet ingedeeld.')}</Paragraph>
          ) : (
            <>
              {data.groupings.map((g) => (
                <GroupingView key={g.kind} cohortId={cohort.id} g={g} label={kinds(g.kind)} />
              ))}
            </>
          )
        }
      </Loaded>
    </section>
  );
}

function GroupingView({ cohortId, g, label }: { cohortId: string; g: Grouping; label: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const titleId = `grouping-${g.kind}`;
  return (
    <div className="c-section" role="group" aria-labelledby={titleId}>
      <Heading3 id={titleId}>
        {label}{' '}
        <span className="c-meta">
          ({t('cohortAdmin.sizes', '{{min}}–{{max}} personen', { min: g.minSize, max: g.maxSize })}
          {g.rounds > 1 && <>, {t('cohortAdmin.roundsN', '{{n}} rondes', { n: g.rounds })}</>})
        </span>
      </Heading3>
      {g.explanations.length === 0 ? (
        <Paragraph>{t('cohortAdmin.allRulesMet', 'Alle mengregels zijn gehaald.')}</Paragraph>
      ) : (
        <div data-testid={`explanations-${g.kind}`}>
          <Paragraph>{t('cohortAdmin.unmet', 'Niet alles lukte:')}</Paragraph>
          <ul>
            {g.explanations.map((e, i) => (
              <li key={`${e.code}-${i}`}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      <ul className="c-cards">
        {g.groups.map((group) => (
          <li key={group.id} className="c-card" data-testid="group">
            <strong>
              {group.name}
              {g.rounds > 1 && <> · {t('groups.round', '(ronde {{round}})', { round: group.round })}</>}
            </strong>{' '}
            <span className="c-meta">
              (
              {t('cohortAdmin.members', {
                defaultValue: '{{count}} personen',
                defaultValue_one: '{{count}} persoon',
                count: group.members.length,
              })}
              )
            </span>
            <ul className="c-members">
              {group.members.map((m) => (
                <li key={m.userId}>
                  <MoveMember
                    cohortId={cohortId}
                    person={m}
                    detail={[m.organisationName, m.workDomain ? labels.workDomain.of(m.workDomain) : null]
                      .filter(Boolean)
                      .join(' · ')}
                    current={group.id}
                    options={g.groups
                      .filter((x) => x.round === group.round)
                      .map((x) => ({ value: x.id, label: x.name }))}
                  />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {g.ungrouped.length > 0 && (
        <>
          <Paragraph>
            <strong>{t('cohortAdmin.ungrouped', 'Nog niet ingedeeld')}</strong>
          </Paragraph>
          <ul className="c-members">
            {g.ungrouped.map((m) => (
              <li key={m.userId}>
                <MoveMember
                  cohortId={cohortId}
                  person={m}
                  detail={m.organisationName ?? ''}
                  current=""
                  options={g.groups.filter((x) => x.round === 1).map((x) => ({ value: x.id, label: x.name }))}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Moving a person to another group: a select and a button, so it works by keyboard alone. */
function MoveMember({
  cohortId,
  person,
  detail,
  current,
  options,
}: {
  cohortId: string;
  person: { userId: string; name: string };
  detail: string;
  current: string;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(current);
  const [override, setOverride] = useState(false);
  const move = useProgrammeAction(
    (groupId: string) =>
      ok(
        client.PUT('/api/cohorts/{id}/groups/{groupId}/members/{userId}', {
          params: { path: { id: cohortId, groupId, userId: person.userId } },
          body: { override },
        }),
      ),
    {
      done: () => t('cohortAdmin.memberMoved', '{{name}} is verplaatst.', { name: person.name }),
      changes: [groupKeys.all],
    },
  );
  const full = move.rawError instanceof ApiError && move.rawError.status === 409;
  return (
    <div className="c-inline-form">
      <span>
        {person.name}
        {detail && <span className="c-meta"> — {detail}</span>}
      </span>
      <SelectField
        label={t('cohortAdmin.groupFor', 'Groep voor {{name}}', { name: person.name })}
        name={`group-${current || 'none'}-${person.userId}`}
        required
        value={target}
        placeholder={current ? undefined : t('cohortAdmin.chooseGroup', 'Kies een groep')}
        onChange={setTarget}
        options={options}
      />
      {full && (
        <CheckboxField
          label={t('cohortAdmin.override', 'Toch verplaatsen, ook al is de groep vol')}
          name={`override-${person.userId}`}
          checked={override}
          onChange={setOverride}
        />
      )}
      <Button
        appearance="secondary-action-button"
        disabled={move.busy || !target || target === current}
        onClick={() => {
          move.run(target);
        }}
      >
        {t('cohortAdmin.move', 'Verplaatsen')}
        <span className="c-visually-hidden"> {person.name}</span>
      </Button>
      <ActionError error={move.error} />
    </div>
  );
}

function Guests({ cohort, part }: { cohort: Cohort; part: CohortPart }) {
  const { t } = useTranslation();
  const state = useQuery(guestsQuery(cohort.id, part.id));
  const titleId = `guests-${part.id}`;
  return (
    <section aria-labelledby={titleId} className="c-section">
      <Heading2 id={titleId}>{t('cohortAdmin.guests', 'Gasten: {{part}}', { part: part.title })}</Heading2>
      <Loaded state={state}>
        {(g) => (
          <>
            <Paragraph>
              {t('cohortAdmin.guestPlaces', '{{invited}} van {{capacity}} gastplaatsen bezet, {{left}} vrij.', {
                invited: g.guestsInvited,
                capacity: g.guestCapacity,
                left: g.placesLeft,
              })}
            </Paragraph>
            {g.guests.length > 0 && (
              <ul className="c-members">
                {g.guests.map((guest) => (
                  <li key={guest.id}>
                    {guest.name} ({guest.organisation}) · {guest.email} ·{' '}
                    {t('cohortAdmin.invitedBy', 'uitgenodigd door {{name}}', { name: guest.invitedBy.name })}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
