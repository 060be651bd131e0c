import { Injectable, Logger } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { CatalogueException, SessionLifecycle } from '#libs/catalogue';
import { addWorkingDays, AppConfig } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import { JobQueue } from '#libs/jobs';
import { NotificationsService } from '#libs/notifications';
import type { Message } from '#libs/notifications';
import { AttendanceHooks } from './attendance-hooks.js';
import { canTransition } from './enrolment-state.js';
import { messages } from './enrolment-messages.js';
import { ACTIVE_STATUSES } from './enrolment.entities.js';
import type { CancelReason, Enrolment, EnrolmentStatus } from './enrolment.entities.js';
import { EnrolmentException } from './enrolments.exception.js';
import { EnrolmentsRepository } from './enrolments.repository.js';
import type { SeatSession } from './enrolments.repository.js';

export const EXPIRE_HOLDS_JOB = 'enrolment.expire-holds';
export const SWEEP_HOLDS_JOB = 'enrolment.sweep-holds';

const HOUR = 3600_000;
/** Within this time before the start, a freed seat is given directly instead of offered. */
const DIRECT_PROMOTION_WINDOW = 24 * HOUR;
/** A pending approval holds its seat for this many working days. */
const APPROVAL_HOLD_WORKING_DAYS = 5;

export interface EnrolResult {
  enrolment: Enrolment;
  position: number | null;
  session: SeatSession;
}

/**
 * Every seat decision. Each runs in one transaction that first takes the session's seat lock
 * (its row in session_seats, enrolments' own), then reads the session and recounts the seats it
 * may give: free = capacity − confirmed − pending approvals − live offers.
 * Nobody jumps the queue: while anyone waits, a freed seat goes to the head of the waitlist.
 */
@Injectable()
export class EnrolmentEngine implements OnModuleInit {
  private readonly logger = new Logger('Enrolments');

  constructor(
    private readonly db: Db,
    private readonly repo: EnrolmentsRepository,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
    private readonly lifecycle: SessionLifecycle,
    private readonly config: AppConfig,
    private readonly attendance: AttendanceHooks,
  ) {}

  onModuleInit(): void {
    this.lifecycle.register({
      capacityChanged: (e) => this.onCapacityChanged(e.sessionId, e.capacity),
      cancelled: (e) => this.onSessionCancelled(e.sessionId, e.actorId),
    });
    this.jobs.define<{ sessionId: string }>({
      name: EXPIRE_HOLDS_JOB,
      handler: async (d) => {
        await this.expireHolds(d.sessionId);
      },
    });
    this.jobs.define<object>({
      name: SWEEP_HOLDS_JOB,
      cron: '* * * * *',
      handler: () => this.sweepHolds().then(() => undefined),
    });
  }

  /**
   * One statement takes the seat lock, one reads the session (and whether the user teaches it),
   * one decides and writes the enrolment with its history and the seat cache, then the
   * notification: the lock is held for few round trips, so one busy session stays fast.
   */
  enrol(user: AuthUser, sessionId: string, managerId?: string, opts: { package?: boolean } = {}): Promise<EnrolResult> {
    return this.db.transaction(async () => {
      const s = (await this.lockSeats(sessionId)) ? await this.repo.seatSession(sessionId, user.id) : null;
      const now = new Date();
      if (!s || s.courseStatus !== 'published') throw EnrolmentException.sessionNotFound(sessionId);
      // A programme's cohort is booked only as a package, where the programme checks audience and overlaps.
      if (s.courseKind === 'programme' && !opts.package) throw EnrolmentException.bookAsPackage(sessionId);
      if (s.courseKind !== 'programme' && opts.package) throw EnrolmentException.sessionNotFound(sessionId);
      // In-company sessions exist only for their own organisation.
      if (s.visibleToOrganisationId && s.visibleToOrganisationId !== user.organisationId)
        throw EnrolmentException.sessionNotFound(sessionId);
      if (s.status === 'cancelled') throw EnrolmentException.sessionCancelled();
      if (now >= s.enrolmentDeadline || now >= s.startsAt) throw EnrolmentException.closed();
      if (s.isTeacher) throw EnrolmentException.teacherCannotEnrol();
      let manager: { id: string; name: string } | null = null;
      if (s.requiresManagerApproval) {
        if (!managerId) throw EnrolmentException.managerRequired();
        if (managerId === user.id)
          throw EnrolmentException.managerRequired('You cannot approve your own enrolment: name your manager.');
        const found = await this.repo.findUser(managerId);
        if (!found || found.disabled) throw EnrolmentException.managerRequired('This manager does not exist.');
        manager = found;
      }
      const approvalExpiresAt = manager ? this.approvalDeadline(s, now) : null;
      const decision = await this.repo.decideAndInsert(
        sessionId,
        user.id,
        s.capacity,
        manager?.id ?? null,
        approvalExpiresAt,
        now,
      );
      // The unique index on active enrolments backs this check.
      if (decision.mine || !decision.enrolment) throw EnrolmentException.alreadyEnrolled();
      const e = decision.enrolment;
      const position = e.status === 'waitlisted' ? decision.waiting + 1 : null;
      if (e.status === 'confirmed') await this.notify(user.id, messages.confirmed(s));
      if (e.status === 'pending_approval' && manager && approvalExpiresAt)
        await this.requestApproval(s, user.id, manager.id, approvalExpiresAt, user.name, manager.name);
      if (position !== null) await this.notify(user.id, messages.waitlisted(s, position));
      return { enrolment: e, position, session: s };
    });
  }

  /** The learner's own cancellation; a confirmed or pending seat only before the deadline. */
  cancel(user: AuthUser, enrolmentId: string, reason: CancelReason, note?: string): Promise<Enrolment> {
    return this.decide(enrolmentId, async (e, s, now) => {
      if (e.userId !== user.id) throw EnrolmentException.notFound(enrolmentId);
      if ((e.status === 'confirmed' || e.status === 'pending_approval') && now >= s.cancellationDeadline) {
        throw EnrolmentException.deadlinePassed();
      }
      await this.move(e, 'cancelled', user.id, reasonText(reason, note), {
        cancelReason: reason,
        reasonNote: note ?? null,
      });
      await this.notify(e.userId, messages.cancelled(s));
      await this.promote(s, now);
    });
  }

  /** A teacher (or L&D/admin) cancels for a learner, also after the deadline. */
  cancelFor(actorId: string, enrolmentId: string, reason: CancelReason, note?: string): Promise<Enrolment> {
    return this.decide(enrolmentId, async (e, s, now) => {
      await this.move(e, 'cancelled', actorId, reasonText(reason, note), {
        cancelReason: reason,
        reasonNote: note ?? null,
      });
      await this.notify(e.userId, messages.cancelledByTeacher(s));
      await this.promote(s, now);
    });
  }

  accept(user: AuthUser, enrolmentId: string): Promise<Enrolment> {
    return this.decide(enrolmentId, async (e, s, now) => {
      if (e.userId !== user.id) throw EnrolmentException.notFound(enrolmentId);
      if (e.status !== 'offered') throw EnrolmentException.illegal(e.status, 'confirmed');
      if (!e.offerExpiresAt || e.offerExpiresAt <= now) throw EnrolmentException.offerExpired();
      if (s.requiresManagerApproval && e.managerId) {
        const approvalExpiresAt = this.approvalDeadline(s, now);
        await this.move(e, 'pending_approval', user.id, 'offer_accepted', { offerExpiresAt: null, approvalExpiresAt });
        const manager = await this.repo.findUser(e.managerId);
        const managerName = manager?.name ?? 'Je leidinggevende';
        await this.requestApproval(s, e.userId, e.managerId, approvalExpiresAt, user.name, managerName);
      } else {
        await this.move(e, 'confirmed', user.id, 'offer_accepted', { offerExpiresAt: null });
        await this.notify(e.userId, messages.confirmed(s));
      }
      // Every seat decision also passes on seats whose holds lapsed, so the next in line need not wait for the expiry job.
      await this.promote(s, now);
    });
  }

  decline(user: AuthUser, enrolmentId: string): Promise<Enrolment> {
    return this.decide(enrolmentId, async (e, s, now) => {
      if (e.userId !== user.id) throw EnrolmentException.notFound(enrolmentId);
      await this.move(e, 'declined', user.id, 'offer_declined', { offerExpiresAt: null });
      await this.notify(e.userId, messages.declined(s));
      await this.promote(s, now);
    });
  }

  approve(user: AuthUser, enrolmentId: string): Promise<Enrolment> {
    return this.decide(enrolmentId, async (e, s, now) => {
      if (e.managerId !== user.id)
        throw EnrolmentException.notAllowed('Only the named manager can approve this enrolment.');
      if (e.status !== 'pending_approval') throw EnrolmentException.illegal(e.status, 'confirmed');
      if (!e.approvalExpiresAt || e.approvalExpiresAt <= now) throw EnrolmentException.approvalExpired();
      await this.move(e, 'confirmed', user.id, 'approved', { approvalExpiresAt: null });
      await this.notify(e.userId, messages.approved(s));
      await this.promote(s, now);
    });
  }

  reject(user: AuthUser, enrolmentId: string, reason: string): Promise<Enrolment> {
    return this.decide(enrolmentId, async (e, s, now) => {
      if (e.managerId !== user.id)
        throw EnrolmentException.notAllowed('Only the named manager can reject this enrolment.');
      if (e.status !== 'pending_approval') throw EnrolmentException.illegal(e.status, 'rejected');
      await this.move(e, 'rejected', user.id, reason, { approvalExpiresAt: null, reasonNote: reason });
      await this.notify(e.userId, messages.rejected(s, reason));
      await this.promote(s, now);
    });
  }

  /**
   * The person erased their account: every place they hold or wait for in a session still to
   * come is given back (the next in line moves up); no message goes to the erased account.
   */
  async withdrawAll(userId: string): Promise<number> {
    const ids = await this.repo.activeUpcomingIds(userId);
    for (const id of ids) {
      await this.decide(id, async (e, s, now) => {
        if (!ACTIVE_STATUSES.includes(e.status)) return;
        await this.move(e, 'cancelled', userId, 'account_erased', {
          cancelReason: 'anders',
          reasonNote: 'account verwijderd',
          offerExpiresAt: null,
          approvalExpiresAt: null,
        });
        await this.promote(s, now);
      });
    }
    return ids.length;
  }

  /** L&D corrected who approves: the pending request moves to the new manager, with its deadline. */
  reassignApprover(
    actorId: string,
    enrolmentId: string,
    managerId: string,
    managerName: string,
    learnerName: string,
  ): Promise<Enrolment> {
    return this.decide(enrolmentId, async (e, s) => {
      const expiresAt = e.approvalExpiresAt;
      if (e.status !== 'pending_approval' || !expiresAt) throw EnrolmentException.illegal(e.status, 'pending_approval');
      if (e.managerId === managerId) return;
      await this.repo.update(e.id, { managerId });
      await this.repo.insertEvent({
        enrolmentId: e.id,
        fromStatus: e.status,
        toStatus: e.status,
        actorId,
        reason: 'manager_changed',
      });
      e.managerId = managerId;
      await this.notify(e.userId, messages.pendingApproval(s, managerName, expiresAt));
      await this.notify(managerId, messages.approvalRequested(s, learnerName, expiresAt));
    });
  }

  /** From 15 minutes before the start until 14 days after the end. */
  markAttendance(actorId: string, enrolmentId: string, status: 'attended' | 'no_show'): Promise<Enrolment> {
    return this.decide(enrolmentId, async (e, s, now) => {
      const opens = s.startsAt.getTime() - 15 * 60_000;
      const closes = s.endsAt.getTime() + 14 * 24 * HOUR;
      if (now.getTime() < opens || now.getTime() > closes) throw EnrolmentException.attendanceWindowClosed();
      if (e.status === status) return;
      await this.move(e, status, actorId, null);
      await this.attendance.marked({
        enrolmentId: e.id,
        userId: e.userId,
        sessionId: s.id,
        courseId: s.courseId,
        status,
      });
    });
  }

  /** Expires the offers and approvals of one session whose time ran out, and passes the seats on. */
  expireHolds(sessionId: string, now = new Date()): Promise<number> {
    return this.db.transaction(async () => {
      const s = (await this.lockSeats(sessionId)) ? await this.repo.seatSession(sessionId) : null;
      if (!s) return 0;
      const due = await this.repo.findDueHolds(sessionId, now);
      for (const e of due) {
        const wasOffer = e.status === 'offered';
        await this.move(e, 'expired', null, wasOffer ? 'offer_expired' : 'approval_expired', {
          offerExpiresAt: null,
          approvalExpiresAt: null,
        });
        await this.notify(e.userId, wasOffer ? messages.offerExpired(s) : messages.approvalExpired(s));
      }
      await this.promote(s, now);
      return due.length;
    });
  }

  /** Safety net for the per-hold jobs: every minute, all sessions with holds past their time. */
  async sweepHolds(now = new Date()): Promise<number> {
    let expired = 0;
    for (const sessionId of await this.repo.sessionsWithDueHolds(now, 200)) {
      try {
        expired += await this.expireHolds(sessionId, now);
      } catch (e) {
        this.logger.warn(`Expiring holds of session ${sessionId} failed: ${(e as Error).message}`);
      }
    }
    return expired;
  }

  /** Called in the catalogue's capacity change, after it wrote the new capacity. */
  private async onCapacityChanged(sessionId: string, capacity: number): Promise<void> {
    const now = new Date();
    const s = await this.lockSession(sessionId);
    const held = await this.repo.heldSeats(sessionId, now);
    if (capacity < held) throw CatalogueException.capacityBelowTaken(held);
    await this.promote({ ...s, capacity }, now);
  }

  private async onSessionCancelled(sessionId: string, actorId: string | null): Promise<void> {
    const now = new Date();
    const s = await this.lockSession(sessionId);
    for (const e of await this.repo.findBySession(sessionId, [
      'pending_approval',
      'confirmed',
      'offered',
      'waitlisted',
    ])) {
      await this.move(e, 'cancelled', actorId, 'session_cancelled', {
        cancelReason: 'session_cancelled',
        offerExpiresAt: null,
        approvalExpiresAt: null,
      });
      await this.notify(e.userId, messages.sessionCancelled(s));
    }
    await this.syncSeats(s, now);
  }

  /** Gives free seats to the waitlist head, one by one, while there are both. */
  private async promote(s: SeatSession, now: Date): Promise<void> {
    let free = s.capacity - (await this.repo.heldSeats(s.id, now));
    while (free > 0 && s.status === 'scheduled' && now < s.startsAt) {
      const head = await this.repo.waitlistHead(s.id);
      if (!head) break;
      const direct = s.startsAt.getTime() - now.getTime() <= DIRECT_PROMOTION_WINDOW;
      const managerId = head.managerId;
      if (direct && s.requiresManagerApproval && managerId) {
        const approvalExpiresAt = this.approvalDeadline(s, now);
        await this.move(head, 'pending_approval', null, 'waitlist_promotion', { approvalExpiresAt });
        const [learner, manager] = await Promise.all([this.repo.findUser(head.userId), this.repo.findUser(managerId)]);
        const [learnerName, managerName] = [learner?.name ?? '', manager?.name ?? 'Je leidinggevende'];
        await this.requestApproval(s, head.userId, managerId, approvalExpiresAt, learnerName, managerName);
      } else if (direct) {
        await this.move(head, 'confirmed', null, 'waitlist_promotion');
        await this.notify(head.userId, messages.promotedConfirmed(s));
      } else {
        const holdEnd = Math.min(
          now.getTime() + this.config.OFFER_HOLD_HOURS * HOUR,
          s.startsAt.getTime() - DIRECT_PROMOTION_WINDOW,
        );
        const offerExpiresAt = new Date(holdEnd);
        await this.move(head, 'offered', null, 'waitlist_promotion', { offerExpiresAt });
        await this.notify(head.userId, messages.offered(s, offerExpiresAt));
        await this.jobs.enqueue(EXPIRE_HOLDS_JOB, { sessionId: s.id }, { startAfter: offerExpiresAt });
      }
      free--;
    }
    await this.syncSeats(s, now);
  }

  private async requestApproval(
    s: SeatSession,
    learnerId: string,
    managerId: string,
    expiresAt: Date,
    learnerName: string,
    managerName: string,
  ): Promise<void> {
    await this.notify(learnerId, messages.pendingApproval(s, managerName, expiresAt));
    await this.notify(managerId, messages.approvalRequested(s, learnerName, expiresAt));
    await this.jobs.enqueue(EXPIRE_HOLDS_JOB, { sessionId: s.id }, { startAfter: expiresAt });
  }

  /** Reads the enrolment, locks its session, re-reads it under the lock, then applies `fn`. */
  private decide(
    enrolmentId: string,
    fn: (e: Enrolment, s: SeatSession, now: Date) => Promise<void>,
  ): Promise<Enrolment> {
    return this.db.transaction(async () => {
      const first = await this.repo.findById(enrolmentId);
      if (!first) throw EnrolmentException.notFound(enrolmentId);
      const s = await this.lockSession(first.sessionId);
      const e = await this.repo.findById(enrolmentId);
      if (!e) throw EnrolmentException.notFound(enrolmentId);
      const now = new Date();
      await fn(e, s, now);
      await this.syncSeats(s, now);
      return e;
    });
  }

  private async move(
    e: Enrolment,
    to: EnrolmentStatus,
    actorId: string | null,
    reason: string | null,
    extra: Partial<Enrolment> = {},
  ): Promise<void> {
    if (!canTransition(e.status, to)) throw EnrolmentException.illegal(e.status, to);
    await this.repo.update(e.id, { status: to, ...extra });
    await this.repo.insertEvent({ enrolmentId: e.id, fromStatus: e.status, toStatus: to, actorId, reason });
    Object.assign(e, { status: to, ...extra });
  }

  /** Takes the seat lock, then reads the session: a read after the lock sees the decision before. */
  private async lockSession(sessionId: string): Promise<SeatSession> {
    const s = (await this.lockSeats(sessionId)) ? await this.repo.seatSession(sessionId) : null;
    if (!s) throw EnrolmentException.sessionNotFound(sessionId);
    return s;
  }

  /** The seat lock; only the concurrency test's control run turns it off. */
  private lockSeats(sessionId: string): Promise<boolean> {
    const off = this.config.NODE_ENV === 'test' && this.config.TEST_DISABLE_ENROLMENT_LOCK;
    return off ? Promise.resolve(true) : this.repo.lockSeats(sessionId);
  }

  private approvalDeadline(s: SeatSession, now: Date): Date {
    return new Date(Math.min(addWorkingDays(now, APPROVAL_HOLD_WORKING_DAYS).getTime(), s.startsAt.getTime()));
  }

  private async syncSeats(s: SeatSession, now: Date): Promise<void> {
    await this.repo.setSeatsTaken(s.id, await this.repo.heldSeats(s.id, now));
  }

  private notify(userId: string, message: Message): Promise<void> {
    return this.notifications.notify(userId, message);
  }
}

function reasonText(reason: CancelReason, note?: string): string {
  return note ? `${reason}: ${note}` : reason;
}
