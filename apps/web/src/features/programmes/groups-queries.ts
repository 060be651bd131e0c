import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { programmeKeys } from './queries.ts';

type Schemas = components['schemas'];
export type CohortGroups = Schemas['CohortGroupsDto'];
export type Grouping = Schemas['GroupingDto'];
export type CohortGroup = Schemas['CohortGroupDto'];
export type GroupKind = Grouping['kind'];

export const groupKeys = {
  all: [...programmeKeys.all, 'groups'] as const,
  cohort: (cohortId: string) => [...programmeKeys.all, 'groups', cohortId] as const,
};

/** Staff: every group with explanations; a participant: their own groups with members and meetings. */
export const cohortGroupsQuery = (cohortId: string) =>
  queryOptions({
    queryKey: groupKeys.cohort(cohortId),
    queryFn: () => ok(client.GET('/api/cohorts/{id}/groups', { params: { path: { id: cohortId } } })),
  });
