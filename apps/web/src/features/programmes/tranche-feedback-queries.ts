import { queryOptions } from '@tanstack/react-query';
import { ApiError, client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { programmeKeys } from './queries.ts';

type Schemas = components['schemas'];
export type EvaluationTrend = Schemas['EvaluationTrendDto'];
export type CohortTrend = Schemas['CohortTrendDto'];
export type FeedbackNote = Schemas['FeedbackNoteDto'];

export const trancheFeedbackKeys = {
  all: [...programmeKeys.all, 'tranche-feedback'] as const,
  trend: (programmeId: string) => [...programmeKeys.all, 'tranche-feedback', 'trend', programmeId] as const,
  notes: (programmeId: string) => [...programmeKeys.all, 'tranche-feedback', 'notes', programmeId] as const,
  note: (cohortId: string) => [...programmeKeys.all, 'tranche-feedback', 'note', cohortId] as const,
};

/** null when the API answers `status` (the caller may not see it, or there is none yet). */
async function orNull<T>(load: () => Promise<T>, ...statuses: number[]): Promise<T | null> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof ApiError && statuses.includes(e.status)) return null;
    throw e;
  }
}

/** Each cohort's evaluation next to the previous ones; null for whoever may not see it. */
export const evaluationTrendQuery = (programmeId: string) =>
  queryOptions({
    queryKey: trancheFeedbackKeys.trend(programmeId),
    queryFn: () =>
      orNull(
        () => ok(client.GET('/api/programmes/{id}/evaluation-trend', { params: { path: { id: programmeId } } })),
        403,
      ),
  });

/** "Jullie zeiden, wij deden": the published notes (and, for organisers, the drafts). */
export const feedbackNotesQuery = (programmeId: string) =>
  queryOptions({
    queryKey: trancheFeedbackKeys.notes(programmeId),
    queryFn: () => ok(client.GET('/api/programmes/{id}/feedback-notes', { params: { path: { id: programmeId } } })),
  });

/** The cohort's note for its staff; null until written (404) or for whoever may not see it (403). */
export const feedbackNoteQuery = (cohortId: string) =>
  queryOptions({
    queryKey: trancheFeedbackKeys.note(cohortId),
    queryFn: () =>
      orNull(() => ok(client.GET('/api/cohorts/{id}/feedback-note', { params: { path: { id: cohortId } } })), 403, 404),
  });
