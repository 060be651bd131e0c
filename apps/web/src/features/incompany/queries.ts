import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';

export const incompanyKeys = {
  all: ['incompany'] as const,
  list: ['incompany', 'list'] as const,
  request: (id: string) => ['incompany', 'request', id] as const,
  suggestions: (id: string) => ['incompany', 'suggestions', id] as const,
};

/** My organisation's requests (L&D), and those I am invited to or must release. */
export const requestsQuery = queryOptions({
  queryKey: incompanyKeys.list,
  queryFn: () => ok(client.GET('/api/incompany-requests')),
});

export const requestQuery = (id: string) =>
  queryOptions({
    queryKey: incompanyKeys.request(id),
    queryFn: () => ok(client.GET('/api/incompany-requests/{id}', { params: { path: { id } } })),
  });

export const suggestionsQuery = (id: string) =>
  queryOptions({
    queryKey: incompanyKeys.suggestions(id),
    queryFn: () => ok(client.GET('/api/incompany-requests/{id}/suggestions', { params: { path: { id } } })),
  });
