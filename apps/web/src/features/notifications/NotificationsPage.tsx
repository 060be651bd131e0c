import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { get, post } from '../../api.ts';
import { formatDateTime } from '../../format.ts';
import type { NotificationPage } from '../../types.ts';
import { Empty, Loaded, useLoad } from '../../ui/data.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import { useHeaderData } from '../../ui/header-data.tsx';
import { PageTitle } from '../../ui/layout.tsx';

/** Notifications link to pages of this app; anything else is not followed. */
function appLink(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const { refreshUnread } = useHeaderData();
  const state = useLoad(() => get<NotificationPage>('/me/notifications?pageSize=50'), []);
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
                onClick={async () => {
                  await post('/me/notifications/read-all');
                  notify(t('notifications.allRead', 'Alle meldingen zijn gelezen.'));
                  await Promise.all([state.reload(), refreshUnread()]);
                }}
              >
                {t('notifications.markAll', 'Alles als gelezen markeren')}
              </Button>
            )}
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
                            onClick={() => void post(`/me/notifications/${n.id}/read`).then(refreshUnread, () => {})}
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
                          onClick={async () => {
                            await post(`/me/notifications/${n.id}/read`);
                            notify(t('notifications.markedRead', 'De melding is gelezen.'));
                            await Promise.all([state.reload(), refreshUnread()]);
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
