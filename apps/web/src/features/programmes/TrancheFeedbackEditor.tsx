import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { formatDateTime } from '../../format.ts';
import { Loaded } from '../../ui/data.tsx';
import { FormProblem, TextAreaField, useApiForm } from '../../ui/forms.tsx';
import { ActionError, useSettle } from '../../ui/query.tsx';
import type { Cohort } from './queries.ts';
import { feedbackNoteQuery, trancheFeedbackKeys, type FeedbackNote } from './tranche-feedback-queries.ts';
import { useProgrammeAction } from './use-action.ts';

/**
 * On the cohort's staff page: "Jullie zeiden, wij deden" about this cohort — what participants
 * said and what changes for the next tranche. Written as a draft, then published (the first
 * time, the participants of the cohorts still to start are told); a published note can be
 * edited (it stays published) or taken back.
 */
export function TrancheFeedbackEditor({ cohort }: { cohort: Cohort }) {
  const { t } = useTranslation();
  const state = useQuery(feedbackNoteQuery(cohort.id));
  const canWrite = cohort.myRole === 'owner' || cohort.myRole === 'organiser';
  // Trainers read the note; versnellers and others do not see the section.
  if (!canWrite && !state.data) return null;
  return (
    <section aria-labelledby="feedback-note-title" className="c-section">
      <Heading2 id="feedback-note-title">{t('trancheFeedback.editorTitle', 'Jullie zeiden, wij deden')}</Heading2>
      <Paragraph>
        {t(
          'trancheFeedback.editorIntro',
          'Schrijf wat deelnemers van deze tranche zeiden en wat jullie daarom veranderen voor de volgende. Na publiceren staat het op de programmapagina en krijgen deelnemers van tranches die nog moeten beginnen een bericht.',
        )}
      </Paragraph>
      <Loaded state={state}>
        {(note) =>
          canWrite ? (
            <Editor key={note?.updatedAt ?? 'new'} cohort={cohort} note={note} />
          ) : (
            note && <NoteTexts note={note} />
          )
        }
      </Loaded>
    </section>
  );
}

function Editor({ cohort, note }: { cohort: Cohort; note: FeedbackNote | null }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const [editing, setEditing] = useState(!note);
  const form = useApiForm({ youSaid: note?.youSaid ?? '', weDid: note?.weDid ?? '' });
  const changes = [trancheFeedbackKeys.all];
  const publish = useProgrammeAction(
    () => ok(client.POST('/api/cohorts/{id}/feedback-note/publish', { params: { path: { id: cohort.id } } })),
    {
      done: () =>
        t(
          'trancheFeedback.published',
          'Gepubliceerd: het staat op de programmapagina en deelnemers van de volgende tranches krijgen bericht.',
        ),
      changes,
    },
  );
  const unpublish = useProgrammeAction(
    () => ok(client.POST('/api/cohorts/{id}/feedback-note/unpublish', { params: { path: { id: cohort.id } } })),
    {
      done: () =>
        t('trancheFeedback.unpublished', 'Teruggezet naar concept: het staat niet meer op de programmapagina.'),
      changes,
    },
  );

  if (note && !editing)
    return (
      <div className="c-feedback-note">
        <Paragraph>
          <strong>
            {note.status === 'published'
              ? t('trancheFeedback.statusPublished', 'Gepubliceerd op {{when}}', {
                  when: formatDateTime(note.publishedAt),
                })
              : t('trancheFeedback.statusDraft', 'Concept, nog niet gepubliceerd')}
          </strong>
          {note.authorName && (
            <> · {t('trancheFeedback.lastBy', 'laatst bewerkt door {{name}}', { name: note.authorName })}</>
          )}
        </Paragraph>
        <NoteTexts note={note} />
        <ButtonGroup>
          {note.status === 'draft' ? (
            <Button
              appearance="primary-action-button"
              disabled={publish.busy}
              onClick={() => {
                publish.run();
              }}
            >
              {t('trancheFeedback.publish', 'Publiceren')}
            </Button>
          ) : (
            <Button
              appearance="secondary-action-button"
              disabled={unpublish.busy}
              onClick={() => {
                unpublish.run();
              }}
            >
              {t('trancheFeedback.unpublish', 'Terugzetten naar concept')}
            </Button>
          )}
          <Button appearance="subtle-button" onClick={() => setEditing(true)}>
            {t('trancheFeedback.edit', 'Bewerken')}
          </Button>
        </ButtonGroup>
        <ActionError error={publish.error ?? unpublish.error} />
      </div>
    );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        form.submit(e, async () => {
          await ok(
            client.PUT('/api/cohorts/{id}/feedback-note', {
              params: { path: { id: cohort.id } },
              body: { youSaid: form.values.youSaid, weDid: form.values.weDid },
            }),
          );
          await settle(
            note?.status === 'published'
              ? t('trancheFeedback.savedPublished', 'Bewaard; de gepubliceerde tekst is bijgewerkt.')
              : t('trancheFeedback.saved', 'Concept bewaard. Publiceer het als het klaar is.'),
            changes,
          );
        });
      }}
    >
      <FormProblem problem={form.problem} />
      <TextAreaField
        label={t('trancheFeedback.youSaid', 'Jullie zeiden')}
        description={t('trancheFeedback.youSaidHelp', 'Wat deelnemers van deze tranche aangaven, in je eigen woorden.')}
        name="youSaid"
        required
        rows={4}
        value={form.values.youSaid}
        onChange={(v) => form.set('youSaid', v)}
        error={form.errors.youSaid}
      />
      <TextAreaField
        label={t('trancheFeedback.weDid', 'Wij deden')}
        description={t('trancheFeedback.weDidHelp', 'Wat jullie daarom veranderen voor de volgende tranche.')}
        name="weDid"
        required
        rows={4}
        value={form.values.weDid}
        onChange={(v) => form.set('weDid', v)}
        error={form.errors.weDid}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('trancheFeedback.save', 'Bewaren')}
        </Button>
        {note && (
          <Button type="button" appearance="subtle-button" onClick={() => setEditing(false)}>
            {t('common.cancel', 'Annuleren')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}

/** The two texts of a note, as a description list. */
export function NoteTexts({ note }: { note: FeedbackNote }) {
  const { t } = useTranslation();
  return (
    <dl>
      <dt>{t('trancheFeedback.youSaid', 'Jullie zeiden')}</dt>
      <dd>{note.youSaid}</dd>
      <dt>{t('trancheFeedback.weDid', 'Wij deden')}</dt>
      <dd>{note.weDid}</dd>
    </dl>
  );
}
