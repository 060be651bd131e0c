import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { formatDateTime } from '../../format.ts';
import { Empty, Loaded } from '../../ui/data.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useAction } from '../../ui/query.tsx';
import { notificationKeys, notificationsQuery } from './queries.ts';

/** Notifications link to pages of this app; anything else is not followed. */
function appLink(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const state = useQuery(notificationsQuery(50));
  const readAll = useAction(() => ok(client.POST('/api/me/notifications/read-all')), {
    done: () => t('notifications.allRead', 'Alle meldingen zijn gelezen.'),
    changes: [notificationKeys.all],
  });
  const read = useAction(
    (id: string) => ok(client.POST('/api/me/notifications/{id}/read', { params: { path: { id } } })),
    {
      done: () => t('notifications.markedRead', 'De melding is gelezen.'),
      changes: [notificationKeys.all],
    },
  );
  // Following a notification's link marks it read on the way, without a notice.
  const queryClient = useQueryClient();
  const readOnTheWay = (id: string) => {
    ok(client.POST('/api/me/notifications/{id}/read', { params: { path: { id } } })).then(
      () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
      () => undefined,
    );
  };
  return (
    <>
      <PageTitle>{t('notifications.title', 'Meldingen')}</PageTitle>
      <Loaded state={state}>
        {(p) => (
          <>
            <Paragraph>{t('notifications.unread', '{{count}} ongelezen', { count: p.unread })}</Paragraph>
            {p.unread > 0 && (
              <Button
                appearance="secondary-action-button"
                disabled={readAll.busy}
                onClick={() => {
                  readAll.run();
                }}
              >
                {t('notifications.markAll', 'Alles als gelezen markeren')}
              </Button>
            )}
            <ActionError error={readAll.error ?? read.error} />
            {p.items.length === 0 ? (
              <Empty>
                <Paragraph>
                  {t(
                    'notifications.empty',
                    'Geen meldingen. Je hoort het hier als er iets verandert aan je inschrijvingen of verzoeken.',
                  )}
                </Paragraph>
              </Empty>
            ) : (
              <ul className="c-cards">
                {p.items.map((n) => {
                  const link = appLink(n.link);
                  return (
                    <li key={n.id} className={`c-card${n.read ? '' : ' c-card--unread'}`}>
                      <h2 className="utrecht-heading-3 c-card__title">
                        {!n.read && <span className="c-visually-hidden">{t('notifications.new', 'Nieuw:')} </span>}
                        {link ? (
                          <RouterLink
                            className="utrecht-link"
                            to={link}
                            onClick={() => {
                              readOnTheWay(n.id);
                            }}
                          >
                            {n.title}
                          </RouterLink>
                        ) : (
                          n.title
                        )}
                      </h2>
                      <Paragraph>{n.body}</Paragraph>
                      <Paragraph className="c-meta">{formatDateTime(n.createdAt)}</Paragraph>
                      {!n.read && (
                        <Button
                          appearance="subtle-button"
                          onClick={() => {
                            read.run(n.id);
                          }}
                        >
                          {t('notifications.markRead', 'Markeer als gelezen')}
                          <span className="c-visually-hidden">: {n.title}</span>
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}
