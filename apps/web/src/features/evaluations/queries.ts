import { queryOptions } from '@tanstack/react-query';
import { ApiError, client, ok } from '../../api/client.ts';

export const evaluationKeys = {
  all: ['evaluations'] as const,
  pending: ['evaluations', 'pending'] as const,
  mine: (enrolmentId: string) => ['evaluations', 'mine', enrolmentId] as const,
  session: (sessionId: string) => ['evaluations', 'session', sessionId] as const,
  summary: (courseId: string) => ['evaluations', 'summary', courseId] as const,
};

/** My attended sessions that still wait for my evaluation. */
export const pendingEvaluationsQuery = queryOptions({
  queryKey: evaluationKeys.pending,
  queryFn: () => ok(client.GET('/api/me/evaluations/pending')),
});

/** My evaluation of one enrolment; null when I have not given one yet. */
export const myEvaluationQuery = (enrolmentId: string) =>
  queryOptions({
    queryKey: evaluationKeys.mine(enrolmentId),
    queryFn: async () => {
      try {
        return await ok(client.GET('/api/enrolments/{id}/evaluation', { params: { path: { id: enrolmentId } } }));
      } catch (e) {
        if (e instanceof ApiError && e.problem.code === 'EVALUATION_NOT_FOUND') return null;
        throw e;
      }
    },
  });

/** A session's results for its teachers and L&D: aggregates only, once enough people answered. */
export const sessionEvaluationsQuery = (sessionId: string) =>
  queryOptions({
    queryKey: evaluationKeys.session(sessionId),
    queryFn: () => ok(client.GET('/api/sessions/{id}/evaluations', { params: { path: { id: sessionId } } })),
  });

/** The course page's average and count (public). */
export const evaluationSummaryQuery = (courseId: string) =>
  queryOptions({
    queryKey: evaluationKeys.summary(courseId),
    queryFn: () => ok(client.GET('/api/courses/{id}/evaluation-summary', { params: { path: { id: courseId } } })),
  });
