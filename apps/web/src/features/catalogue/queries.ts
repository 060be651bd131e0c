import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, ok, query } from '../../api/client.ts';
import type { paths } from '../../api/schema.gen.ts';

export type CatalogueFilters = NonNullable<paths['/api/catalogue/courses']['get']['parameters']['query']>;

export const catalogueKeys = {
  all: ['catalogue'] as const,
  search: (filters: CatalogueSearch) => ['catalogue', 'search', filters] as const,
  course: (id: string) => ['catalogue', 'course', id] as const,
};

/** The catalogue's filters as the address bar holds them: text, validated by the API. */
export type CatalogueSearch = { [K in keyof CatalogueFilters]?: string | number };

/** A page of the public catalogue; the previous page stays on screen while the next one loads. */
export const catalogueQuery = (search: CatalogueSearch) =>
  queryOptions({
    queryKey: catalogueKeys.search(search),
    queryFn: () =>
      ok(
        client.GET('/api/catalogue/courses', {
          // Sent as typed in the address bar: the API refuses a value it does not know (400, shown on the page).
          params: { query: query(search) as CatalogueFilters },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const publicCourseQuery = (id: string) =>
  queryOptions({
    queryKey: catalogueKeys.course(id),
    queryFn: () => ok(client.GET('/api/catalogue/courses/{id}', { params: { path: { id } } })),
  });

export type CatalogueSuggestions =
  paths['/api/catalogue/suggestions']['get']['responses']['200']['content']['application/json'];

/** Search-as-you-type: asked for from two characters; the caller debounces the text. */
export const suggestionsQuery = (q: string) =>
  queryOptions({
    queryKey: ['catalogue', 'suggestions', q] as const,
    queryFn: ({ signal }) =>
      ok(client.GET('/api/catalogue/suggestions', { params: { query: { q, limit: 5 } }, signal })),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
