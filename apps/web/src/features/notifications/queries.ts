import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';

export const notificationKeys = { all: ['notifications'] as const };

/** The latest notifications with the unread count. */
export const notificationsQuery = (pageSize: number) =>
  queryOptions({
    queryKey: [...notificationKeys.all, 'page', pageSize],
    queryFn: () => ok(client.GET('/api/me/notifications', { params: { query: { pageSize } } })),
  });
