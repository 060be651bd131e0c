import { Injectable } from '@nestjs/common';
import { type AuthUser, type FieldError, subtractWorkingDays } from '#libs/common';
import { Db } from '#libs/database';
import { JobQueue } from '#libs/jobs';
import { Course, CourseSession } from './catalogue.entities.js';
import { CatalogueException } from './catalogue.exception.js';
import { toSessionDto } from './catalogue.mappers.js';
import { CoursesService } from './courses.service.js';
import { CreateSessionDto, SessionDto, UpdateSessionDto } from './dto/session.dto.js';
import { SESSION_CHANGED_JOB, SESSION_SCHEDULED_JOB, scheduleChange, scheduleOf } from './session-change.js';
import { mergeGoNoGo, resolveGoNoGo, scheduleGoNoGo } from './session-go-no-go.js';
import type { SessionChangedJob, SessionScheduledJob } from './session-change.js';
import { SessionLifecycle } from './session-lifecycle.js';
import { SessionsRepository } from './sessions.repository.js';

/** Default: learners may cancel until 2 working days before the start. */
export const DEFAULT_CANCELLATION_WORKING_DAYS = 2;

@Injectable()
export class SessionsService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsRepository,
    private readonly courses: CoursesService,
    private readonly lifecycle: SessionLifecycle,
    private readonly jobs: JobQueue,
  ) {}

  async create(courseId: string, user: AuthUser, dto: CreateSessionDto): Promise<SessionDto> {
    return this.db.transaction(async () => {
      const course = await this.courses.requireEditable(courseId, user);
      if (course.status === 'archived') throw CatalogueException.illegalTransition('archived', 'scheduled');
      const values = resolveSession(course, dto, new Date());
      const session = await this.sessions.insert({
        ...values,
        courseId,
        status: 'scheduled',
        visibleToOrganisationId: null,
      });
      await scheduleGoNoGo(this.jobs, session.id, values);
      // With the new session: the course's interest list hears of it if and only if it commits.
      const scheduled: SessionScheduledJob = { sessionId: session.id, courseId };
      await this.jobs.enqueue(SESSION_SCHEDULED_JOB, scheduled, { singletonKey: session.id });
      return toSessionDto(session, session.capacity, true);
    });
  }

  /** A session only `visibleToOrganisationId` sees (in-company); the caller has checked who may. */
  async createPrivate(courseId: string, dto: CreateSessionDto, visibleToOrganisationId: string): Promise<SessionDto> {
    return this.db.transaction(async () => {
      const course = await this.courses.requireCourse(courseId);
      const values = resolveSession(course, dto, new Date());
      const session = await this.sessions.insert({
        ...values,
        courseId,
        status: 'scheduled',
        visibleToOrganisationId,
      });
      await scheduleGoNoGo(this.jobs, session.id, values);
      return toSessionDto(session, session.capacity, true);
    });
  }

  async update(sessionId: string, user: AuthUser, dto: UpdateSessionDto): Promise<SessionDto> {
    return this.db.transaction(async () => {
      const session = await this.requireSessionForUpdate(sessionId);
      const course = await this.courses.requireEditable(session.courseId, user);
      return this.updateLocked(session, course, dto, user.id);
    });
  }

  /** A programme's cohort session; the programmes lib has checked who may create it. */
  async createForProgramme(courseId: string, dto: CreateSessionDto): Promise<SessionDto> {
    return this.db.transaction(async () => {
      const course = await this.courses.requireCourse(courseId);
      if (course.kind !== 'programme') throw CatalogueException.courseNotFound(courseId);
      if (course.status === 'archived') throw CatalogueException.illegalTransition('archived', 'scheduled');
      const values = resolveSession(course, dto, new Date());
      const session = await this.sessions.insert({
        ...values,
        courseId,
        status: 'scheduled',
        visibleToOrganisationId: null,
      });
      await scheduleGoNoGo(this.jobs, session.id, values);
      // With the new session: the course's interest list hears of it if and only if it commits.
      const scheduled: SessionScheduledJob = { sessionId: session.id, courseId };
      await this.jobs.enqueue(SESSION_SCHEDULED_JOB, scheduled, { singletonKey: session.id });
      return toSessionDto(session, session.capacity, true);
    });
  }

  /** Changes a programme's cohort session exactly as an editor's change does; the caller has checked who may. */
  async updateForProgramme(sessionId: string, dto: UpdateSessionDto, actorId: string): Promise<SessionDto> {
    return this.db.transaction(async () => {
      const session = await this.requireSessionForUpdate(sessionId);
      const course = await this.courses.requireCourse(session.courseId);
      if (course.kind !== 'programme') throw CatalogueException.sessionNotFound(sessionId);
      return this.updateLocked(session, course, dto, actorId);
    });
  }

  /** Cancels a programme's cohort session exactly as an editor's cancellation does; the caller has checked who may. */
  async cancelForProgramme(sessionId: string, actorId: string): Promise<SessionDto> {
    return this.db.transaction(async () => {
      const session = await this.requireSessionForUpdate(sessionId);
      const course = await this.courses.requireCourse(session.courseId);
      if (course.kind !== 'programme') throw CatalogueException.sessionNotFound(sessionId);
      if (session.status === 'cancelled')
        throw CatalogueException.sessionNotEditable('The session is already cancelled.');
      await this.cancelLocked(session, actorId);
      return this.editorView(session.id);
    });
  }

  private async updateLocked(
    session: CourseSession,
    course: Course,
    dto: UpdateSessionDto,
    actorId: string,
  ): Promise<SessionDto> {
    if (session.status === 'cancelled')
      throw CatalogueException.sessionNotEditable('A cancelled session cannot be changed.');
    if (session.endsAt <= new Date())
      throw CatalogueException.sessionNotEditable('A session that has ended cannot be changed.');
    const merged: CreateSessionDto = {
      startsAt: dto.startsAt ?? session.startsAt,
      endsAt: dto.endsAt ?? session.endsAt,
      venueName: pick(dto, 'venueName', session.venueName),
      address: pick(dto, 'address', session.address),
      city: pick(dto, 'city', session.city),
      region: pick(dto, 'region', session.region),
      onlineUrl: pick(dto, 'onlineUrl', session.onlineUrl),
      capacity: dto.capacity ?? session.capacity,
      // A moved start moves the default deadlines with it, unless they are given.
      enrolmentDeadline: dto.enrolmentDeadline ?? (dto.startsAt ? undefined : session.enrolmentDeadline),
      cancellationDeadline: dto.cancellationDeadline ?? (dto.startsAt ? undefined : session.cancellationDeadline),
      ...mergeGoNoGo(dto, session),
    };
    const values = resolveSession(course, merged, new Date(), dto.startsAt === undefined, session);
    const before = scheduleOf(session);
    const after = scheduleOf(values);
    const changed = scheduleChange(before, after);
    const scheduleVersion = changed ? session.scheduleVersion + 1 : session.scheduleVersion;
    await this.sessions.update(session.id, { ...values, scheduleVersion });
    await scheduleGoNoGo(this.jobs, session.id, values, session.goNoGoAt);
    if (changed) {
      // With the change: the participants hear of it if and only if it commits.
      const job: SessionChangedJob = { sessionId: session.id, scheduleVersion, before, after, changed };
      await this.jobs.enqueue(SESSION_CHANGED_JOB, job, { singletonKey: `${session.id}:${scheduleVersion}` });
    }
    if (values.capacity !== session.capacity) {
      await this.lifecycle.capacityChanged({ sessionId: session.id, capacity: values.capacity, actorId });
    }
    return this.editorView(session.id);
  }

  async cancel(sessionId: string, user: AuthUser): Promise<SessionDto> {
    return this.db.transaction(async () => {
      const session = await this.requireSessionForUpdate(sessionId);
      await this.courses.requireEditable(session.courseId, user);
      if (session.status === 'cancelled')
        throw CatalogueException.sessionNotEditable('The session is already cancelled.');
      await this.cancelLocked(session, user.id);
      return this.editorView(session.id);
    });
  }

  /**
   * Cancels a session only `visibleToOrganisationId` sees (in-company), exactly as a teacher's
   * cancellation does; the caller has checked who may. Already cancelled is left as it is.
   */
  async cancelPrivate(sessionId: string, visibleToOrganisationId: string, actorId: string): Promise<void> {
    await this.db.transaction(async () => {
      const session = await this.requireSessionForUpdate(sessionId);
      if (session.visibleToOrganisationId !== visibleToOrganisationId)
        throw CatalogueException.sessionNotFound(sessionId);
      if (session.status !== 'cancelled') await this.cancelLocked(session, actorId);
    });
  }

  /**
   * The one way a session gets cancelled: listeners (enrolments) cancel, notify and record its
   * participants. The caller holds the session's row lock; no actor: the go/no-go decision.
   */
  async cancelLocked(session: CourseSession, actorId: string | null): Promise<void> {
    if (session.endsAt <= new Date())
      throw CatalogueException.sessionNotEditable('A session that has ended cannot be cancelled.');
    await this.sessions.update(session.id, { status: 'cancelled' });
    await this.lifecycle.cancelled({ sessionId: session.id, actorId });
  }

  private async editorView(id: string): Promise<SessionDto> {
    const [session, seatsLeft] = await Promise.all([this.sessions.findById(id), this.sessions.seatsLeft([id])]);
    if (!session) throw CatalogueException.sessionNotFound(id);
    return toSessionDto(session, seatsLeft.get(id) ?? session.capacity, true);
  }

  private async requireSessionForUpdate(id: string): Promise<CourseSession> {
    const session = await this.sessions.findByIdForUpdate(id);
    if (!session) throw CatalogueException.sessionNotFound(id);
    return session;
  }
}

type SessionTextField = 'venueName' | 'address' | 'city' | 'region' | 'onlineUrl';

/** A text field as given (null clears it), or else the session's current value. */
function pick(dto: UpdateSessionDto, key: SessionTextField, current: string | null): string | null | undefined {
  return key in dto ? dto[key] : (current ?? undefined);
}

/**
 * Checks a session against the clock and its course's format, and fills in default
 * deadlines. All problems are reported at once, per field.
 */
export function resolveSession(
  course: Course,
  dto: CreateSessionDto,
  now: Date,
  startUnchanged = false,
  current?: CourseSession,
) {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, messages: [message] });
  if (!startUnchanged && dto.startsAt <= now) add('startsAt', 'startsAt must be in the future');
  if (dto.endsAt <= dto.startsAt) add('endsAt', 'endsAt must be after startsAt');
  else if (dto.endsAt.getTime() - dto.startsAt.getTime() > maxSpanDays(course) * 86_400_000)
    add('endsAt', `a session lasts at most ${String(maxSpanDays(course))} days`);
  // A programme's cohort has a place per part (the programme checks them); the session keeps the first's.
  const isPackage = course.kind === 'programme';
  const needsPlace = isPackage || course.format !== 'online';
  const needsLink = isPackage || course.format !== 'klassikaal';
  if (!isPackage && needsPlace && !dto.venueName)
    add('venueName', `venueName is required for a ${course.format} course`);
  if (!isPackage && needsPlace && !dto.city) add('city', `city is required for a ${course.format} course`);
  if (!isPackage && needsLink && !dto.onlineUrl)
    add('onlineUrl', `onlineUrl is required for a ${course.format} course`);
  const enrolmentDeadline = dto.enrolmentDeadline ?? dto.startsAt;
  const cancellationDeadline =
    dto.cancellationDeadline ?? subtractWorkingDays(dto.startsAt, DEFAULT_CANCELLATION_WORKING_DAYS);
  if (enrolmentDeadline > dto.startsAt) add('enrolmentDeadline', 'enrolmentDeadline must not be after startsAt');
  if (cancellationDeadline > dto.startsAt)
    add('cancellationDeadline', 'cancellationDeadline must not be after startsAt');
  const goNoGo = resolveGoNoGo(dto, dto.startsAt, dto.capacity, now, add, current);
  if (errors.length) throw CatalogueException.invalidSession(errors);
  return {
    startsAt: dto.startsAt,
    endsAt: dto.endsAt,
    venueName: needsPlace ? (dto.venueName ?? null) : null,
    address: needsPlace ? (dto.address ?? null) : null,
    city: needsPlace ? (dto.city ?? null) : null,
    region: needsPlace ? (dto.region ?? null) : null,
    onlineUrl: needsLink ? (dto.onlineUrl ?? null) : null,
    capacity: dto.capacity,
    enrolmentDeadline,
    cancellationDeadline,
    ...goNoGo,
  };
}

/** A session is a day or a few; a programme's cohort spans its parts, over months (Samen in Beleid: a year). */
function maxSpanDays(course: Course): number {
  return course.kind === 'programme' ? 400 : 14;
}
