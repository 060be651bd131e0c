import { subtractWorkingDays } from '#libs/common';
import type { JobQueue } from '#libs/jobs';
import type { CourseSession, GoNoGoOutcome } from './catalogue.entities.js';
import { CatalogueException } from './catalogue.exception.js';

/**
 * Minimum participants with a go/no-go moment (issue #11 item 2), for ordinary sessions and for a
 * programme's cohorts (which are sessions). Catalogue enqueues this job, in the transaction that
 * writes the session, to start at its go/no-go moment; enrolments, which counts the seats, runs it
 * (and sweeps for due sessions as a safety net) and tells the organisers.
 */
export const GO_NO_GO_JOB = 'session.go-no-go';

/** Default go/no-go moment: 5 working days before the start (a week's notice to participants and the venue). */
export const DEFAULT_GO_NO_GO_WORKING_DAYS = 5;

export interface GoNoGoJob {
  sessionId: string;
}

/** The three go/no-go fields as a create or update gives them. */
export interface GoNoGoInput {
  minParticipants?: number | null;
  goNoGoAt?: Date | null;
  autoCancel?: boolean;
}

export interface GoNoGoValues {
  minParticipants: number | null;
  goNoGoAt: Date | null;
  autoCancel: boolean;
}

type GoNoGoCurrent = Pick<CourseSession, 'minParticipants' | 'goNoGoAt' | 'autoCancel' | 'goNoGoDecidedAt'>;

/** What the go/no-go moment decided, for the one who tells the organisers. */
export interface GoNoGoDecision {
  sessionId: string;
  courseId: string;
  minParticipants: number;
  confirmed: number;
  outcome: GoNoGoOutcome;
  decidedAt: Date;
}

/**
 * The go/no-go fields of an update merged with the session's: a moved start moves a go/no-go
 * moment it does not give (to its default), clearing the minimum clears the other two. Once the
 * decision is made they no longer change (409).
 */
export function mergeGoNoGo(dto: GoNoGoInput & { startsAt?: Date }, session: GoNoGoCurrent): GoNoGoInput {
  if (session.goNoGoDecidedAt) {
    const changed =
      (dto.minParticipants !== undefined && dto.minParticipants !== session.minParticipants) ||
      (dto.goNoGoAt !== undefined && (dto.goNoGoAt?.getTime() ?? null) !== (session.goNoGoAt?.getTime() ?? null)) ||
      (dto.autoCancel !== undefined && dto.autoCancel !== session.autoCancel);
    if (changed)
      throw CatalogueException.sessionNotEditable(
        'The go/no-go decision has been made: the minimum, its moment and auto-cancel can no longer change.',
      );
    return { minParticipants: session.minParticipants, goNoGoAt: session.goNoGoAt, autoCancel: session.autoCancel };
  }
  // Left out (or undefined) keeps the session's value; null clears it.
  const minParticipants = dto.minParticipants !== undefined ? dto.minParticipants : session.minParticipants;
  const goNoGoAt =
    dto.goNoGoAt !== undefined
      ? dto.goNoGoAt
      : minParticipants === null || dto.startsAt
        ? undefined
        : (session.goNoGoAt ?? undefined);
  const autoCancel = dto.autoCancel ?? (minParticipants === null ? false : session.autoCancel);
  return { minParticipants, goNoGoAt, autoCancel };
}

/**
 * Checks the go/no-go fields (at least 1 and at most the capacity; the moment before the start
 * and, when it is new, in the future) and fills in the default moment. Problems go to `add`, per
 * field. A decided session keeps what it had.
 */
export function resolveGoNoGo(
  dto: GoNoGoInput,
  startsAt: Date,
  capacity: number,
  now: Date,
  add: (field: string, message: string) => void,
  current?: GoNoGoCurrent,
): GoNoGoValues {
  if (current?.goNoGoDecidedAt)
    return { minParticipants: current.minParticipants, goNoGoAt: current.goNoGoAt, autoCancel: current.autoCancel };
  const min = dto.minParticipants ?? null;
  if (min === null) {
    if (dto.goNoGoAt) add('goNoGoAt', 'goNoGoAt needs minParticipants');
    if (dto.autoCancel) add('autoCancel', 'autoCancel needs minParticipants');
    return { minParticipants: null, goNoGoAt: null, autoCancel: false };
  }
  if (min > capacity) add('minParticipants', 'minParticipants must not be more than capacity');
  const given = dto.goNoGoAt ?? null;
  const goNoGoAt = given ?? subtractWorkingDays(startsAt, DEFAULT_GO_NO_GO_WORKING_DAYS);
  const unchanged = current?.goNoGoAt?.getTime() === goNoGoAt.getTime();
  if (goNoGoAt >= startsAt) add('goNoGoAt', 'goNoGoAt must be before startsAt');
  else if (goNoGoAt <= now && !unchanged)
    add(
      'goNoGoAt',
      given
        ? 'goNoGoAt must be in the future'
        : `the default go/no-go moment (${String(DEFAULT_GO_NO_GO_WORKING_DAYS)} working days before the start) has passed: give goNoGoAt`,
    );
  return { minParticipants: min, goNoGoAt, autoCancel: dto.autoCancel ?? false };
}

/**
 * Enqueues the decision at the go/no-go moment, in the caller's transaction, when the session has
 * a minimum and its moment is new. A job of an earlier moment finds nothing due and does nothing.
 */
export async function scheduleGoNoGo(
  jobs: JobQueue,
  sessionId: string,
  values: GoNoGoValues,
  before?: Date | null,
): Promise<void> {
  if (values.minParticipants === null || !values.goNoGoAt) return;
  if (before && before.getTime() === values.goNoGoAt.getTime()) return;
  const job: GoNoGoJob = { sessionId };
  await jobs.enqueue(GO_NO_GO_JOB, job, {
    startAfter: values.goNoGoAt,
    singletonKey: `${sessionId}:${values.goNoGoAt.toISOString()}`,
  });
}

/** Due: a minimum, its moment come, not decided, still scheduled and not started. */
export function goNoGoDue(s: CourseSession, now: Date): s is CourseSession & { minParticipants: number } {
  return (
    s.minParticipants !== null &&
    s.goNoGoAt !== null &&
    s.goNoGoAt <= now &&
    s.goNoGoDecidedAt === null &&
    s.status === 'scheduled' &&
    s.startsAt > now
  );
}
