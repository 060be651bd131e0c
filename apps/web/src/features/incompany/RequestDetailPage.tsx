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
import { useQueries, useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { InCompanyRequest, Invitation } from '../../api/types.ts';
import { useAuth } from '../../auth.tsx';
import { formatDate, formatSessionWhen, fromLocalInput } from '../../format.ts';
import { Loaded, useLabels } from '../../ui/data.tsx';
import { CheckboxField, FormProblem, SelectField, TextAreaField, TextField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useAction, useSettle } from '../../ui/query.tsx';
import { TrainerList } from '../knowledge-bank/TrainerList.tsx';
import { ownProfileQuery } from '../teacher/queries.ts';
import { incompanyKeys, requestQuery, suggestionsQuery } from './queries.ts';
import { SessionLink, useSessionWhere } from './scheduled-session.tsx';

/** A step of a request changes the request, the board and the teacher's invitations. */
const REQUEST_CHANGES = [incompanyKeys.all];

export function RequestDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me, hasRole } = useAuth();
  const labels = useLabels();
  const where = useSessionWhere();
  const state = useQueries({
    queries: [requestQuery(id), ownProfileQuery],
    combine: ([request, profile]) => ({
      error: request.error ?? profile.error,
      data: request.data && profile.data !== undefined ? { request: request.data, profile: profile.data } : undefined,
    }),
  });
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
                {labels.request.of(r.status)}
              </StatusBadge>
            </Paragraph>
            <DataList className="c-facts">
              {r.session && (
                <>
                  <DataListItem>
                    <DataListKey>{t('request.sessionWhen', 'Datum en tijd')}</DataListKey>
                    <DataListValue>
                      {formatSessionWhen(r.session.startsAt, r.session.endsAt)}
                      {r.session.status === 'cancelled' && <> ({t('request.sessionCancelled', 'geannuleerd')})</>}
                    </DataListValue>
                  </DataListItem>
                  <DataListItem>
                    <DataListKey>{t('request.sessionWhere', 'Plaats')}</DataListKey>
                    <DataListValue>
                      {where(r.session)}
                      {r.session.onlineUrl && (
                        <>
                          {' · '}
                          <a className="utrecht-link" href={r.session.onlineUrl} target="_blank" rel="noreferrer">
                            {t('request.sessionOnlineLink', 'online deelnemen')}
                          </a>
                        </>
                      )}
                    </DataListValue>
                  </DataListItem>
                  {(owner || (profile && profile.id === r.trainerId)) && (
                    <DataListItem>
                      <DataListKey>{t('request.session', 'Sessie')}</DataListKey>
                      <DataListValue>
                        <SessionLink request={r} viewer={{ owner, profileId: profile?.id }} />
                      </DataListValue>
                    </DataListItem>
                  )}
                </>
              )}
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
            {myInvitation && <TrainerActions request={r} invitation={myInvitation} />}
            {!owner && !myInvitation && r.status === 'awaiting_release' && <ReleaseActions request={r} />}
            {owner && <OwnerActions request={r} />}
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
              <strong>{i.trainerName}</strong> — {i.organisationName} · {labels.invitation.of(i.status)}
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

function OwnerActions({ request: r }: { request: InCompanyRequest }) {
  const { t } = useTranslation();
  const cancel = useAction(
    () => ok(client.POST('/api/incompany-requests/{id}/cancel', { params: { path: { id: r.id } } })),
    { done: () => t('request.cancelled', 'Het verzoek is ingetrokken.'), changes: REQUEST_CHANGES },
  );
  const canInvite = r.status === 'open' || r.status === 'inviting';
  return (
    <>
      {canInvite && <Suggestions request={r} />}
      {r.status === 'accepted' && <ScheduleForm request={r} />}
      {r.status === 'delivered' && <EvaluateForm request={r} />}
      <ActionError error={cancel.error} />
      {!['delivered', 'evaluated', 'cancelled'].includes(r.status) && (
        <section aria-labelledby="cancel-title" className="c-section">
          <Heading2 id="cancel-title">{t('request.cancelTitle', 'Verzoek intrekken')}</Heading2>
          <Button
            appearance="secondary-action-button"
            disabled={cancel.busy}
            onClick={() => {
              if (
                window.confirm(
                  t('request.confirmCancel', 'Dit verzoek intrekken? Uitgenodigde docenten krijgen bericht.'),
                )
              )
                cancel.run();
            }}
          >
            {t('request.cancel', 'Verzoek intrekken')}
          </Button>
        </section>
      )}
    </>
  );
}

function Suggestions({ request: r }: { request: InCompanyRequest }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const state = useQuery(suggestionsQuery(r.id));
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
            await ok(
              client.POST('/api/incompany-requests/{id}/invitations', {
                params: { path: { id: r.id } },
                body: { teacherIds: chosen },
              }),
            );
            setChosen([]);
            await settle(
              t('request.invited', {
                defaultValue: '{{count}} docenten uitgenodigd. Ze krijgen bericht.',
                defaultValue_one: '{{count}} docent uitgenodigd. Die krijgt bericht.',
                count: chosen.length,
              }),
              REQUEST_CHANGES,
            );
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
                question={`${r.topic} ${r.notes}`}
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

function ScheduleForm({ request: r }: { request: InCompanyRequest }) {
  const { t } = useTranslation();
  const settle = useSettle();
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
            await ok(
              client.POST('/api/incompany-requests/{id}/schedule', {
                params: { path: { id: r.id } },
                // Left empty, a time is missing, and the API says so next to the field.
                body: {
                  startsAt: fromLocalInput(v.startsAt) as string,
                  endsAt: fromLocalInput(v.endsAt) as string,
                  venueName: v.venueName || undefined,
                  address: v.address || undefined,
                  city: v.city || undefined,
                  onlineUrl: v.onlineUrl || undefined,
                },
              }),
            );
            await settle(
              t('request.scheduled', 'Ingepland. Collega’s van jouw organisatie kunnen zich nu inschrijven.'),
              REQUEST_CHANGES,
            );
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

function EvaluateForm({ request: r }: { request: InCompanyRequest }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const form = useApiForm({ rating: '', comment: '' });
  return (
    <section aria-labelledby="evaluate-title" className="c-section">
      <Heading2 id="evaluate-title">{t('request.evaluate', 'Evalueren')}</Heading2>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            await ok(
              client.POST('/api/incompany-requests/{id}/evaluation', {
                params: { path: { id: r.id } },
                // Without a rating the API asks for one (a field error).
                body: {
                  rating: (form.values.rating ? Number(form.values.rating) : undefined) as number,
                  comment: form.values.comment || undefined,
                },
              }),
            );
            await settle(t('request.evaluated', 'Bedankt voor je evaluatie.'), REQUEST_CHANGES);
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

function TrainerActions({ request: r, invitation }: { request: InCompanyRequest; invitation: Invitation }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const delivered = useAction(
    () => ok(client.POST('/api/incompany-requests/{id}/delivered', { params: { path: { id: r.id } } })),
    {
      done: () => t('request.deliveredMsg', 'Gemeld als gegeven. De aanvrager kan nu evalueren.'),
      changes: REQUEST_CHANGES,
    },
  );
  const form = useApiForm({ message: '', managerEmail: '', needsRelease: false });
  if (invitation.status === 'invited' && r.status === 'inviting') {
    const respond = (accept: boolean) =>
      form.submit(null, async () => {
        await ok(
          client.POST('/api/incompany-invitations/{id}/respond', {
            params: { path: { id: invitation.id } },
            body: {
              accept,
              message: form.values.message || undefined,
              managerEmail: accept && form.values.needsRelease ? form.values.managerEmail : undefined,
            },
          }),
        );
        await settle(
          accept
            ? t('request.acceptedMsg', 'Je hebt de uitnodiging geaccepteerd.')
            : t('request.declinedMsg', 'Je hebt de uitnodiging afgeslagen.'),
          REQUEST_CHANGES,
        );
      });
    return (
      <section aria-labelledby="respond-title" className="c-section">
        <Heading2 id="respond-title">{t('request.respond', 'Reageer op de uitnodiging')}</Heading2>
        <form
          className="c-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            respond(true);
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
              onClick={() => {
                respond(false);
              }}
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
        <ActionError error={delivered.error} />
        <Button
          appearance="primary-action-button"
          disabled={delivered.busy}
          onClick={() => {
            delivered.run();
          }}
        >
          {t('request.markDelivered', 'Meld als gegeven')}
        </Button>
      </section>
    );
  }
  return null;
}

function ReleaseActions({ request: r }: { request: InCompanyRequest }) {
  const { t } = useTranslation();
  const pending = r.invitations.find((i) => i.releaseStatus === 'pending');
  const release = useAction(
    ({ id, release }: { id: string; release: boolean }) =>
      ok(client.POST('/api/incompany-invitations/{id}/release', { params: { path: { id } }, body: { release } })),
    {
      done: ({ release }) =>
        release
          ? t('request.releasedMsg', 'Je hebt de tijd vrijgegeven.')
          : t('request.refusedMsg', 'Je hebt de tijd niet vrijgegeven.'),
      changes: REQUEST_CHANGES,
    },
  );
  if (!pending) return null;
  return (
    <section aria-labelledby="release-title" className="c-section">
      <Heading2 id="release-title">{t('request.release', 'Tijd vrijgeven')}</Heading2>
      <Paragraph>
        {t('request.releaseIntro', '{{name}} wil deze training geven. Geef je de tijd vrij?', {
          name: pending.trainerName,
        })}
      </Paragraph>
      <ActionError error={release.error} />
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          disabled={release.busy}
          onClick={() => {
            release.run({ id: pending.id, release: true });
          }}
        >
          {t('request.releaseYes', 'Tijd vrijgeven')}
        </Button>
        <Button
          appearance="secondary-action-button"
          disabled={release.busy}
          onClick={() => {
            release.run({ id: pending.id, release: false });
          }}
        >
          {t('request.releaseNo', 'Niet vrijgeven')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
