import { queryOptions } from '@tanstack/react-query';
import { ApiError, client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { programmeKeys } from './queries.ts';

type Schemas = components['schemas'];
export type Assignment = Schemas['AssignmentDto'];
export type MyAssignment = Schemas['MyAssignmentDto'];
export type AssignmentToReview = Schemas['AssignmentToReviewDto'];

export const assignmentKeys = {
  all: [...programmeKeys.all, 'assignments'] as const,
  mine: (cohortId: string) => [...programmeKeys.all, 'assignments', 'mine', cohortId] as const,
  one: (id: string) => [...programmeKeys.all, 'assignments', 'one', id] as const,
  toReview: [...programmeKeys.all, 'assignments', 'to-review'] as const,
};

/** My assignment in a cohort; null until I have written it (the API answers 404 then). */
export const myAssignmentQuery = (cohortId: string) =>
  queryOptions({
    queryKey: assignmentKeys.mine(cohortId),
    queryFn: async (): Promise<MyAssignment | null> => {
      try {
        return await ok(client.GET('/api/cohorts/{id}/assignment', { params: { path: { id: cohortId } } }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });

export const assignmentQuery = (id: string) =>
  queryOptions({
    queryKey: assignmentKeys.one(id),
    queryFn: () => ok(client.GET('/api/assignments/{assignmentId}', { params: { path: { assignmentId: id } } })),
  });

/** The assignments of the people who invited me as their manager. */
export const assignmentsToReviewQuery = queryOptions({
  queryKey: assignmentKeys.toReview,
  queryFn: () => ok(client.GET('/api/me/assignments-to-review')),
});
