import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { Loaded } from '../../ui/data.tsx';
import { CheckboxField, FormProblem, SelectField, TextAreaField, useApiForm } from '../../ui/forms.tsx';
import { ActionError, useSettle } from '../../ui/query.tsx';
import { assignmentKeys, myAssignmentQuery, type Assignment, type MyAssignment } from './assignment-queries.ts';
import type { Cohort } from './queries.ts';
import { useProgrammeAction } from './use-action.ts';

/** My learning-work assignment in a cohort: write it, invite my manager, progress notes, share with my group. */
export function AssignmentSection({ cohort, headingLevel }: { cohort: Cohort; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const state = useQuery(myAssignmentQuery(cohort.id));
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const titleId = `assignment-${cohort.id}`;
  return (
    <section aria-labelledby={titleId} className="c-section">
      <H className={`utrecht-heading-${headingLevel}`} id={titleId}>
        {t('assignment.title', 'Mijn leerwerkopdracht')}
      </H>
      <Loaded state={state}>
        {(a) => (a ? <Written cohort={cohort} a={a} /> : <WriteForm cohort={cohort} a={null} />)}
      </Loaded>
    </section>
  );
}

function WriteForm({ cohort, a, onDone }: { cohort: Cohort; a: MyAssignment | null; onDone?: () => void }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const form = useApiForm({ changeGoal: a?.changeGoal ?? '', successSigns: a?.successSigns ?? '' });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        form.submit(e, async () => {
          await ok(
            client.PUT('/api/cohorts/{id}/assignment', {
              params: { path: { id: cohort.id } },
              body: { changeGoal: form.values.changeGoal, successSigns: form.values.successSigns },
            }),
          );
          onDone?.();
          await settle(t('assignment.saved', 'Je leerwerkopdracht is bewaard.'), [assignmentKeys.all]);
        });
      }}
    >
      {!a && (
        <Paragraph>
          {t(
            'assignment.intro',
            'Kies iets uit je eigen werk dat je wilt veranderen. Je leidinggevende kan meelezen en reageren als je hem of haar uitnodigt; de trainers van de tranche lezen mee.',
          )}
        </Paragraph>
      )}
      <FormProblem problem={form.problem} />
      <TextAreaField
        label={t('assignment.changeGoal', 'Wat wil je veranderen in je eigen werk?')}
        name="changeGoal"
        required
        value={form.values.changeGoal}
        onChange={(v) => form.set('changeGoal', v)}
        error={form.errors.changeGoal}
      />
      <TextAreaField
        label={t('assignment.successSigns', 'Hoe merk je dat het veranderd is?')}
        name="successSigns"
        required
        value={form.values.successSigns}
        onChange={(v) => form.set('successSigns', v)}
        error={form.errors.successSigns}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('assignment.save', 'Opdracht bewaren')}
        </Button>
        {onDone && (
          <Button type="button" appearance="subtle-button" onClick={onDone}>
            {t('common.cancel', 'Annuleren')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}

function Written({ cohort, a }: { cohort: Cohort; a: MyAssignment }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const invite = useProgrammeAction(
    () =>
      ok(
        client.POST('/api/cohorts/{id}/assignment/manager', {
          params: { path: { id: cohort.id } },
          body: a.suggestedManager ? { managerId: a.suggestedManager.id } : {},
        }),
      ),
    {
      done: () => t('assignment.managerInvited', 'Je leidinggevende is uitgenodigd om mee te lezen.'),
      changes: [assignmentKeys.all],
    },
  );
  const share = useProgrammeAction(
    (sharedWithGroup: boolean) =>
      ok(
        client.PATCH('/api/cohorts/{id}/assignment', {
          params: { path: { id: cohort.id } },
          body: { sharedWithGroup },
        }),
      ),
    {
      done: (shared) =>
        shared
          ? t('assignment.shared', 'Je intervisiegroep kan je opdracht nu lezen.')
          : t('assignment.unshared', 'Je intervisiegroep kan je opdracht niet meer lezen.'),
      changes: [assignmentKeys.all],
    },
  );
  return (
    <>
      {editing ? (
        <WriteForm cohort={cohort} a={a} onDone={() => setEditing(false)} />
      ) : (
        <>
          <AssignmentText a={a} />
          <Button appearance="secondary-action-button" onClick={() => setEditing(true)}>
            {t('assignment.edit', 'Opdracht aanpassen')}
          </Button>
        </>
      )}
      <Paragraph>
        {a.manager
          ? t('assignment.managerReads', '{{name}} (je leidinggevende) leest mee.', { name: a.manager.name })
          : t('assignment.noManager', 'Je leidinggevende leest nog niet mee.')}
      </Paragraph>
      {!a.manager && (
        <>
          <Button
            appearance="secondary-action-button"
            disabled={invite.busy}
            onClick={() => {
              invite.run();
            }}
          >
            {a.suggestedManager
              ? t('assignment.inviteNamed', 'Nodig {{name}} uit om mee te lezen', { name: a.suggestedManager.name })
              : t('assignment.invite', 'Nodig je leidinggevende uit om mee te lezen')}
          </Button>
          <ActionError error={invite.error} />
        </>
      )}
      <CheckboxField
        label={t('assignment.shareWithGroup', 'Mijn intervisiegroep mag mijn opdracht lezen')}
        name={`share-${cohort.id}`}
        checked={a.sharedWithGroup}
        onChange={(v) => {
          share.run(v);
        }}
      />
      <ActionError error={share.error} />
      <ProgressNotes cohort={cohort} a={a} />
      <Comments a={a} />
    </>
  );
}

/** The assignment's two texts, for everyone who may read it. */
export function AssignmentText({ a }: { a: Assignment }) {
  const { t } = useTranslation();
  return (
    <dl className="c-assignment">
      <dt>{t('assignment.changeGoal', 'Wat wil je veranderen in je eigen werk?')}</dt>
      <dd>{a.changeGoal}</dd>
      <dt>{t('assignment.successSigns', 'Hoe merk je dat het veranderd is?')}</dt>
      <dd>{a.successSigns}</dd>
    </dl>
  );
}

function ProgressNotes({ cohort, a }: { cohort: Cohort; a: MyAssignment }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const parts = [...cohort.parts].sort((x, y) => x.position - y.position);
  // The most recent meeting that has begun, else the first one.
  const [now] = useState(() => Date.now());
  const begun = parts.filter((p) => Date.parse(p.startsAt) <= now);
  const initial = (begun.at(-1) ?? parts[0]).id;
  const form = useApiForm({ partId: initial, note: a.progress.find((p) => p.cohortPartId === initial)?.note ?? '' });
  const titleId = `progress-${cohort.id}`;
  return (
    <div aria-labelledby={titleId} role="group" className="c-section">
      <p className="utrecht-paragraph" id={titleId}>
        <strong>{t('assignment.progress', 'Voortgang per bijeenkomst')}</strong>
      </p>
      {a.progress.length > 0 && (
        <ul className="c-cards">
          {a.progress.map((p) => (
            <li key={p.cohortPartId} className="c-card">
              <p className="c-meta">
                {p.partTitle} · {formatDate(p.partStartsAt)}
              </p>
              <Paragraph>{p.note}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          form.submit(e, async () => {
            await ok(
              client.PUT('/api/cohorts/{id}/assignment/progress/{cohortPartId}', {
                params: { path: { id: cohort.id, cohortPartId: form.values.partId } },
                body: { note: form.values.note },
              }),
            );
            await settle(t('assignment.progressSaved', 'Je voortgang is bewaard.'), [assignmentKeys.all]);
          });
        }}
      >
        <FormProblem problem={form.problem} />
        <SelectField
          label={t('assignment.meeting', 'Bijeenkomst')}
          name="partId"
          required
          value={form.values.partId}
          onChange={(v) => {
            form.setValues({ partId: v, note: a.progress.find((p) => p.cohortPartId === v)?.note ?? '' });
          }}
          options={parts.map((p) => ({ value: p.id, label: `${p.title} (${formatDate(p.startsAt)})` }))}
        />
        <TextAreaField
          label={t('assignment.note', 'Korte voortgangsnotitie')}
          name="note"
          required
          rows={3}
          value={form.values.note}
          onChange={(v) => form.set('note', v)}
          error={form.errors.note}
        />
        <Button type="submit" appearance="secondary-action-button" disabled={form.busy}>
          {t('assignment.saveProgress', 'Notitie bewaren')}
        </Button>
      </form>
    </div>
  );
}

/** The comments under an assignment (oldest first) and, for who may, a form to add one. */
export function Comments({ a }: { a: Assignment }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const form = useApiForm({ body: '' });
  const roles: Record<string, string> = {
    participant: t('assignment.byParticipant', 'deelnemer'),
    manager: t('assignment.byManager', 'leidinggevende'),
    staff: t('assignment.byStaff', 'trainer'),
  };
  const titleId = `comments-${a.id}`;
  return (
    <div role="group" aria-labelledby={titleId} className="c-section">
      <p className="utrecht-paragraph" id={titleId}>
        <strong>{t('assignment.comments', 'Reacties')}</strong>
      </p>
      {a.comments.length === 0 ? (
        <Paragraph>{t('assignment.noComments', 'Nog geen reacties.')}</Paragraph>
      ) : (
        <ul className="c-cards" data-testid="assignment-comments">
          {a.comments.map((c) => (
            <li key={c.id} className="c-card">
              <p className="c-meta">
                {c.author?.name ?? t('assignment.formerUser', 'Oud-gebruiker')} ({roles[c.authorRole] ?? c.authorRole})
                · {formatDateTime(c.createdAt)}
              </p>
              <Paragraph>{c.body}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      {a.canComment && (
        <form
          noValidate
          onSubmit={(e) => {
            form.submit(e, async () => {
              await ok(
                client.POST('/api/assignments/{assignmentId}/comments', {
                  params: { path: { assignmentId: a.id } },
                  body: { body: form.values.body },
                }),
              );
              form.set('body', '');
              await settle(t('assignment.commented', 'Je reactie is geplaatst.'), [assignmentKeys.all]);
            });
          }}
        >
          <FormProblem problem={form.problem} />
          <TextAreaField
            label={t('assignment.comment', 'Reactie')}
            name="body"
            required
            rows={3}
            value={form.values.body}
            onChange={(v) => form.set('body', v)}
            error={form.errors.body}
          />
          <Button type="submit" appearance="secondary-action-button" disabled={form.busy}>
            {t('assignment.postComment', 'Reactie plaatsen')}
          </Button>
        </form>
      )}
    </div>
  );
}
