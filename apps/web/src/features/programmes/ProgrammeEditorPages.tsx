import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { formatDate, formatNumberInput, fromLocalInput, parseNumber } from '../../format.ts';
import { Loaded, useLabels } from '../../ui/data.tsx';
import {
  CheckboxField,
  CheckboxGroup,
  FormProblem,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
  splitList,
  useApiForm,
} from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useSettle } from '../../ui/query.tsx';
import { catalogueKeys } from '../catalogue/queries.ts';
import { organisationsQuery } from '../organisations/queries.ts';
import { usePartKinds } from './parts.tsx';
import { programmeKeys, programmeQuery, type Programme, type PartKind } from './queries.ts';
import { moveItem } from './ranking.ts';
import { useProgrammeAction } from './use-action.ts';

type CreateProgramme = components['schemas']['CreateProgrammeDto'];
type Format = components['schemas']['PartDto']['format'];
type Audience = NonNullable<CreateProgramme['audience']>;

interface PartDraft {
  key: string;
  id?: string;
  title: string;
  kind: PartKind;
  durationHours: string;
  format: Format;
  description: string;
  allowsGuests: boolean;
}

type ProgrammeDraft = {
  title: string;
  why: string;
  description: string;
  goals: string;
  topics: string;
  audience: Audience;
  audienceOrganisationIds: string[];
  requiresManagerApproval: boolean;
  parts: PartDraft[];
};

let nextKey = 0;
const newPart = (): PartDraft => ({
  key: `new-${++nextKey}`,
  title: '',
  kind: 'plenary',
  durationHours: '',
  format: 'klassikaal',
  description: '',
  allowsGuests: false,
});

function draftOf(p: Programme | null): ProgrammeDraft {
  return {
    title: p?.title ?? '',
    why: p?.why ?? '',
    description: p?.description ?? '',
    goals: p?.goals.join('\n') ?? '',
    topics: p?.topics.join(', ') ?? '',
    audience: p?.audience ?? 'all',
    audienceOrganisationIds: p?.audienceOrganisations.map((o) => o.id) ?? [],
    requiresManagerApproval: p?.requiresManagerApproval ?? false,
    parts: p
      ? [...p.parts]
          .sort((a, b) => a.position - b.position)
          .map((x) => ({
            key: x.id,
            id: x.id,
            title: x.title,
            kind: x.kind,
            durationHours: formatNumberInput(x.durationHours),
            format: x.format,
            description: x.description,
            allowsGuests: x.allowsGuests,
          }))
      : [newPart()],
  };
}

function bodyOf(d: ProgrammeDraft): CreateProgramme {
  return {
    title: d.title,
    why: d.why,
    description: d.description,
    goals: d.goals
      .split('\n')
      .map((g) => g.trim())
      .filter(Boolean),
    topics: splitList(d.topics),
    audience: d.audience,
    audienceOrganisationIds: d.audience === 'listed' ? d.audienceOrganisationIds : [],
    requiresManagerApproval: d.requiresManagerApproval,
    parts: d.parts.map((p) => ({
      ...(p.id ? { id: p.id } : {}),
      title: p.title,
      kind: p.kind,
      // An empty or unreadable number goes as NaN and comes back as the field's error.
      durationHours: parseNumber(p.durationHours) ?? Number.NaN,
      format: p.format,
      description: p.description,
      allowsGuests: p.allowsGuests,
    })),
  };
}

/** /programmas/nieuw: L&D makes a programme (a draft until published). */
export function NewProgrammePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settle = useSettle();
  return (
    <>
      <PageTitle>{t('programmeEditor.newTitle', 'Nieuw programma')}</PageTitle>
      <ProgrammeForm
        initial={null}
        submitLabel={t('programmeEditor.create', 'Programma opslaan als concept')}
        onSave={async (body) => {
          const p = await ok(client.POST('/api/programmes', { body }));
          await settle(t('programmeEditor.created', 'Het programma is opgeslagen als concept.'), [programmeKeys.all]);
          void navigate(`/programmas/${p.id}/beheer`);
        }}
      />
    </>
  );
}

/** /programmas/:id/beheer: edit the programme, publish it, and plan its cohorts. */
export function ProgrammeAdminPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useQuery(programmeQuery(id));
  const settle = useSettle();
  return (
    <Loaded state={state}>
      {(p) => (
        <>
          <PageTitle title={p.title}>
            {p.title} <span className="c-meta">({t('programmeEditor.manageSuffix', 'beheer')})</span>
          </PageTitle>
          <Paragraph>
            <RouterLink className="utrecht-link" to={`/programmas/${p.id}`}>
              {t('programmeEditor.view', 'Bekijk het programma zoals deelnemers het zien')}
            </RouterLink>
          </Paragraph>
          <StatusActions p={p} />
          <section aria-labelledby="cohorts-title" className="c-section">
            <Heading2 id="cohorts-title">{t('programmes.cohorts', 'Tranches')}</Heading2>
            {p.cohorts.length === 0 ? (
              <Paragraph>{t('programmeEditor.noCohorts', 'Nog geen tranches.')}</Paragraph>
            ) : (
              <ul className="c-cards">
                {p.cohorts.map((c) => (
                  <li key={c.id} className="c-card">
                    <RouterLink className="utrecht-link" to={`/cohorten/${c.id}/beheer`}>
                      {c.name}
                    </RouterLink>{' '}
                    <span className="c-meta">
                      {formatDate(c.startsAt)} – {formatDate(c.endsAt)} ·{' '}
                      {t('programmeEditor.seats', '{{taken}} van {{capacity}} plaatsen bezet', {
                        taken: c.capacity - c.seatsLeft,
                        capacity: c.capacity,
                      })}
                      {c.status === 'cancelled' && <> · {t('programmeEditor.cancelled', 'geannuleerd')}</>}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <CohortForm p={p} />
          </section>
          <section aria-labelledby="edit-title" className="c-section">
            <Heading2 id="edit-title">{t('programmeEditor.edit', 'Programma bewerken')}</Heading2>
            <ProgrammeForm
              key={p.parts.map((x) => x.id).join(',')}
              initial={p}
              submitLabel={t('programmeEditor.save', 'Wijzigingen opslaan')}
              onSave={async (body) => {
                await ok(client.PATCH('/api/programmes/{id}', { params: { path: { id: p.id } }, body }));
                await settle(t('programmeEditor.saved', 'Het programma is bijgewerkt.'), [
                  programmeKeys.all,
                  catalogueKeys.all,
                ]);
              }}
            />
          </section>
        </>
      )}
    </Loaded>
  );
}

function StatusActions({ p }: { p: Programme }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const transition = useProgrammeAction(
    (status: 'published' | 'archived') =>
      ok(client.POST('/api/programmes/{id}/status', { params: { path: { id: p.id } }, body: { status } })),
    {
      done: (status) =>
        status === 'published'
          ? t('programmeEditor.publishedDone', 'Het programma is gepubliceerd.')
          : t('programmeEditor.archivedDone', 'Het programma is gearchiveerd.'),
      changes: [programmeKeys.all, catalogueKeys.all],
    },
  );
  return (
    <>
      <Paragraph>{t('programmeEditor.status', 'Status: {{status}}', { status: labels.course.of(p.status) })}</Paragraph>
      <ButtonGroup>
        {p.status !== 'published' && (
          <Button
            appearance="primary-action-button"
            disabled={transition.busy}
            onClick={() => {
              transition.run('published');
            }}
          >
            {t('programmeEditor.publish', 'Publiceren')}
          </Button>
        )}
        {p.status === 'published' && (
          <Button
            appearance="secondary-action-button"
            disabled={transition.busy}
            onClick={() => {
              transition.run('archived');
            }}
          >
            {t('programmeEditor.archive', 'Archiveren')}
          </Button>
        )}
      </ButtonGroup>
      <ActionError error={transition.error} />
    </>
  );
}

function ProgrammeForm({
  initial,
  submitLabel,
  onSave,
}: {
  initial: Programme | null;
  submitLabel: string;
  onSave: (body: CreateProgramme) => Promise<void>;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const kinds = usePartKinds();
  const organisations = useQuery(organisationsQuery);
  const form = useApiForm<ProgrammeDraft>(draftOf(initial));
  const [announcement, setAnnouncement] = useState('');
  const v = form.values;
  const setPart = (index: number, patch: Partial<PartDraft>) =>
    form.set(
      'parts',
      v.parts.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    );
  const err = (field: string) => form.errors[field];
  return (
    <form
      className="c-form"
      noValidate
      onSubmit={(e) => {
        form.submit(e, () => onSave(bodyOf(v)));
      }}
    >
      <FormProblem problem={form.problem} />
      <TextField
        label={t('programmeEditor.title', 'Titel')}
        name="title"
        required
        value={v.title}
        onChange={(x) => form.set('title', x)}
        error={err('title')}
      />
      <TextAreaField
        label={t('programmeEditor.why', 'Waarom dit programma')}
        name="why"
        required
        rows={3}
        value={v.why}
        onChange={(x) => form.set('why', x)}
        error={err('why')}
        description={t('programmeEditor.whyHelp', 'Tien tot vijfhonderd tekens: wat deelnemers eraan hebben.')}
      />
      <TextAreaField
        label={t('programmeEditor.description', 'Beschrijving')}
        name="description"
        value={v.description}
        onChange={(x) => form.set('description', x)}
        error={err('description')}
      />
      <TextAreaField
        label={t('programmeEditor.goals', 'Leerdoelen')}
        name="goals"
        value={v.goals}
        onChange={(x) => form.set('goals', x)}
        error={err('goals')}
        description={t('programmeEditor.goalsHelp', 'Eén leerdoel per regel.')}
      />
      <TextField
        label={t('programmeEditor.topics', 'Onderwerpen')}
        name="topics"
        value={v.topics}
        onChange={(x) => form.set('topics', x)}
        error={err('topics')}
        description={t(
          'programmeEditor.topicsHelp',
          'Gescheiden door komma’s; zo vinden collega’s het in de catalogus.',
        )}
      />
      <SelectField
        label={t('programmes.audience', 'Voor wie')}
        name="audience"
        required
        value={v.audience}
        onChange={(x) => form.set('audience', x)}
        error={err('audience')}
        options={[
          { value: 'all', label: t('programmes.audienceAll', 'Open voor iedereen bij de overheid') },
          { value: 'listed', label: t('programmeEditor.audienceListed', 'Alleen voor de organisaties hieronder') },
        ]}
      />
      {v.audience === 'listed' && (
        <CheckboxGroup
          legend={t('programmeEditor.audienceOrganisations', 'Organisaties waarvan medewerkers mogen inschrijven')}
          name="audienceOrganisationIds"
          value={v.audienceOrganisationIds}
          onChange={(x) => form.set('audienceOrganisationIds', x)}
          error={err('audienceOrganisationIds')}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      )}
      <CheckboxField
        label={t('programmeEditor.approval', 'De leidinggevende moet een inschrijving goedkeuren')}
        name="requiresManagerApproval"
        checked={v.requiresManagerApproval}
        onChange={(x) => form.set('requiresManagerApproval', x)}
      />
      <fieldset className="utrecht-form-fieldset c-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('programmeEditor.parts', 'Opbouw: de onderdelen')}</legend>
        {err('parts') && (
          <Paragraph className="c-error-text">
            {t('programmeEditor.partsError', 'Een programma heeft één tot dertig onderdelen.')}
          </Paragraph>
        )}
        <ol className="c-timeline">
          {v.parts.map((p, i) => {
            const name = p.title || t('programmeEditor.partN', 'Onderdeel {{n}}', { n: i + 1 });
            return (
              <li key={p.key} className="c-programme-part">
                <h3 className="utrecht-heading-3">{name}</h3>
                <TextField
                  label={t('programmeEditor.partTitle', 'Titel van het onderdeel')}
                  name={`parts[${i}].title`}
                  required
                  value={p.title}
                  onChange={(x) => setPart(i, { title: x })}
                  error={err(`parts[${i}].title`)}
                />
                <SelectField
                  label={t('programmeEditor.kind', 'Soort')}
                  name={`parts[${i}].kind`}
                  required
                  value={p.kind}
                  onChange={(x) => setPart(i, { kind: x })}
                  options={kinds.options}
                  error={err(`parts[${i}].kind`)}
                />
                <NumberField
                  label={t('programmeEditor.duration', 'Duur in uren')}
                  name={`parts[${i}].durationHours`}
                  required
                  decimals
                  value={p.durationHours}
                  onChange={(x) => setPart(i, { durationHours: x })}
                  error={err(`parts[${i}].durationHours`)}
                />
                <SelectField
                  label={t('programmeEditor.format', 'Vorm')}
                  name={`parts[${i}].format`}
                  required
                  value={p.format}
                  onChange={(x) => setPart(i, { format: x })}
                  options={labels.format.options}
                  error={err(`parts[${i}].format`)}
                />
                <TextAreaField
                  label={t('programmeEditor.partDescription', 'Wat er gebeurt')}
                  name={`parts[${i}].description`}
                  rows={2}
                  value={p.description}
                  onChange={(x) => setPart(i, { description: x })}
                  error={err(`parts[${i}].description`)}
                />
                <CheckboxField
                  label={t('programmeEditor.allowsGuests', 'Deelnemers mogen een gast uitnodigen (gast aan tafel)')}
                  name={`parts[${i}].allowsGuests`}
                  checked={p.allowsGuests}
                  onChange={(x) => setPart(i, { allowsGuests: x })}
                />
                <ButtonGroup>
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    disabled={i === 0}
                    aria-label={t('programmes.moveUp', '{{name}} omhoog', { name })}
                    onClick={() => {
                      form.set('parts', moveItem(v.parts, i, -1));
                      setAnnouncement(
                        t('programmes.rankMoved', '{{name}} staat nu op plaats {{place}} van {{count}}.', {
                          name,
                          place: i,
                          count: v.parts.length,
                        }),
                      );
                    }}
                  >
                    {t('programmes.up', 'Omhoog')}
                  </Button>
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    disabled={i === v.parts.length - 1}
                    aria-label={t('programmes.moveDown', '{{name}} omlaag', { name })}
                    onClick={() => {
                      form.set('parts', moveItem(v.parts, i, 1));
                      setAnnouncement(
                        t('programmes.rankMoved', '{{name}} staat nu op plaats {{place}} van {{count}}.', {
                          name,
                          place: i + 2,
                          count: v.parts.length,
                        }),
                      );
                    }}
                  >
                    {t('programmes.down', 'Omlaag')}
                  </Button>
                  <Button
                    type="button"
                    appearance="subtle-button"
                    disabled={v.parts.length === 1}
                    aria-label={t('programmeEditor.removePartNamed', '{{name}} verwijderen', { name })}
                    onClick={() => {
                      form.set(
                        'parts',
                        v.parts.filter((_, j) => j !== i),
                      );
                      setAnnouncement(t('programmeEditor.partRemoved', '{{name}} is verwijderd.', { name }));
                    }}
                  >
                    {t('programmeEditor.removePart', 'Verwijderen')}
                  </Button>
                </ButtonGroup>
              </li>
            );
          })}
        </ol>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            form.set('parts', [...v.parts, newPart()]);
            setAnnouncement(
              t('programmeEditor.partAdded', 'Onderdeel {{n}} is toegevoegd.', { n: v.parts.length + 1 }),
            );
          }}
        >
          {t('programmeEditor.addPart', 'Onderdeel toevoegen')}
        </Button>
        <p className="c-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
      </fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {submitLabel}
        </Button>
      </ButtonGroup>
    </form>
  );
}

interface CohortPartDraft {
  partId: string;
  startsAt: string;
  endsAt: string;
  venueName: string;
  city: string;
  onlineUrl: string;
  choiceDeadline: string;
  guestCapacity: string;
}

/** A new cohort: name, capacity, deadlines, and a date and place for every part. */
function CohortForm({ p }: { p: Programme }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const [open, setOpen] = useState(false);
  const parts = [...p.parts].sort((a, b) => a.position - b.position);
  const initial = {
    name: '',
    capacity: '',
    enrolmentDeadline: '',
    cancellationDeadline: '',
    parts: parts.map((x): CohortPartDraft => ({
      partId: x.id,
      startsAt: '',
      endsAt: '',
      venueName: '',
      city: '',
      onlineUrl: '',
      choiceDeadline: '',
      guestCapacity: '',
    })),
  };
  const form = useApiForm(initial);
  const v = form.values;
  const err = (field: string) => form.errors[field];
  const setPart = (index: number, patch: Partial<CohortPartDraft>) =>
    form.set(
      'parts',
      v.parts.map((x, i) => (i === index ? { ...x, ...patch } : x)),
    );
  const text = (s: string) => (s.trim() ? s.trim() : null);
  if (!open)
    return (
      <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
        {t('programmeEditor.newCohort', 'Nieuwe tranche plannen')}
      </Button>
    );
  return (
    <form
      className="c-form"
      aria-labelledby="new-cohort-title"
      noValidate
      onSubmit={(e) => {
        form.submit(e, async () => {
          const c = await ok(
            client.POST('/api/programmes/{id}/cohorts', {
              params: { path: { id: p.id } },
              body: {
                name: v.name,
                capacity: parseNumber(v.capacity) ?? Number.NaN,
                ...(v.enrolmentDeadline ? { enrolmentDeadline: fromLocalInput(v.enrolmentDeadline) } : {}),
                ...(v.cancellationDeadline ? { cancellationDeadline: fromLocalInput(v.cancellationDeadline) } : {}),
                parts: v.parts.map((x) => {
                  const part = parts.find((pp) => pp.id === x.partId);
                  return {
                    partId: x.partId,
                    // An empty date goes as it is and comes back as the field's error.
                    startsAt: fromLocalInput(x.startsAt) ?? '',
                    endsAt: fromLocalInput(x.endsAt) ?? '',
                    venueName: text(x.venueName),
                    city: text(x.city),
                    onlineUrl: text(x.onlineUrl),
                    ...(part?.kind === 'elective' ? { choiceDeadline: fromLocalInput(x.choiceDeadline) ?? null } : {}),
                    guestCapacity: part?.allowsGuests ? (parseNumber(x.guestCapacity) ?? 0) : 0,
                  };
                }),
              },
            }),
          );
          setOpen(false);
          await settle(t('programmeEditor.cohortCreated', 'Tranche {{name}} is gepland.', { name: c.name }), [
            programmeKeys.all,
          ]);
        });
      }}
    >
      <h3 className="utrecht-heading-3" id="new-cohort-title">
        {t('programmeEditor.newCohort', 'Nieuwe tranche plannen')}
      </h3>
      <FormProblem problem={form.problem} />
      <TextField
        label={t('programmeEditor.cohortName', 'Naam van de tranche')}
        name="name"
        required
        value={v.name}
        onChange={(x) => form.set('name', x)}
        error={err('name')}
        description={t('programmeEditor.cohortNameHelp', 'Bijvoorbeeld: Tranche 1')}
      />
      <NumberField
        label={t('programmeEditor.capacity', 'Aantal plaatsen')}
        name="capacity"
        required
        value={v.capacity}
        onChange={(x) => form.set('capacity', x)}
        error={err('capacity')}
      />
      <TextField
        label={t('programmeEditor.enrolmentDeadline', 'Inschrijven kan tot')}
        name="enrolmentDeadline"
        type="datetime-local"
        value={v.enrolmentDeadline}
        onChange={(x) => form.set('enrolmentDeadline', x)}
        error={err('enrolmentDeadline')}
        description={t('programmeEditor.enrolmentDeadlineHelp', 'Leeg: tot het begin van het eerste onderdeel.')}
      />
      <TextField
        label={t('programmeEditor.cancellationDeadline', 'Kosteloos annuleren kan tot')}
        name="cancellationDeadline"
        type="datetime-local"
        value={v.cancellationDeadline}
        onChange={(x) => form.set('cancellationDeadline', x)}
        error={err('cancellationDeadline')}
        description={t('programmeEditor.cancellationDeadlineHelp', 'Leeg: twee werkdagen voor het eerste onderdeel.')}
      />
      {v.parts.map((x, i) => {
        const part = parts[i];
        return (
          <fieldset key={x.partId} className="utrecht-form-fieldset c-fieldset">
            <legend className="utrecht-form-fieldset__legend">{part.title}</legend>
            <TextField
              label={t('editor.startsAt', 'Begint op')}
              name={`parts[${i}].startsAt`}
              type="datetime-local"
              required
              value={x.startsAt}
              onChange={(y) => setPart(i, { startsAt: y })}
              error={err(`parts[${i}].startsAt`)}
            />
            <TextField
              label={t('editor.endsAt', 'Eindigt op')}
              name={`parts[${i}].endsAt`}
              type="datetime-local"
              required
              value={x.endsAt}
              onChange={(y) => setPart(i, { endsAt: y })}
              error={err(`parts[${i}].endsAt`)}
            />
            {part.format !== 'online' && (
              <>
                <TextField
                  label={t('editor.venue', 'Locatie')}
                  name={`parts[${i}].venueName`}
                  value={x.venueName}
                  onChange={(y) => setPart(i, { venueName: y })}
                  error={err(`parts[${i}].venueName`)}
                />
                <TextField
                  label={t('programmeEditor.city', 'Plaats')}
                  name={`parts[${i}].city`}
                  value={x.city}
                  onChange={(y) => setPart(i, { city: y })}
                  error={err(`parts[${i}].city`)}
                />
              </>
            )}
            {part.format !== 'klassikaal' && (
              <TextField
                label={t('programmeEditor.onlineUrl', 'Link om online deel te nemen')}
                name={`parts[${i}].onlineUrl`}
                type="url"
                value={x.onlineUrl}
                onChange={(y) => setPart(i, { onlineUrl: y })}
                error={err(`parts[${i}].onlineUrl`)}
              />
            )}
            {part.kind === 'elective' && (
              <TextField
                label={t('programmeEditor.choiceDeadline', 'Kiezen kan tot')}
                name={`parts[${i}].choiceDeadline`}
                type="datetime-local"
                value={x.choiceDeadline}
                onChange={(y) => setPart(i, { choiceDeadline: y })}
                error={err(`parts[${i}].choiceDeadline`)}
              />
            )}
            {part.allowsGuests && (
              <NumberField
                label={t('programmeEditor.guestCapacity', 'Aantal gastplaatsen')}
                name={`parts[${i}].guestCapacity`}
                value={x.guestCapacity}
                onChange={(y) => setPart(i, { guestCapacity: y })}
                error={err(`parts[${i}].guestCapacity`)}
              />
            )}
          </fieldset>
        );
      })}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('programmeEditor.createCohort', 'Tranche plannen')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={() => setOpen(false)}>
          {t('common.cancel', 'Annuleren')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
