import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueries } from '@tanstack/react-query';
import { useAuth } from '../../auth.tsx';
import { client, ok } from '../../api/client.ts';
import { formatDate, formatSessionWhen, parseNumber } from '../../format.ts';
import { Empty, Loaded, useLabels } from '../../ui/data.tsx';
import { CheckboxField, FormProblem, NumberField, TextAreaField, TextField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ButtonRouterLink } from '../../ui/links.tsx';
import { useSettle } from '../../ui/query.tsx';
import { ownProfileQuery } from '../teacher/queries.ts';
import { incompanyKeys, requestsQuery } from './queries.ts';
import { sessionLink, SessionLink, useSessionWhere } from './scheduled-session.tsx';

export function RequestsBoardPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { me, hasRole } = useAuth();
  const where = useSessionWhere();
  const state = useQueries({
    queries: [requestsQuery, ownProfileQuery],
    combine: ([requests, profile]) => ({
      error: requests.error ?? profile.error,
      data:
        requests.data && profile.data !== undefined ? { requests: requests.data, profile: profile.data } : undefined,
    }),
  });
  const isOwner = (organisationId: string) =>
    me?.organisation?.id === organisationId && (hasRole('ld') || hasRole('admin'));
  // One column per status, in the API's order (the labels list every status the API knows).
  const columns = labels.request.options.map((o) => o.value);
  return (
    <>
      <PageTitle>{t('incompany.title', 'Incompany-verzoeken')}</PageTitle>
      <Paragraph>
        {t(
          'incompany.intro',
          'Vraag een collega van een andere organisatie om jouw team te trainen. Volg hier elk verzoek van uitnodiging tot evaluatie.',
        )}
      </Paragraph>
      <ButtonRouterLink appearance="primary-action-button" to="/maatwerk/nieuw">
        {t('incompany.new', 'Nieuw verzoek')}
      </ButtonRouterLink>
      <Loaded state={state}>
        {({ requests, profile }) =>
          requests.length === 0 ? (
            <Empty>
              <Paragraph>
                {t('incompany.empty', 'Nog geen verzoeken. Begin met een kennisvraag of maak direct een verzoek.')}
              </Paragraph>
            </Empty>
          ) : (
            <div className="c-board">
              {columns
                .filter((s) => s !== 'cancelled' || requests.some((r) => r.status === s))
                .map((status) => {
                  const items = requests.filter((r) => r.status === status);
                  return (
                    <section key={status} className="c-board__column" aria-labelledby={`col-${status}`}>
                      <Heading2 id={`col-${status}`} className="c-board__title">
                        {labels.request.of(status)} <span className="c-count">({items.length})</span>
                      </Heading2>
                      {items.length > 0 && (
                        <ul className="c-board__list">
                          {items.map((r) => (
                            <li key={r.id} className="c-board__card">
                              <RouterLink className="utrecht-link" to={`/maatwerk/${r.id}`}>
                                {r.topic}
                              </RouterLink>
                              <p className="c-meta">
                                {r.organisation.name} ·{' '}
                                {t('incompany.groupSize', {
                                  defaultValue: '{{count}} personen',
                                  defaultValue_one: '{{count}} persoon',
                                  count: r.groupSize,
                                })}{' '}
                                · {formatDate(r.createdAt)}
                              </p>
                              {r.session && (
                                <p className="c-meta">
                                  {formatSessionWhen(r.session.startsAt, r.session.endsAt)} · {where(r.session)}
                                  {r.session.onlineUrl && (
                                    <>
                                      {' · '}
                                      <a
                                        className="utrecht-link"
                                        href={r.session.onlineUrl}
                                        target="_blank"
                                        rel="noreferrer"
                                      >
                                        {t('request.sessionOnlineLink', 'online deelnemen')}
                                      </a>
                                    </>
                                  )}
                                </p>
                              )}
                              {sessionLink(r, { owner: isOwner(r.organisation.id), profileId: profile?.id }) && (
                                <p className="c-meta">
                                  <SessionLink
                                    request={r}
                                    viewer={{ owner: isOwner(r.organisation.id), profileId: profile?.id }}
                                  />
                                </p>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </section>
                  );
                })}
            </div>
          )
        }
      </Loaded>
    </>
  );
}

export function NewRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settle = useSettle();
  const [params] = useSearchParams();
  const form = useApiForm({
    topic: params.get('onderwerp') ?? '',
    groupSize: '',
    preferredPeriod: '',
    location: '',
    online: false,
    notes: '',
  });
  const v = form.values;
  return (
    <>
      <PageTitle>{t('incompany.newTitle', 'Nieuw incompany-verzoek')}</PageTitle>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            const created = await ok(
              client.POST('/api/incompany-requests', {
                body: {
                  topic: v.topic,
                  // Left empty, the API says the field is needed.
                  groupSize: parseNumber(v.groupSize) as number,
                  preferredPeriod: v.preferredPeriod || undefined,
                  location: v.location || undefined,
                  online: v.online,
                  notes: v.notes || undefined,
                },
              }),
            );
            await settle(t('incompany.created', 'Het verzoek is aangemaakt. Kies nu welke collega’s je uitnodigt.'), [
              incompanyKeys.all,
            ]);
            void navigate(`/maatwerk/${created.id}`);
          })
        }
      >
        <FormProblem problem={form.problem} />
        <TextAreaField
          label={t('incompany.topic', 'Onderwerp')}
          name="topic"
          required
          rows={2}
          value={v.topic}
          onChange={(x) => form.set('topic', x)}
          error={form.errors.topic}
          description={t('incompany.topicHelp', 'Wat moet het team na de training kennen of kunnen?')}
        />
        <NumberField
          label={t('incompany.groupSizeLabel', 'Aantal deelnemers')}
          name="groupSize"
          required
          value={v.groupSize}
          onChange={(x) => form.set('groupSize', x)}
          error={form.errors.groupSize}
        />
        <TextField
          label={t('incompany.period', 'Voorkeursperiode')}
          name="preferredPeriod"
          value={v.preferredPeriod}
          onChange={(x) => form.set('preferredPeriod', x)}
          error={form.errors.preferredPeriod}
          description={t('incompany.periodHelp', 'Bijvoorbeeld: maart 2027, op dinsdagen')}
        />
        <TextField
          label={t('incompany.location', 'Locatie')}
          name="location"
          value={v.location}
          onChange={(x) => form.set('location', x)}
          error={form.errors.location}
        />
        <CheckboxField
          label={t('incompany.online', 'Online mag ook')}
          name="online"
          checked={v.online}
          onChange={(x) => form.set('online', x)}
        />
        <TextAreaField
          label={t('incompany.notes', 'Toelichting')}
          name="notes"
          rows={3}
          value={v.notes}
          onChange={(x) => form.set('notes', x)}
          error={form.errors.notes}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('incompany.create', 'Verzoek aanmaken')}
        </Button>
      </form>
    </>
  );
}
