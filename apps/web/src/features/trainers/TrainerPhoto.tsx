import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { ApiError, client, ok } from '../../api/client.ts';
import { problemText } from '../../ui/forms.tsx';
import { useSettle } from '../../ui/query.tsx';
import { trainerKeys, trainerPageQuery, trainerPhotoQuery } from './queries.ts';
import './trainers.css';

/** The largest photo the API takes (bytes), as documented on PUT /api/me/trainer-photo. */
const MAX_BYTES = 5 * 1024 * 1024;

/** A trainer's photo, fetched with the access token; nothing (not a broken image) while it loads. */
export function TrainerPhotoImage({ url, name }: { url: string | null; name: string }) {
  const { t } = useTranslation();
  const photo = useQuery({ ...trainerPhotoQuery(url ?? ''), enabled: !!url });
  if (!url || !photo.data) return null;
  return (
    <img
      className="c-trainer-photo"
      src={photo.data}
      width={160}
      height={160}
      alt={t('trainer.photoAlt', 'Foto van {{name}}', { name })}
    />
  );
}

/** Upload, replace or remove the signed-in teacher's own photo (teacher profile page). */
export function TrainerPhotoEditor({ teacherProfileId }: { teacherProfileId: string }) {
  const { t } = useTranslation();
  const page = useQuery(trainerPageQuery(teacherProfileId));
  const photoUrl = page.data?.photoUrl ?? null;
  const name = page.data?.name ?? '';
  const settle = useSettle();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function refusal(e: unknown): string {
    const code = e instanceof ApiError ? e.problem.code : undefined;
    if (code === 'TRAINER_PHOTO_NOT_AN_IMAGE')
      return t('trainer.photoNotImage', 'Dit bestand is geen foto. Kies een JPEG-, PNG-, WebP-, GIF- of AVIF-bestand.');
    if (code === 'PAYLOAD_TOO_LARGE') return t('trainer.photoTooLarge', 'Deze foto is groter dan 5 MB.');
    if (code === 'TRAINER_NO_TEACHER_PROFILE')
      return t('trainer.photoNoProfile', 'Sla eerst je docentprofiel op; daarna kun je een foto toevoegen.');
    return problemText(t, e);
  }

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    try {
      await action();
      await settle(done, [trainerKeys.all, ['teacher']]);
    } catch (e) {
      setError(refusal(e));
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  function upload() {
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t('trainer.photoChoose', 'Kies eerst een foto.'));
      input.current?.focus();
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(t('trainer.photoTooLarge', 'Deze foto is groter dan 5 MB.'));
      input.current?.focus();
      return;
    }
    const body = new FormData();
    body.append('photo', file);
    void run(
      () =>
        ok(
          client.PUT('/api/me/trainer-photo', {
            body: { photo: '' },
            bodySerializer: () => body,
          }),
        ),
      t('trainer.photoSaved', 'Je foto is opgeslagen.'),
    );
  }

  return (
    <section aria-labelledby="photo-title" className="c-section">
      <h2 className="utrecht-heading-2" id="photo-title">
        {t('trainer.photoTitle', 'Foto')}
      </h2>
      <TrainerPhotoImage url={photoUrl} name={name} />
      {!photoUrl && <Paragraph>{t('trainer.noPhoto', 'Je hebt nog geen foto.')}</Paragraph>}
      <div className="c-field">
        <FormLabel htmlFor="trainer-photo">{t('trainer.photoLabel', 'Kies een foto')}</FormLabel>
        <Paragraph id="trainer-photo-desc" className="c-meta">
          {t(
            'trainer.photoHelp',
            'JPEG, PNG, WebP, GIF of AVIF, hoogstens 5 MB. We maken er een vierkante foto van 400 bij 400 pixels van, zonder de gegevens die in het bestand zitten (zoals locatie).',
          )}
        </Paragraph>
        {error && (
          <Paragraph id="trainer-photo-err" role="alert" className="c-error-text">
            {error}
          </Paragraph>
        )}
        <input
          ref={input}
          id="trainer-photo"
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
          aria-describedby={error ? 'trainer-photo-desc trainer-photo-err' : 'trainer-photo-desc'}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" disabled={busy} onClick={upload}>
          {t('trainer.photoUpload', 'Foto opslaan')}
        </Button>
        {photoUrl && (
          <Button
            type="button"
            appearance="secondary-action-button"
            disabled={busy}
            onClick={() =>
              void run(
                () => ok(client.DELETE('/api/me/trainer-photo')),
                t('trainer.photoRemoved', 'Je foto is verwijderd.'),
              )
            }
          >
            {t('trainer.photoRemove', 'Foto verwijderen')}
          </Button>
        )}
      </ButtonGroup>
    </section>
  );
}
