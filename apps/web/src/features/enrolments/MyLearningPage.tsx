import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok, saveAnswer } from '../../api/client.ts';
import type { Enrolment } from '../../api/types.ts';
import { formatDateTime, formatSessionWhen } from '../../format.ts';
import { sessionWhere } from '../../ui/session-mode.ts';
import { Empty, EnrolmentBadge, Loaded, useLabels } from '../../ui/data.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useAction } from '../../ui/query.tsx';
import { catalogueKeys } from '../catalogue/queries.ts';
import { EvaluateLink } from '../evaluations/EvaluateLink.tsx';
import { MyProgrammes } from '../programmes/MyProgrammes.tsx';
import { CancelEnrolmentForm } from './CancelEnrolmentForm.tsx';
import { enrolmentKeys, myLearningQuery } from './queries.ts';

export function MyLearningPage() {
  const { t } = useTranslation();
  const state = useQuery(myLearningQuery);
  return (
    <>
      <PageTitle>{t('my.title', 'Mijn leren')}</PageTitle>
      <MyProgrammes />
      <Loaded state={state}>
        {(l) => (
          <>
            {l.offers.length > 0 && (
              <Section
                id="offers"
                title={t('my.offers', 'Aangeboden plekken')}
                intro={t(
                  'my.offersIntro',
                  'Er is een plek vrijgekomen. Accepteer hem voor de deadline, anders gaat hij naar de volgende op de wachtlijst.',
                )}
              >
                {l.offers.map((e) => (
                  <EnrolmentCard key={e.id} e={e} />
                ))}
              </Section>
            )}
            <Section id="upcoming" title={t('my.upcoming', 'Komende sessies')}>
              {l.upcoming.length === 0 ? (
                <Empty>
                  <Paragraph>
                    {t('my.noUpcoming', 'Je bent nog nergens voor ingeschreven.')}{' '}
                    <RouterLink className="utrecht-link" to="/cursussen">
                      {t('my.findCourse', 'Zoek een cursus')}
                    </RouterLink>
                  </Paragraph>
                </Empty>
              ) : (
                l.upcoming.map((e) => <EnrolmentCard key={e.id} e={e} />)
              )}
            </Section>
            {l.pending.length > 0 && (
              <Section id="pending" title={t('my.pending', 'Wacht op goedkeuring')}>
                {l.pending.map((e) => (
                  <EnrolmentCard key={e.id} e={e} />
                ))}
              </Section>
            )}
            {l.waitlist.length > 0 && (
              <Section id="waitlist" title={t('my.waitlist', 'Wachtlijsten')}>
                {l.waitlist.map((e) => (
                  <EnrolmentCard key={e.id} e={e} />
                ))}
              </Section>
            )}
            <Section id="history" title={t('my.history', 'Geschiedenis')}>
              {l.history.length === 0 ? (
                <Paragraph>{t('my.noHistory', 'Hier komen cursussen die je hebt gevolgd of geannuleerd.')}</Paragraph>
              ) : (
                l.history.map((e) => <EnrolmentCard key={e.id} e={e} />)
              )}
            </Section>
            <CalendarFeed />
          </>
        )}
      </Loaded>
    </>
  );
}

/** A titled list of enrolments; `children` is either the cards (<li>) or, when empty, what to do next. */
function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: React.ReactNode;
}) {
  const items = Array.isArray(children);
  return (
    <section aria-labelledby={`${id}-title`} className="c-section">
      <Heading2 id={`${id}-title`}>{title}</Heading2>
      {intro && <Paragraph>{intro}</Paragraph>}
      {items ? <ul className="c-cards">{children}</ul> : children}
    </section>
  );
}

function EnrolmentCard({ e }: { e: Enrolment }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [cancelling, setCancelling] = useState(false);
  const answer = useAction(
    (accept: boolean) =>
      ok(
        accept
          ? client.POST('/api/enrolments/{id}/accept', { params: { path: { id: e.id } } })
          : client.POST('/api/enrolments/{id}/decline', { params: { path: { id: e.id } } }),
      ),
    {
      done: (accept) =>
        accept ? t('my.accepted', 'Je hebt de plek geaccepteerd.') : t('my.declined', 'Je hebt de plek afgeslagen.'),
      changes: [enrolmentKeys.all, catalogueKeys.all],
    },
  );
  const titleId = `enrolment-${e.id}`;
  return (
    <li className="c-card" aria-labelledby={titleId}>
      <h3 className="utrecht-heading-3 c-card__title" id={titleId}>
        <RouterLink className="utrecht-link" to={`/cursussen/${e.session.courseId}`}>
          {e.session.courseTitle}
        </RouterLink>
      </h3>
      <Paragraph>
        {formatSessionWhen(e.session.startsAt, e.session.endsAt)} · {sessionWhere(t, e.session)}
      </Paragraph>
      <Paragraph>
        <EnrolmentBadge status={e.status} />
        {e.status === 'waitlisted' && e.position !== null && (
          <> {t('course.position', 'Plaats {{position}} op de wachtlijst', { position: e.position })}</>
        )}
        {e.status === 'offered' && e.offerExpiresAt && (
          <> {t('my.offerDeadline', 'Accepteren kan tot {{when}}', { when: formatDateTime(e.offerExpiresAt) })}</>
        )}
        {e.status === 'pending_approval' && e.approvalExpiresAt && (
          <>
            {' '}
            {t('my.approvalDeadline', 'Je leidinggevende beslist uiterlijk {{when}}', {
              when: formatDateTime(e.approvalExpiresAt),
            })}
          </>
        )}
        {e.cancelReason && (
          <> · {t('my.reason', 'Reden: {{reason}}', { reason: labels.cancelReason.of(e.cancelReason) })}</>
        )}
      </Paragraph>
      <ActionError error={answer.error} />
      {e.status === 'attended' && <EvaluateLink enrolmentId={e.id} endsAt={e.session.endsAt} describedBy={titleId} />}
      {e.status === 'offered' && (
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            aria-describedby={titleId}
            disabled={answer.busy}
            onClick={() => {
              answer.run(true);
            }}
          >
            {t('my.accept', 'Plek accepteren')}
          </Button>
          <Button
            appearance="secondary-action-button"
            aria-describedby={titleId}
            disabled={answer.busy}
            onClick={() => {
              answer.run(false);
            }}
          >
            {t('my.decline', 'Afslaan')}
          </Button>
        </ButtonGroup>
      )}
      {e.status === 'confirmed' && (
        <Paragraph>
          <a
            className="utrecht-link"
            href="#"
            onClick={(ev) => {
              ev.preventDefault();
              saveAnswer(
                client.GET('/api/enrolments/{id}/calendar.ics', { params: { path: { id: e.id } }, parseAs: 'blob' }),
                'collegiaal.ics',
              ).catch(() => undefined);
            }}
          >
            {t('my.ics', 'Zet in je agenda (.ics)')}
          </a>
        </Paragraph>
      )}
      {e.canCancel &&
        e.status !== 'offered' &&
        (cancelling ? (
          <CancelEnrolmentForm
            enrolment={e}
            onDone={() => {
              setCancelling(false);
            }}
            onClose={() => {
              setCancelling(false);
            }}
          />
        ) : (
          <Button appearance="secondary-action-button" aria-describedby={titleId} onClick={() => setCancelling(true)}>
            {e.status === 'waitlisted'
              ? t('course.leaveWaitlist', 'Van de wachtlijst af')
              : t('course.cancel', 'Inschrijving annuleren')}
          </Button>
        ))}
    </li>
  );
}

function CalendarFeed() {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const make = useAction(
    async () => {
      setUrl((await ok(client.POST('/api/me/calendar-feed'))).url);
    },
    { done: () => t('my.feedMade', 'Je persoonlijke feed-adres staat klaar. Deel het met niemand.'), changes: [] },
  );
  const revoke = useAction(
    async () => {
      await ok(client.DELETE('/api/me/calendar-feed'));
      setUrl(null);
    },
    { done: () => t('my.feedRevoked', 'Het feed-adres werkt niet meer.'), changes: [] },
  );
  return (
    <section aria-labelledby="feed-title" className="c-section">
      <Heading2 id="feed-title">{t('my.feed', 'Agenda-feed')}</Heading2>
      <Paragraph>
        {t(
          'my.feedIntro',
          'Abonneer je agenda (Outlook, Google) op je persoonlijke feed: je sessies verschijnen en verdwijnen vanzelf.',
        )}
      </Paragraph>
      {url && (
        <Paragraph>
          <span className="c-code" data-testid="feed-url">
            {url}
          </span>
        </Paragraph>
      )}
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          disabled={make.busy}
          onClick={() => {
            make.run();
          }}
        >
          {url ? t('my.feedRenew', 'Nieuw feed-adres maken') : t('my.feedShow', 'Feed-adres tonen')}
        </Button>
        {url && (
          <Button
            appearance="subtle-button"
            disabled={revoke.busy}
            onClick={() => {
              revoke.run();
            }}
          >
            {t('my.feedRevoke', 'Feed-adres intrekken')}
          </Button>
        )}
      </ButtonGroup>
      <ActionError error={make.error ?? revoke.error} />
    </section>
  );
}
