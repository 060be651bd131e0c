import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';

export const demandKeys = {
  all: ['demand'] as const,
  mine: ['demand', 'mine'] as const,
  course: (courseId: string) => ['demand', 'course', courseId] as const,
  question: (questionId: string) => ['demand', 'question', questionId] as const,
  overview: (days: number) => ['demand', 'overview', days] as const,
};

/** My interest lists: waiting first, then those I was told of. */
export const myInterestsQuery = queryOptions({
  queryKey: demandKeys.mine,
  queryFn: () => ok(client.GET('/api/me/interests')),
});

/** Whether I wait on a course's interest list, and how many do. */
export const courseInterestQuery = (courseId: string) =>
  queryOptions({
    queryKey: demandKeys.course(courseId),
    queryFn: () => ok(client.GET('/api/courses/{id}/interest', { params: { path: { id: courseId } } })),
  });

/** "Ik wil dit ook" on a knowledge question: whether I marked it, and how many did. */
export const questionInterestQuery = (questionId: string) =>
  queryOptions({
    queryKey: demandKeys.question(questionId),
    queryFn: () =>
      ok(client.GET('/api/knowledge-bank/questions/{id}/interest', { params: { path: { id: questionId } } })),
  });

/** L&D's overview: unmet demand per topic, suggested trainers and unanswered questions. */
export const demandOverviewQuery = (days: number) =>
  queryOptions({
    queryKey: demandKeys.overview(days),
    queryFn: () => ok(client.GET('/api/demand', { params: { query: { days } } })),
  });
