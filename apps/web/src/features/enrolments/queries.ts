import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';

export const enrolmentKeys = {
  all: ['enrolments'] as const,
  mine: ['enrolments', 'mine'] as const,
  approvals: ['enrolments', 'approvals'] as const,
};

/** My learning: upcoming, pending, offers, waitlist and history. */
export const myLearningQuery = queryOptions({
  queryKey: enrolmentKeys.mine,
  queryFn: () => ok(client.GET('/api/me/enrolments')),
});

/** Enrolments waiting for my decision as manager. */
export const approvalsQuery = queryOptions({
  queryKey: enrolmentKeys.approvals,
  queryFn: () => ok(client.GET('/api/me/approvals')),
});
