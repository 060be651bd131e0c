import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import type { Course, Session, TeacherSummary } from '../../api/types.ts';
import {
  formatDateTime,
  formatNumberInput,
  formatSessionWhen,
  fromLocalInput,
  parseNumber,
  toLocalInput,
} from '../../format.ts';
import { REGIONS } from '../../regions.ts';
import { Loaded, useLabels } from '../../ui/data.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import {
  CheckboxField,
  FormProblem,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
  problemText,
  splitList,
  useApiForm,
} from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useAction, useSettle } from '../../ui/query.tsx';
import { catalogueKeys } from '../catalogue/queries.ts';
import { editableCourseQuery, ownProfileQuery, teacherKeys } from './queries.ts';

/** What a change to a course touches: its editor, the teacher's list and the public catalogue. */
const COURSE_CHANGES = [teacherKeys.all, catalogueKeys.all];

export function NewCoursePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('editor.newTitle', 'Nieuwe cursus')}</PageTitle>
      <Paragraph>
        {t(
          'editor.newIntro',
          'Je cursus begint als concept. Voeg daarna sessies toe en publiceer hem, dan kunnen collega’s zich inschrijven.',
        )}
      </Paragraph>
      <CourseForm />
    </>
  );
}

export function EditCoursePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const labels = useLabels();
  const state = useQuery(editableCourseQuery(id));
  const transition = useAction(
    (action: 'publish' | 'archive') =>
      ok(
        action === 'publish'
          ? client.POST('/api/courses/{id}/publish', { params: { path: { id } } })
          : client.POST('/api/courses/{id}/archive', { params: { path: { id } } }),
      ),
    {
      done: (action) =>
        action === 'publish'
          ? t('editor.published', 'De cursus is gepubliceerd en staat in de catalogus.')
          : t('editor.archived', 'De cursus is gearchiveerd.'),
      changes: COURSE_CHANGES,
    },
  );
  return (
    <Loaded state={state}>
      {(c) => (
        <>
          <PageTitle title={c.title}>{t('editor.editTitle', 'Cursus: {{title}}', { title: c.title })}</PageTitle>
          <Paragraph>
            <StatusBadge status={c.status === 'published' ? 'success' : 'neutral'}>
              {labels.course.of(c.status)}
            </StatusBadge>{' '}
            {c.status === 'published' && (
              <RouterLink className="utrecht-link" to={`/cursussen/${c.id}`}>
                {t('editor.view', 'Bekijk in de catalogus')}
              </RouterLink>
            )}
          </Paragraph>
          <ActionError error={transition.error} />
          <ButtonGroup>
            {c.status === 'draft' && (
              <Button
                appearance="primary-action-button"
                disabled={transition.busy}
                onClick={() => {
                  transition.run('publish');
                }}
              >
                {t('editor.publish', 'Publiceren')}
              </Button>
            )}
            {c.status === 'published' && (
              <Button
                appearance="secondary-action-button"
                disabled={transition.busy}
                onClick={() => {
                  transition.run('archive');
                }}
              >
                {t('editor.archive', 'Archiveren')}
              </Button>
            )}
          </ButtonGroup>
          <Sessions course={c} />
          <Teachers course={c} />
          <Heading2>{t('editor.details', 'Gegevens van de cursus')}</Heading2>
          <CourseForm course={c} />
        </>
      )}
    </Loaded>
  );
}

function CourseForm({ course }: { course?: Course }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const notify = useNotify();
  const settle = useSettle();
  const form = useApiForm({
    title: course?.title ?? '',
    summary: course?.summary ?? '',
    description: course?.description ?? '',
    learningGoals: course?.learningGoals.join('\n') ?? '',
    topics: course?.topics.join(', ') ?? '',
    level: course?.level ?? 'basis',
    durationHours: course ? formatNumberInput(course.durationHours) : '',
    format: course?.format ?? 'klassikaal',
    language: course?.language ?? 'nl',
    requiresManagerApproval: course?.requiresManagerApproval ?? false,
  });
  const v = form.values;
  return (
    <form
      className="c-form"
      noValidate
      onSubmit={(e) =>
        form.submit(e, async () => {
          const body = {
            title: v.title,
            summary: v.summary,
            description: v.description || undefined,
            learningGoals: v.learningGoals
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
            topics: splitList(v.topics),
            level: v.level,
            // Left empty, the API says the field is needed.
            durationHours: parseNumber(v.durationHours) as number,
            format: v.format,
            language: v.language,
            requiresManagerApproval: v.requiresManagerApproval,
          };
          if (course) {
            await ok(client.PATCH('/api/courses/{id}', { params: { path: { id: course.id } }, body }));
            await settle(t('editor.saved', 'De wijzigingen zijn opgeslagen.'), COURSE_CHANGES);
          } else {
            const created = await ok(client.POST('/api/courses', { body }));
            notify(t('editor.created', 'Het concept is opgeslagen. Voeg nu een sessie toe.'));
            void navigate(`/lesgeven/cursussen/${created.id}`);
          }
        })
      }
    >
      <FormProblem problem={form.problem} />
      <TextField
        label={t('editor.title', 'Titel')}
        name="title"
        required
        value={v.title}
        onChange={(x) => form.set('title', x)}
        error={form.errors.title}
      />
      <TextAreaField
        label={t('editor.summary', 'Korte samenvatting')}
        name="summary"
        required
        rows={2}
        value={v.summary}
        onChange={(x) => form.set('summary', x)}
        error={form.errors.summary}
      />
      <TextAreaField
        label={t('editor.description', 'Beschrijving')}
        name="description"
        rows={5}
        value={v.description}
        onChange={(x) => form.set('description', x)}
        error={form.errors.description}
      />
      <TextAreaField
        label={t('editor.goals', 'Leerdoelen')}
        name="learningGoals"
        rows={4}
        value={v.learningGoals}
        onChange={(x) => form.set('learningGoals', x)}
        error={form.errors.learningGoals}
        description={t('editor.goalsHelp', 'Eén leerdoel per regel: wat kan de deelnemer na afloop?')}
      />
      <TextField
        label={t('editor.topics', 'Onderwerpen')}
        name="topics"
        required
        value={v.topics}
        onChange={(x) => form.set('topics', x)}
        error={form.errors.topics}
        description={t('editor.topicsHelp', 'Gescheiden door komma’s, bijvoorbeeld: privacy, AVG')}
      />
      <SelectField
        label={t('editor.level', 'Niveau')}
        name="level"
        required
        value={v.level}
        onChange={(x) => form.set('level', x)}
        error={form.errors.level}
        options={labels.level.options}
      />
      <NumberField
        decimals
        label={t('editor.duration', 'Duur in uren')}
        name="durationHours"
        required
        value={v.durationHours}
        onChange={(x) => form.set('durationHours', x)}
        error={form.errors.durationHours}
      />
      <SelectField
        label={t('editor.format', 'Vorm')}
        name="format"
        required
        value={v.format}
        onChange={(x) => form.set('format', x)}
        error={form.errors.format}
        options={labels.format.options}
      />
      <SelectField
        label={t('editor.language', 'Taal')}
        name="language"
        required
        value={v.language}
        onChange={(x) => form.set('language', x)}
        error={form.errors.language}
        options={labels.language.options}
      />
      <CheckboxField
        label={t('editor.approval', 'Deelnemers hebben goedkeuring van hun leidinggevende nodig')}
        name="requiresManagerApproval"
        checked={v.requiresManagerApproval}
        onChange={(x) => form.set('requiresManagerApproval', x)}
        error={form.errors.requiresManagerApproval}
      />
      <Button
        type="submit"
        appearance={course ? 'secondary-action-button' : 'primary-action-button'}
        disabled={form.busy}
      >
        {course ? t('editor.save', 'Wijzigingen opslaan') : t('editor.create', 'Concept opslaan')}
      </Button>
    </form>
  );
}

function Sessions({ course }: { course: Course }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const [adding, setAdding] = useState(course.sessions.length === 0);
  const form = useApiForm(EMPTY_SESSION);
  const v = form.values;
  return (
    <section aria-labelledby="sessions-title" className="c-section">
      <Heading2 id="sessions-title">{t('editor.sessions', 'Sessies')}</Heading2>
      {course.sessions.length === 0 ? (
        <Paragraph>
          {t('editor.noSessions', 'Nog geen sessies. Voeg een datum, plaats en aantal plaatsen toe.')}
        </Paragraph>
      ) : (
        <ul className="c-cards">
          {course.sessions.map((s) => (
            <SessionRow key={s.id} course={course} session={s} />
          ))}
        </ul>
      )}
      {adding ? (
        <form
          className="c-form c-inline-form"
          aria-labelledby="new-session-title"
          noValidate
          onSubmit={(e) =>
            form.submit(e, async () => {
              await ok(
                client.POST('/api/courses/{id}/sessions', {
                  params: { path: { id: course.id } },
                  // Left empty, a field is missing, and the API says which ones it needs.
                  body: {
                    startsAt: fromLocalInput(v.startsAt) as string,
                    endsAt: fromLocalInput(v.endsAt) as string,
                    venueName: v.venueName || undefined,
                    address: v.address || undefined,
                    city: v.city || undefined,
                    region: v.region || undefined,
                    onlineUrl: v.onlineUrl || undefined,
                    capacity: parseNumber(v.capacity) as number,
                    ...goNoGoBody(v),
                  },
                }),
              );
              form.setValues(EMPTY_SESSION);
              setAdding(false);
              await settle(t('editor.sessionAdded', 'De sessie is toegevoegd.'), COURSE_CHANGES);
            })
          }
        >
          <Heading3 id="new-session-title">{t('editor.newSession', 'Nieuwe sessie')}</Heading3>
          <FormProblem problem={form.problem} />
          <SessionFields course={course} form={form} editing={false} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
              {t('editor.addSession', 'Sessie toevoegen')}
            </Button>
            {course.sessions.length > 0 && (
              <Button type="button" appearance="subtle-button" onClick={() => setAdding(false)}>
                {t('common.cancel', 'Annuleren')}
              </Button>
            )}
          </ButtonGroup>
        </form>
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setAdding(true)}>
          {t('editor.addSessionOpen', 'Sessie toevoegen')}
        </Button>
      )}
    </section>
  );
}

// A type, not an interface: useApiForm takes a record of fields.
type SessionValues = {
  startsAt: string;
  endsAt: string;
  venueName: string;
  address: string;
  city: string;
  region: string;
  onlineUrl: string;
  capacity: string;
  minParticipants: string;
  goNoGoAt: string;
  autoCancel: boolean;
};
type SessionForm = ReturnType<typeof useApiForm<SessionValues>>;

const EMPTY_SESSION: SessionValues = {
  startsAt: '',
  endsAt: '',
  venueName: '',
  address: '',
  city: '',
  region: '',
  onlineUrl: '',
  capacity: '',
  minParticipants: '',
  goNoGoAt: '',
  autoCancel: false,
};

/** A new session's minimum: left empty, none; the go/no-go moment left empty takes its default. */
function goNoGoBody(
  v: SessionValues,
): Pick<components['schemas']['CreateSessionDto'], 'minParticipants' | 'goNoGoAt' | 'autoCancel'> {
  if (v.minParticipants.trim() === '')
    return v.autoCancel || v.goNoGoAt ? { autoCancel: v.autoCancel, goNoGoAt: fromLocalInput(v.goNoGoAt) } : {};
  return {
    minParticipants: parseNumber(v.minParticipants),
    ...(v.goNoGoAt ? { goNoGoAt: fromLocalInput(v.goNoGoAt) } : {}),
    autoCancel: v.autoCancel,
  };
}

/** A session's when, where and how many, for adding one and for changing one. */
function SessionFields({
  course,
  form,
  editing,
  decided = false,
}: {
  course: Course;
  form: SessionForm;
  editing: boolean;
  /** The go/no-go decision was made: its fields no longer change. */
  decided?: boolean;
}) {
  const { t } = useTranslation();
  const v = form.values;
  return (
    <>
      <TextField
        label={t('editor.startsAt', 'Begint op')}
        name="startsAt"
        type="datetime-local"
        required
        value={v.startsAt}
        onChange={(x) => form.set('startsAt', x)}
        error={form.errors.startsAt}
      />
      <TextField
        label={t('editor.endsAt', 'Eindigt op')}
        name="endsAt"
        type="datetime-local"
        required
        value={v.endsAt}
        onChange={(x) => form.set('endsAt', x)}
        error={form.errors.endsAt}
      />
      {course.format !== 'online' && (
        <>
          <TextField
            label={t('editor.venue', 'Locatie')}
            name="venueName"
            value={v.venueName}
            onChange={(x) => form.set('venueName', x)}
            error={form.errors.venueName}
            description={editing ? undefined : t('editor.venueHelp', 'Bijvoorbeeld: Stadskantoor, zaal 2.14')}
          />
          <TextField
            label={t('editor.address', 'Adres')}
            name="address"
            value={v.address}
            onChange={(x) => form.set('address', x)}
            error={form.errors.address}
          />
          <TextField
            label={t('editor.city', 'Plaats')}
            name="city"
            value={v.city}
            onChange={(x) => form.set('city', x)}
            error={form.errors.city}
          />
          <SelectField
            label={t('editor.region', 'Provincie')}
            name="region"
            value={v.region}
            onChange={(x) => form.set('region', x)}
            error={form.errors.region}
            placeholder={t('editor.chooseRegion', 'Kies een provincie')}
            options={REGIONS.map((r) => ({ value: r, label: r }))}
          />
        </>
      )}
      {course.format !== 'klassikaal' && (
        <TextField
          label={t('editor.onlineUrl', 'Link naar de online sessie')}
          name="onlineUrl"
          type="url"
          value={v.onlineUrl}
          onChange={(x) => form.set('onlineUrl', x)}
          error={form.errors.onlineUrl}
        />
      )}
      <NumberField
        label={t('editor.capacity', 'Aantal plaatsen')}
        name="capacity"
        required
        value={v.capacity}
        onChange={(x) => form.set('capacity', x)}
        error={form.errors.capacity}
        description={
          editing
            ? t('editor.capacityHelp', 'Meer plaatsen? Dan komen de eersten op de wachtlijst aan de beurt.')
            : undefined
        }
      />
      <fieldset className="c-fieldset" disabled={decided}>
        <legend>{t('editor.minimumLegend', 'Minimum aantal deelnemers')}</legend>
        {decided && (
          <Paragraph className="c-meta">
            {t('editor.minimumDecided', 'Het besluit is genomen; deze velden liggen vast.')}
          </Paragraph>
        )}
        <NumberField
          label={t('editor.minParticipants', 'Gaat door bij minimaal')}
          name="minParticipants"
          value={v.minParticipants}
          onChange={(x) => form.set('minParticipants', x)}
          error={form.errors.minParticipants}
          description={t(
            'editor.minParticipantsHelp',
            'Aantal bevestigde deelnemers dat nodig is. Leeg: de sessie gaat altijd door.',
          )}
        />
        <TextField
          label={t('editor.goNoGoAt', 'Besluit op')}
          name="goNoGoAt"
          type="datetime-local"
          value={v.goNoGoAt}
          onChange={(x) => form.set('goNoGoAt', x)}
          error={form.errors.goNoGoAt}
          description={t(
            'editor.goNoGoAtHelp',
            'Op dit moment tellen we de bevestigde deelnemers en krijg je bericht. Leeg: 5 werkdagen voor de start.',
          )}
        />
        <CheckboxField
          label={t('editor.autoCancel', 'Automatisch annuleren bij te weinig deelnemers')}
          name="autoCancel"
          checked={v.autoCancel}
          onChange={(x) => form.set('autoCancel', x)}
          error={form.errors.autoCancel}
          description={t(
            'editor.autoCancelHelp',
            'Alle deelnemers krijgen dan bericht en hun plaatsen vervallen. Zonder vinkje krijg je alleen een melding.',
          )}
        />
      </fieldset>
    </>
  );
}

function SessionRow({ course, session: s }: { course: Course; session: Session }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const cancel = useAction(() => ok(client.POST('/api/sessions/{id}/cancel', { params: { path: { id: s.id } } })), {
    done: () => t('editor.sessionCancelled', 'De sessie is geannuleerd; deelnemers krijgen bericht.'),
    changes: COURSE_CHANGES,
  });
  const id = `s-${s.id}`;
  const editable = s.status === 'scheduled' && new Date(s.endsAt) > new Date();
  return (
    <li className="c-card" aria-labelledby={id}>
      <h3 className="utrecht-heading-3 c-card__title" id={id}>
        {formatSessionWhen(s.startsAt, s.endsAt)}
      </h3>
      <Paragraph>
        {s.online && !s.city ? t('common.online', 'online') : [s.venueName, s.city].filter(Boolean).join(', ')} ·{' '}
        {t('editor.seats', '{{left}} van {{capacity}} plaatsen vrij', { left: s.seatsLeft, capacity: s.capacity })}
        {s.status === 'cancelled' && (
          <>
            {' '}
            · <StatusBadge status="inactive">{t('editor.cancelled', 'Geannuleerd')}</StatusBadge>
          </>
        )}
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
          })}{' '}
          {s.goNoGoOutcome
            ? goNoGoOutcomeText(t, s.goNoGoOutcome)
            : s.autoCancel
              ? t('editor.autoCancelOn', 'Bij te weinig deelnemers wordt de sessie automatisch geannuleerd.')
              : ''}
        </Paragraph>
      )}
      <ActionError error={cancel.error} />
      <ButtonGroup>
        <RouterLink
          className="utrecht-link"
          to={`/lesgeven/cursussen/${course.id}/sessies/${s.id}`}
          aria-describedby={id}
        >
          {t('editor.participants', 'Deelnemers en aanwezigheid')}
        </RouterLink>
        {editable && !editing && (
          <Button appearance="secondary-action-button" aria-describedby={id} onClick={() => setEditing(true)}>
            {t('editor.editSession', 'Sessie wijzigen')}
          </Button>
        )}
        {editable && (
          <Button
            appearance="subtle-button"
            aria-describedby={id}
            disabled={cancel.busy}
            onClick={() => {
              if (window.confirm(t('editor.confirmCancel', 'Sessie annuleren? Alle deelnemers krijgen bericht.')))
                cancel.run();
            }}
          >
            {t('editor.cancelSession', 'Sessie annuleren')}
          </Button>
        )}
      </ButtonGroup>
      {editing && (
        <SessionEditForm
          course={course}
          session={s}
          onDone={() => {
            setEditing(false);
          }}
        />
      )}
    </li>
  );
}

/** Changes date, place, link or capacity of a session (PATCH /sessions/{id}); only what changed is sent. */
function SessionEditForm({ course, session: s, onDone }: { course: Course; session: Session; onDone: () => void }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const initial: SessionValues = {
    startsAt: toLocalInput(s.startsAt),
    endsAt: toLocalInput(s.endsAt),
    venueName: s.venueName ?? '',
    address: s.address ?? '',
    city: s.city ?? '',
    region: s.region ?? '',
    onlineUrl: s.onlineUrl ?? '',
    capacity: String(s.capacity),
    minParticipants: s.minParticipants === null ? '' : String(s.minParticipants),
    goNoGoAt: s.goNoGoAt ? toLocalInput(s.goNoGoAt) : '',
    autoCancel: s.autoCancel ?? false,
  };
  const form = useApiForm(initial);
  const v = form.values;
  const titleId = `edit-${s.id}`;
  return (
    <form
      className="c-form c-inline-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(e) =>
        form.submit(e, async () => {
          const body: components['schemas']['UpdateSessionDto'] = {};
          if (v.startsAt !== initial.startsAt) body.startsAt = fromLocalInput(v.startsAt);
          if (v.endsAt !== initial.endsAt) body.endsAt = fromLocalInput(v.endsAt);
          for (const key of ['venueName', 'address', 'city', 'region', 'onlineUrl'] as const) {
            if (v[key] !== initial[key] && v[key] !== '') body[key] = v[key];
          }
          if (v.capacity !== initial.capacity) body.capacity = parseNumber(v.capacity);
          if (v.minParticipants !== initial.minParticipants)
            body.minParticipants = v.minParticipants.trim() === '' ? null : parseNumber(v.minParticipants);
          if (v.goNoGoAt !== initial.goNoGoAt) body.goNoGoAt = v.goNoGoAt ? fromLocalInput(v.goNoGoAt) : null;
          if (v.autoCancel !== initial.autoCancel) body.autoCancel = v.autoCancel;
          if (Object.keys(body).length) {
            await ok(client.PATCH('/api/sessions/{id}', { params: { path: { id: s.id } }, body }));
            await settle(t('editor.sessionSaved', 'De sessie is gewijzigd.'), COURSE_CHANGES);
          }
          onDone();
        })
      }
    >
      <Heading3 id={titleId}>
        {t('editor.editSessionTitle', 'Sessie wijzigen: {{when}}', { when: formatSessionWhen(s.startsAt, s.endsAt) })}
      </Heading3>
      <FormProblem problem={form.problem} />
      <SessionFields course={course} form={form} editing decided={Boolean(s.goNoGoDecidedAt)} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('editor.saveSession', 'Sessie opslaan')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onDone}>
          {t('common.cancel', 'Annuleren')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The course's teachers: add a co-teacher found by name, remove one (never the last). */
function Teachers({ course }: { course: Course }) {
  const { t } = useTranslation();
  const me = useQuery(ownProfileQuery);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<TeacherSummary[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const ids = course.teachers.map((x) => x.id);
  const save = useAction(
    async ({ teacherIds }: { teacherIds: string[]; message: string }) => {
      await ok(client.PUT('/api/courses/{id}/teachers', { params: { path: { id: course.id } }, body: { teacherIds } }));
      setFound(null);
      setQuery('');
    },
    { done: ({ message }) => message, changes: COURSE_CHANGES },
  );
  const busy = save.busy;
  const error = searchError ?? save.error;
  const search = async () => {
    setSearchError(null);
    if (query.trim().length < 2) {
      setSearchError(t('editor.teacherQueryShort', 'Typ minstens 2 letters van de naam.'));
      return;
    }
    try {
      setFound(await ok(client.GET('/api/teachers', { params: { query: { q: query.trim() } } })));
    } catch (e) {
      setSearchError(problemText(t, e));
    }
  };
  const remove = (teacher: TeacherSummary) => {
    if (
      teacher.id === me.data?.id &&
      !window.confirm(
        t('editor.confirmRemoveSelf', 'Jezelf als docent verwijderen? Je kunt de cursus daarna niet meer bewerken.'),
      )
    )
      return;
    save.run({
      teacherIds: ids.filter((x) => x !== teacher.id),
      message: t('editor.teacherRemoved', '{{name}} is geen docent meer van deze cursus.', { name: teacher.name }),
    });
  };
  const candidates = (found ?? []).filter((x) => !ids.includes(x.id));
  return (
    <section aria-labelledby="teachers-title" className="c-section">
      <Heading2 id="teachers-title">{t('editor.teachers', 'Docenten')}</Heading2>
      <ul className="c-cards">
        {course.teachers.map((x, i) => (
          <li key={x.id} className="c-card">
            <Paragraph>
              <strong>{x.name}</strong>
              {i === 0 && <> ({t('editor.leadTeacher', 'hoofddocent')})</>}
              <br />
              <span className="c-meta">{[x.jobTitle, x.organisation.name].filter(Boolean).join(', ')}</span>
            </Paragraph>
            {course.teachers.length > 1 && (
              <Button
                appearance="subtle-button"
                disabled={busy}
                onClick={() => {
                  remove(x);
                }}
                aria-label={t('editor.removeTeacherFor', '{{name}} verwijderen als docent', { name: x.name })}
              >
                {t('editor.removeTeacher', 'Verwijderen')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <form
        className="c-form c-inline-form"
        role="search"
        aria-label={t('editor.findTeacher', 'Docent toevoegen')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <TextField
          label={t('editor.teacherQuery', 'Collega-docent zoeken op naam')}
          name="teacherQuery"
          value={query}
          onChange={setQuery}
          description={t(
            'editor.teacherQueryHelp',
            'Je vindt collega’s met een docentprofiel, ook bij andere organisaties.',
          )}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('editor.searchTeacher', 'Zoeken')}
        </Button>
      </form>
      {error && (
        <Paragraph role="alert" className="c-error-text">
          {error}
        </Paragraph>
      )}
      {found && (
        <div aria-live="polite">
          {candidates.length === 0 ? (
            <Paragraph>{t('editor.noTeachersFound', 'Geen andere docent gevonden met die naam.')}</Paragraph>
          ) : (
            <ul className="c-cards">
              {candidates.map((x) => (
                <li key={x.id} className="c-card">
                  <Paragraph>
                    <strong>{x.name}</strong>
                    <br />
                    <span className="c-meta">{[x.jobTitle, x.organisation.name].filter(Boolean).join(', ')}</span>
                  </Paragraph>
                  <Button
                    appearance="primary-action-button"
                    disabled={busy || ids.length >= 6}
                    onClick={() => {
                      save.run({
                        teacherIds: [...ids, x.id],
                        message: t('editor.teacherAdded', '{{name}} geeft deze cursus nu ook.', { name: x.name }),
                      });
                    }}
                    aria-label={t('editor.addTeacherFor', '{{name}} toevoegen als docent', { name: x.name })}
                  >
                    {t('editor.addTeacher', 'Toevoegen')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

type TFunction = ReturnType<typeof useTranslation>['t'];

/** What the go/no-go moment decided, as the editor reads it. */
function goNoGoOutcomeText(t: TFunction, outcome: NonNullable<Session['goNoGoOutcome']>): string {
  switch (outcome) {
    case 'go':
      return t('editor.outcomeGo', 'Besluit: de sessie gaat door.');
    case 'below_minimum':
      return t('editor.outcomeBelow', 'Besluit: te weinig deelnemers; de sessie staat nog gepland.');
    case 'cancelled':
      return t('editor.outcomeCancelled', 'Besluit: geannuleerd wegens te weinig deelnemers.');
  }
}
