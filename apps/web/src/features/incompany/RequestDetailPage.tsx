import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { get, post } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { formatDate, fromLocalInput } from '../../format.ts';
import type { Answer, InCompanyRequest, Invitation } from '../../types.ts';
import { Loaded, useLabels, useLoad } from '../../ui/data.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import {
  CheckboxField,
  FormProblem,
  SelectField,
  TextAreaField,
  TextField,
  problemText,
  useApiForm,
} from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { loadOwnProfile } from '../teacher/own-profile.ts';
import { TrainerList } from '../knowledge-bank/TrainerList.tsx';

export function RequestDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { me, hasRole } = useAuth();
  const labels = useLabels();
  const state = useLoad(async () => {
    const [request, profile] = await Promise.all([
      get<InCompanyRequest>(`/incompany-requests/${id}`),
      loadOwnProfile(),
    ]);
    return { request, profile };
  }, [id]);
  return (
    <Loaded state={state}>
      {({ request: r, profile }) => {
        const owner = me?.organisation?.id === r.organisation.id && (hasRole('ld') || hasRole('admin'));
        const myInvitation = profile ? r.invitations.find((i) => i.teacherProfileId === profile.id) : undefined;
        return (
          <>
            <PageTitle title={r.topic}>
              {t('request.title', 'Incompany-verzoek: {{topic}}', { topic: r.topic })}
            </PageTitle>
            <Paragraph>
              <StatusBadge status={r.status === 'cancelled' ? 'inactive' : 'neutral'}>
                {labels.request(r.status)}
              </StatusBadge>
            </Paragraph>
            <DataList className="c-facts">
              <DataListItem>
                <DataListKey>{t('request.organisation', 'Voor')}</DataListKey>
                <DataListValue>{r.organisation.name}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('incompany.groupSizeLabel', 'Aantal deelnemers')}</DataListKey>
                <DataListValue>{r.groupSize}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('incompany.period', 'Voorkeursperiode')}</DataListKey>
                <DataListValue>{r.preferredPeriod || t('request.inConsultation', 'in overleg')}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('incompany.location', 'Locatie')}</DataListKey>
                <DataListValue>
                  {[r.location, r.online ? t('request.onlineOk', 'online mag ook') : null].filter(Boolean).join(', ') ||
                    t('request.inConsultation', 'in overleg')}
                </DataListValue>
              </DataListItem>
              {r.notes && (
                <DataListItem>
                  <DataListKey>{t('incompany.notes', 'Toelichting')}</DataListKey>
                  <DataListValue>{r.notes}</DataListValue>
                </DataListItem>
              )}
              <DataListItem>
                <DataListKey>{t('request.created', 'Aangemaakt')}</DataListKey>
                <DataListValue>{formatDate(r.createdAt)}</DataListValue>
              </DataListItem>
              {r.rating !== null && (
                <DataListItem>
                  <DataListKey>{t('request.rating', 'Beoordeling')}</DataListKey>
                  <DataListValue>
                    {t('request.ratingValue', '{{rating}} van 5', { rating: r.rating })}
                    {r.evaluation ? ` — ${r.evaluation}` : ''}
                  </DataListValue>
                </DataListItem>
              )}
            </DataList>
            <Invitations invitations={r.invitations} />
            {myInvitation && <TrainerActions request={r} invitation={myInvitation} onChange={state.reload} />}
            {!owner && !myInvitation && r.status === 'awaiting_release' && (
              <ReleaseActions request={r} onChange={state.reload} />
            )}
            {owner && <OwnerActions request={r} onChange={state.reload} />}
          </>
        );
      }}
    </Loaded>
  );
}

function Invitations({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section aria-labelledby="invitations-title" className="c-section">
      <Heading2 id="invitations-title">{t('request.invitations', 'Uitgenodigde docenten')}</Heading2>
      {invitations.length === 0 ? (
        <Paragraph>{t('request.noInvitations', 'Nog niemand uitgenodigd.')}</Paragraph>
      ) : (
        <ul className="c-cards">
          {invitations.map((i) => (
            <li key={i.id} className="c-card">
              <strong>{i.trainerName}</strong> — {i.organisationName} · {labels.invitation(i.status)}
              {i.releaseStatus === 'pending' && (
                <> · {t('request.releasePending', 'wacht op vrijgave door leidinggevende')}</>
              )}
              {i.releaseStatus === 'released' && <> · {t('request.released', 'tijd vrijgegeven')}</>}
              {i.message && <Paragraph>“{i.message}”</Paragraph>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function useAction(onChange: () => Promise<void>) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [error, setError] = useState<string | null>(null);
  const run = async (path: string, body: unknown, message: string) => {
    setError(null);
    try {
      await post(path, body);
      notify(message);
      await onChange();
    } catch (e) {
      setError(problemText(t, e));
    }
  };
  return { error, run };
}

function OwnerActions({ request: r, onChange }: { request: InCompanyRequest; onChange(): Promise<void> }) {
  const { t } = useTranslation();
  const { error, run } = useAction(onChange);
  const canInvite = r.status === 'open' || r.status === 'inviting';
  return (
    <>
      {canInvite && <Suggestions request={r} onChange={onChange} />}
      {r.status === 'accepted' && <ScheduleForm request={r} onChange={onChange} />}
      {r.status === 'delivered' && <EvaluateForm request={r} onChange={onChange} />}
      {error && (
        <Paragraph role="alert" className="c-error-text">
          {error}
        </Paragraph>
      )}
      {!['delivered', 'evaluated', 'cancelled'].includes(r.status) && (
        <section aria-labelledby="cancel-title" className="c-section">
          <Heading2 id="cancel-title">{t('request.cancelTitle', 'Verzoek intrekken')}</Heading2>
          <Button
            appearance="secondary-action-button"
            onClick={() =>
              window.confirm(
                t('request.confirmCancel', 'Dit verzoek intrekken? Uitgenodigde docenten krijgen bericht.'),
              ) && run(`/incompany-requests/${r.id}/cancel`, {}, t('request.cancelled', 'Het verzoek is ingetrokken.'))
            }
          >
            {t('request.cancel', 'Verzoek intrekken')}
          </Button>
        </section>
      )}
    </>
  );
}

function Suggestions({ request: r, onChange }: { request: InCompanyRequest; onChange(): Promise<void> }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const state = useLoad(() => get<Answer>(`/incompany-requests/${r.id}/suggestions`), [r.id]);
  const [chosen, setChosen] = useState<string[]>([]);
  const form = useApiForm({});
  const invited = new Set(r.invitations.map((i) => i.teacherProfileId));
  return (
    <section aria-labelledby="suggestions-title" className="c-section">
      <Heading2 id="suggestions-title">{t('request.suggestions', 'Voorgestelde docenten')}</Heading2>
      <Paragraph>
        {t(
          'request.suggestionsIntro',
          'Collega’s van andere organisaties die incompany lesgeven en passen bij het onderwerp. Kies wie je uitnodigt.',
        )}
      </Paragraph>
      <form
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            await post(`/incompany-requests/${r.id}/invitations`, { teacherIds: chosen });
            notify(
              t('request.invited', {
                defaultValue: '{{count}} docenten uitgenodigd. Ze krijgen bericht.',
                defaultValue_one: '{{count}} docent uitgenodigd. Die krijgt bericht.',
                count: chosen.length,
              }),
            );
            setChosen([]);
            await onChange();
          })
        }
      >
        <FormProblem problem={form.problem} />
        <Loaded state={state}>
          {(answer) =>
            answer.trainers.length === 0 ? (
              <Paragraph>
                {t(
                  'request.noSuggestions',
                  'Geen sterke match gevonden. Pas het onderwerp of de toelichting aan, of stel een kennisvraag.',
                )}
              </Paragraph>
            ) : (
              <TrainerList
                trainers={answer.trainers}
                question={`${r.topic} ${r.notes ?? ''}`}
                action={(tr) =>
                  invited.has(tr.id) ? (
                    <Paragraph>{t('request.alreadyInvited', 'Al uitgenodigd')}</Paragraph>
                  ) : (
                    <CheckboxField
                      label={t('request.inviteThis', 'Nodig {{name}} uit', { name: tr.name })}
                      name={`invite-${tr.id}`}
                      checked={chosen.includes(tr.id)}
                      onChange={(on) => setChosen((c) => (on ? [...c, tr.id] : c.filter((x) => x !== tr.id)))}
                    />
                  )
                }
              />
            )
          }
        </Loaded>
        <Button type="submit" appearance="primary-action-button" disabled={form.busy || chosen.length === 0}>
          {t('request.invite', 'Uitnodigen ({{count}})', { count: chosen.length })}
        </Button>
      </form>
    </section>
  );
}

function ScheduleForm({ request: r, onChange }: { request: InCompanyRequest; onChange(): Promise<void> }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const form = useApiForm({ startsAt: '', endsAt: '', venueName: '', address: '', city: '', onlineUrl: '' });
  const v = form.values;
  return (
    <section aria-labelledby="schedule-title" className="c-section">
      <Heading2 id="schedule-title">{t('request.schedule', 'Inplannen')}</Heading2>
      <Paragraph>
        {t(
          'request.scheduleIntro',
          'Er komt een besloten sessie met {{count}} plaatsen, alleen zichtbaar voor jouw organisatie.',
          { count: r.groupSize },
        )}
      </Paragraph>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            await post(`/incompany-requests/${r.id}/schedule`, {
              startsAt: fromLocalInput(v.startsAt),
              endsAt: fromLocalInput(v.endsAt),
              venueName: v.venueName || undefined,
              address: v.address || undefined,
              city: v.city || undefined,
              onlineUrl: v.onlineUrl || undefined,
            });
            notify(t('request.scheduled', 'Ingepland. Collega’s van jouw organisatie kunnen zich nu inschrijven.'));
            await onChange();
          })
        }
      >
        <FormProblem problem={form.problem} />
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
        <TextField
          label={t('editor.venue', 'Locatie')}
          name="venueName"
          value={v.venueName}
          onChange={(x) => form.set('venueName', x)}
          error={form.errors.venueName}
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
        <TextField
          label={t('editor.onlineUrl', 'Link naar de online sessie')}
          name="onlineUrl"
          type="url"
          value={v.onlineUrl}
          onChange={(x) => form.set('onlineUrl', x)}
          error={form.errors.onlineUrl}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('request.scheduleSubmit', 'Training inplannen')}
        </Button>
      </form>
    </section>
  );
}

function EvaluateForm({ request: r, onChange }: { request: InCompanyRequest; onChange(): Promise<void> }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const form = useApiForm({ rating: '', comment: '' });
  return (
    <section aria-labelledby="evaluate-title" className="c-section">
      <Heading2 id="evaluate-title">{t('request.evaluate', 'Evalueren')}</Heading2>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            await post(`/incompany-requests/${r.id}/evaluation`, {
              rating: form.values.rating ? Number(form.values.rating) : undefined,
              comment: form.values.comment || undefined,
            });
            notify(t('request.evaluated', 'Bedankt voor je evaluatie.'));
            await onChange();
          })
        }
      >
        <FormProblem problem={form.problem} />
        <SelectField
          label={t('request.ratingLabel', 'Beoordeling (1 = slecht, 5 = uitstekend)')}
          name="rating"
          required
          value={form.values.rating}
          onChange={(x) => form.set('rating', x)}
          error={form.errors.rating}
          placeholder={t('request.chooseRating', 'Kies een cijfer')}
          options={['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }))}
        />
        <TextAreaField
          label={t('request.comment', 'Toelichting')}
          name="comment"
          rows={3}
          value={form.values.comment}
          onChange={(x) => form.set('comment', x)}
          error={form.errors.comment}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('request.evaluateSubmit', 'Evaluatie opslaan')}
        </Button>
      </form>
    </section>
  );
}

function TrainerActions({
  request: r,
  invitation,
  onChange,
}: {
  request: InCompanyRequest;
  invitation: Invitation;
  onChange(): Promise<void>;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { error, run } = useAction(onChange);
  const form = useApiForm({ message: '', managerEmail: '', needsRelease: false });
  if (invitation.status === 'invited' && r.status === 'inviting') {
    const respond = (accept: boolean) =>
      form.submit(null, async () => {
        await post(`/incompany-invitations/${invitation.id}/respond`, {
          accept,
          message: form.values.message || undefined,
          managerEmail: accept && form.values.needsRelease ? form.values.managerEmail : undefined,
        });
        notify(
          accept
            ? t('request.acceptedMsg', 'Je hebt de uitnodiging geaccepteerd.')
            : t('request.declinedMsg', 'Je hebt de uitnodiging afgeslagen.'),
        );
        await onChange();
      });
    return (
      <section aria-labelledby="respond-title" className="c-section">
        <Heading2 id="respond-title">{t('request.respond', 'Reageer op de uitnodiging')}</Heading2>
        <form
          className="c-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void respond(true);
          }}
        >
          <FormProblem problem={form.problem} />
          <TextAreaField
            label={t('request.message', 'Bericht aan de aanvrager')}
            name="message"
            rows={3}
            value={form.values.message}
            onChange={(x) => form.set('message', x)}
            error={form.errors.message}
          />
          <CheckboxField
            label={t('request.needsRelease', 'Mijn leidinggevende moet de tijd vrijgeven')}
            name="needsRelease"
            checked={form.values.needsRelease}
            onChange={(x) => form.set('needsRelease', x)}
          />
          {form.values.needsRelease && (
            <TextField
              label={t('course.managerEmail', 'E-mailadres van je leidinggevende')}
              name="managerEmail"
              type="email"
              required
              value={form.values.managerEmail}
              onChange={(x) => form.set('managerEmail', x)}
              error={form.errors.managerEmail ?? form.errors.managerId}
            />
          )}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
              {t('request.accept', 'Accepteren')}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              disabled={form.busy}
              onClick={() => void respond(false)}
            >
              {t('request.decline', 'Afslaan')}
            </Button>
          </ButtonGroup>
        </form>
      </section>
    );
  }
  if (r.status === 'scheduled' && invitation.status === 'accepted') {
    return (
      <section aria-labelledby="deliver-title" className="c-section">
        <Heading2 id="deliver-title">{t('request.deliver', 'Training gegeven?')}</Heading2>
        {error && (
          <Paragraph role="alert" className="c-error-text">
            {error}
          </Paragraph>
        )}
        <Button
          appearance="primary-action-button"
          onClick={() =>
            run(
              `/incompany-requests/${r.id}/delivered`,
              {},
              t('request.deliveredMsg', 'Gemeld als gegeven. De aanvrager kan nu evalueren.'),
            )
          }
        >
          {t('request.markDelivered', 'Meld als gegeven')}
        </Button>
      </section>
    );
  }
  return null;
}

function ReleaseActions({ request: r, onChange }: { request: InCompanyRequest; onChange(): Promise<void> }) {
  const { t } = useTranslation();
  const { error, run } = useAction(onChange);
  const pending = r.invitations.find((i) => i.releaseStatus === 'pending');
  if (!pending) return null;
  return (
    <section aria-labelledby="release-title" className="c-section">
      <Heading2 id="release-title">{t('request.release', 'Tijd vrijgeven')}</Heading2>
      <Paragraph>
        {t('request.releaseIntro', '{{name}} wil deze training geven. Geef je de tijd vrij?', {
          name: pending.trainerName,
        })}
      </Paragraph>
      {error && (
        <Paragraph role="alert" className="c-error-text">
          {error}
        </Paragraph>
      )}
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          onClick={() =>
            run(
              `/incompany-invitations/${pending.id}/release`,
              { release: true },
              t('request.releasedMsg', 'Je hebt de tijd vrijgegeven.'),
            )
          }
        >
          {t('request.releaseYes', 'Tijd vrijgeven')}
        </Button>
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            run(
              `/incompany-invitations/${pending.id}/release`,
              { release: false },
              t('request.refusedMsg', 'Je hebt de tijd niet vrijgegeven.'),
            )
          }
        >
          {t('request.releaseNo', 'Niet vrijgeven')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
