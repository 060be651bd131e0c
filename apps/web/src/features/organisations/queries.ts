import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';

export const organisationKeys = {
  all: ['organisations'] as const,
  one: (id: string) => ['organisations', id] as const,
};

/** Every organisation (public): filters, admin lists. */
export const organisationsQuery = queryOptions({
  queryKey: organisationKeys.all,
  queryFn: () => ok(client.GET('/api/organisations')),
});

export const organisationQuery = (id: string) =>
  queryOptions({
    queryKey: organisationKeys.one(id),
    queryFn: () => ok(client.GET('/api/organisations/{id}', { params: { path: { id } } })),
  });
