/**
 * Which of my booked sessions a cohort's parts overlap (the API refuses an enrolment with
 * COHORT_OVERLAPS_SESSIONS until the learner accepts them): shown under the enrol button so the
 * learner can decide. Plain functions, tested in test/web/programmes-overlaps.spec.ts.
 */

export interface Span {
  startsAt: string;
  endsAt: string;
}

/** Whether two periods share a moment; touching ends (one ends when the other starts) do not. */
export function spansOverlap(a: Span, b: Span): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

/** The sessions (each once, in date order) that overlap at least one of the parts. */
export function overlappingSessions<S extends Span & { id: string }>(
  parts: readonly Span[],
  sessions: readonly S[],
): S[] {
  return sessions
    .filter((s) => parts.some((p) => spansOverlap(p, s)))
    .filter((s, i, all) => all.findIndex((x) => x.id === s.id) === i)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
