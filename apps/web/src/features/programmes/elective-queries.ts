import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { programmeKeys } from './queries.ts';

type Schemas = components['schemas'];
export type Module = Schemas['ModuleDto'];
export type ModuleList = Schemas['ModuleListDto'];
export type MyChoices = Schemas['MyChoicesDto'];
export type Allocation = Schemas['AllocationDto'];
export type MyModule = Schemas['MyModuleDto'];

export const electiveKeys = {
  all: [...programmeKeys.all, 'electives'] as const,
  modules: (cohortId: string, partId: string) =>
    [...programmeKeys.all, 'electives', 'modules', cohortId, partId] as const,
  choices: (cohortId: string, partId: string) =>
    [...programmeKeys.all, 'electives', 'choices', cohortId, partId] as const,
  allocation: (cohortId: string, partId: string) =>
    [...programmeKeys.all, 'electives', 'allocation', cohortId, partId] as const,
  myModules: [...programmeKeys.all, 'electives', 'my-modules'] as const,
};

const path = (id: string, partId: string) => ({ params: { path: { id, partId } } });

export const modulesQuery = (cohortId: string, partId: string) =>
  queryOptions({
    queryKey: electiveKeys.modules(cohortId, partId),
    queryFn: () => ok(client.GET('/api/cohorts/{id}/parts/{partId}/modules', path(cohortId, partId))),
  });

export const myChoicesQuery = (cohortId: string, partId: string) =>
  queryOptions({
    queryKey: electiveKeys.choices(cohortId, partId),
    queryFn: () => ok(client.GET('/api/cohorts/{id}/parts/{partId}/choices', path(cohortId, partId))),
  });

/** Staff: every module's list, the figures and the explanation. */
export const allocationQuery = (cohortId: string, partId: string) =>
  queryOptions({
    queryKey: electiveKeys.allocation(cohortId, partId),
    queryFn: () => ok(client.GET('/api/cohorts/{id}/parts/{partId}/allocation', path(cohortId, partId))),
  });

/** My published modules, in every cohort I am in. */
export const myModulesQuery = queryOptions({
  queryKey: electiveKeys.myModules,
  queryFn: () => ok(client.GET('/api/me/modules')),
});
