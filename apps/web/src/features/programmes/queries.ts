import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';

type Schemas = components['schemas'];
export type Programme = Schemas['ProgrammeDto'];
export type ProgrammeSummary = Schemas['ProgrammeSummaryDto'];
export type Part = Schemas['PartDto'];
export type Cohort = Schemas['CohortDto'];
export type CohortPart = Schemas['CohortPartDto'];
export type MyProgramme = Schemas['MyProgrammeDto'];
export type Overlap = Schemas['OverlapDto'];
export type PartKind = Part['kind'];

export const programmeKeys = {
  all: ['programmes'] as const,
  list: ['programmes', 'list'] as const,
  managed: ['programmes', 'managed'] as const,
  programme: (id: string) => ['programmes', 'programme', id] as const,
  cohort: (id: string) => ['programmes', 'cohort', id] as const,
  enrolments: (id: string) => ['programmes', 'cohort', id, 'enrolments'] as const,
  mine: ['programmes', 'mine'] as const,
};

/** Published programmes, for everyone. */
export const programmesQuery = queryOptions({
  queryKey: programmeKeys.list,
  queryFn: () => ok(client.GET('/api/programmes')),
});

/** The programmes I own or co-own (L&D), in any status. */
export const managedProgrammesQuery = queryOptions({
  queryKey: programmeKeys.managed,
  queryFn: () => ok(client.GET('/api/programmes', { params: { query: { managed: true } } })),
});

export const programmeQuery = (id: string) =>
  queryOptions({
    queryKey: programmeKeys.programme(id),
    queryFn: () => ok(client.GET('/api/programmes/{id}', { params: { path: { id } } })),
  });

export const cohortQuery = (id: string) =>
  queryOptions({
    queryKey: programmeKeys.cohort(id),
    queryFn: () => ok(client.GET('/api/cohorts/{id}', { params: { path: { id } } })),
  });

/** Staff: everyone enrolled in the cohort or waiting. */
export const cohortEnrolmentsQuery = (id: string) =>
  queryOptions({
    queryKey: programmeKeys.enrolments(id),
    queryFn: () => ok(client.GET('/api/cohorts/{id}/enrolments', { params: { path: { id } } })),
  });

/** "Mijn leren": my cohorts with every part. */
export const myProgrammesQuery = queryOptions({
  queryKey: programmeKeys.mine,
  queryFn: () => ok(client.GET('/api/me/programmes')),
});
