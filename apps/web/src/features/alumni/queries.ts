import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, ok, query } from '../../api/client.ts';
import type { paths } from '../../api/schema.gen.ts';

export type AlumniFilters = NonNullable<paths['/api/alumni']['get']['parameters']['query']>;

export const alumniKeys = {
  all: ['alumni'] as const,
  consent: ['alumni', 'consent'] as const,
  search: (filters: AlumniFilters) => ['alumni', 'search', filters] as const,
  course: (courseId: string) => ['alumni', 'course', courseId] as const,
  one: (userId: string) => ['alumni', 'one', userId] as const,
};

/** My consent: findable as alumnus, e-mail shown, job title. */
export const alumniConsentQuery = queryOptions({
  queryKey: alumniKeys.consent,
  queryFn: () => ok(client.GET('/api/me/alumni-consent')),
});

/** A page of alumni; the previous page stays on screen while the next one loads. */
export const alumniSearchQuery = (filters: AlumniFilters) =>
  queryOptions({
    queryKey: alumniKeys.search(filters),
    queryFn: () => ok(client.GET('/api/alumni', { params: { query: query(filters) } })),
    placeholderData: keepPreviousData,
  });

/** "Wie deden deze cursus ook": the first few opted-in fellow participants. */
export const courseAlumniQuery = (courseId: string) =>
  queryOptions({
    queryKey: alumniKeys.course(courseId),
    queryFn: () =>
      ok(
        client.GET('/api/courses/{id}/alumni', { params: { path: { id: courseId }, query: { page: 1, pageSize: 6 } } }),
      ),
  });

export const alumnusQuery = (userId: string) =>
  queryOptions({
    queryKey: alumniKeys.one(userId),
    queryFn: () => ok(client.GET('/api/alumni/{userId}', { params: { path: { userId } } })),
  });
