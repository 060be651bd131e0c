import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { enrolmentKeys } from '../enrolments/queries.ts';

/** Under enrolments' keys: an approval or rejection (which changes enrolments.all) refreshes the team. */
export const teamKeys = {
  mine: [...enrolmentKeys.all, 'team'] as const,
};

/** My team as manager: the people, their enrolments by state and their hours this year. */
export const teamQuery = queryOptions({
  queryKey: teamKeys.mine,
  queryFn: () => ok(client.GET('/api/me/team')),
});
