import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { ACTIVE_STATUSES, Enrolment, EnrolmentEvent } from './enrolment.entities.js';
import type { EnrolmentStatus } from './enrolment.entities.js';

/** A session as seen by seat decisions, with the course facts they need. */
export interface SeatSession {
  id: string;
  courseId: string;
  courseTitle: string;
  courseStatus: string;
  requiresManagerApproval: boolean;
  status: 'scheduled' | 'cancelled';
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  enrolmentDeadline: Date;
  cancellationDeadline: Date;
  venueName: string | null;
  address: string | null;
  city: string | null;
  onlineUrl: string | null;
  visibleToOrganisationId: string | null;
}

const SEAT_SESSION = `
  SELECT s.id, s.course_id AS "courseId", c.title AS "courseTitle", c.status::text AS "courseStatus",
         c.requires_manager_approval AS "requiresManagerApproval", s.status::text AS status, s.starts_at AS "startsAt",
         s.ends_at AS "endsAt", s.capacity, s.enrolment_deadline AS "enrolmentDeadline",
         s.cancellation_deadline AS "cancellationDeadline", s.venue_name AS "venueName", s.address, s.city, s.online_url AS "onlineUrl",
         s.visible_to_organisation_id AS "visibleToOrganisationId"
    FROM course_sessions s JOIN courses c ON c.id = s.course_id
   WHERE s.id = $1`;

/**
 * The statements of an enrolment decision, exported so the benchmark can drive exactly the same
 * SQL straight at PostgreSQL. $1 session, $2 user.
 */
export const ENROLMENT_SQL = {
  /** Without a lock clause: the caller appends FOR UPDATE OF s. */
  lockForEnrolment: SEAT_SESSION.replace(
    'FROM course_sessions s',
    `, EXISTS (SELECT 1 FROM course_teachers ct JOIN teacher_profiles tp ON tp.id = ct.teacher_profile_id
                 WHERE ct.course_id = s.course_id AND tp.user_id = $2) AS "isTeacher"
    FROM course_sessions s`,
  ),
  /** $3 capacity, $4 manager (or null), $5 approval deadline, $6 now. */
  decideAndInsert: `WITH c AS (
         SELECT count(*) FILTER (WHERE status = 'confirmed'
                    OR (status = 'pending_approval' AND approval_expires_at > $6)
                    OR (status = 'offered' AND offer_expires_at > $6))::int AS held,
                count(*) FILTER (WHERE status = 'waitlisted')::int AS waiting,
                COALESCE(bool_or(user_id = $2 AND status IN ('pending_approval', 'confirmed', 'offered', 'waitlisted')), false) AS mine
           FROM enrolments WHERE session_id = $1),
       d AS (
         SELECT c.*, (c.held < $3 AND c.waiting = 0) AS free,
                (CASE WHEN c.held < $3 AND c.waiting = 0 THEN CASE WHEN $4::uuid IS NULL THEN 'confirmed' ELSE 'pending_approval' END
                      ELSE 'waitlisted' END)::enrolment_status AS status
           FROM c),
       e AS (
         INSERT INTO enrolments (session_id, user_id, status, manager_id, approval_expires_at, queue_number)
         SELECT $1, $2, d.status, $4, CASE WHEN d.status = 'pending_approval' THEN $5::timestamptz END,
                CASE WHEN d.status = 'waitlisted' THEN nextval('enrolment_queue_seq') END
           FROM d WHERE NOT d.mine
         RETURNING *),
       ev AS (INSERT INTO enrolment_events (enrolment_id, from_status, to_status, actor_id) SELECT id, NULL, status::text, $2 FROM e),
       seats AS (UPDATE course_sessions SET seats_taken = (SELECT held + 1 FROM d) WHERE id = $1 AND (SELECT free AND NOT mine FROM d))
       SELECT d.held, d.waiting, d.mine, e.id, e.status::text AS status, e.queue_number AS "queueNumber", e.manager_id AS "managerId",
              e.approval_expires_at AS "approvalExpiresAt", e.created_at AS "createdAt", e.updated_at AS "updatedAt"
         FROM d LEFT JOIN e ON true`,
};

@Injectable()
export class EnrolmentsRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.manager.getRepository(Enrolment);
  }

  /**
   * Takes the session's row lock: every seat decision for a session is serialised here.
   * The wait is bounded by the connection's lock_timeout (then 503, never a hang).
   */
  async lockSession(sessionId: string, lock = true): Promise<SeatSession | null> {
    const rows: SeatSession[] = await this.db.manager.query(`${SEAT_SESSION}${lock ? ' FOR UPDATE OF s' : ''}`, [
      sessionId,
    ]);
    return rows[0] ?? null;
  }

  /**
   * Locks the session for an enrolment decision and says, in the same statement, whether the
   * user teaches its course.
   */
  async lockForEnrolment(
    sessionId: string,
    userId: string,
    lock = true,
  ): Promise<(SeatSession & { isTeacher: boolean }) | null> {
    const rows = await this.db.manager.query(
      lock ? `${ENROLMENT_SQL.lockForEnrolment} FOR UPDATE OF s` : ENROLMENT_SQL.lockForEnrolment,
      [sessionId, userId],
    );
    return rows[0] ?? null;
  }

  /** Seats held now: confirmed, pending approval and offers that have not expired. */
  async heldSeats(sessionId: string, now: Date): Promise<number> {
    const [row] = await this.db.manager.query(
      `SELECT count(*)::int AS n FROM enrolments
        WHERE session_id = $1 AND (status = 'confirmed'
           OR (status = 'pending_approval' AND approval_expires_at > $2)
           OR (status = 'offered' AND offer_expires_at > $2))`,
      [sessionId, now],
    );
    return row.n;
  }

  async waitlistHead(sessionId: string): Promise<Enrolment | null> {
    return this.repo
      .createQueryBuilder('e')
      .where(`e.session_id = :sessionId AND e.status = 'waitlisted'`, { sessionId })
      .orderBy('e.queue_number', 'ASC')
      .getOne();
  }

  async waitlistPosition(e: Pick<Enrolment, 'sessionId' | 'queueNumber'>): Promise<number> {
    const [row] = await this.db.manager.query(
      `SELECT count(*)::int AS n FROM enrolments WHERE session_id = $1 AND status = 'waitlisted' AND queue_number <= $2`,
      [e.sessionId, e.queueNumber],
    );
    return row.n;
  }

  /** Places a person holds or waits for in sessions that have not ended. */
  async activeUpcomingIds(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT e.id FROM enrolments e JOIN course_sessions s ON s.id = e.session_id
        WHERE e.user_id = $1 AND e.status = ANY($2::enrolment_status[]) AND s.ends_at > now() ORDER BY e.created_at`,
      [userId, ACTIVE_STATUSES],
    );
    return rows.map((r) => r.id);
  }

  findById(id: string): Promise<Enrolment | null> {
    return this.repo.findOneBy({ id });
  }

  findBySession(sessionId: string, statuses: EnrolmentStatus[]): Promise<Enrolment[]> {
    return this.repo
      .createQueryBuilder('e')
      .where('e.session_id = :sessionId AND e.status::text = ANY(:statuses)', { sessionId, statuses })
      .orderBy('e.queue_number', 'ASC', 'NULLS FIRST')
      .addOrderBy('e.created_at', 'ASC')
      .getMany();
  }

  /** Holds whose time ran out, for one session. */
  findDueHolds(sessionId: string, now: Date): Promise<Enrolment[]> {
    return this.repo
      .createQueryBuilder('e')
      .where(
        `e.session_id = :sessionId AND ((e.status = 'offered' AND e.offer_expires_at <= :now) OR (e.status = 'pending_approval' AND e.approval_expires_at <= :now))`,
        { sessionId, now },
      )
      .getMany();
  }

  /** Sessions that have holds to expire (the sweep's work list). */
  async sessionsWithDueHolds(now: Date, limit: number): Promise<string[]> {
    const rows: { sessionId: string }[] = await this.db.manager.query(
      `SELECT DISTINCT session_id AS "sessionId" FROM enrolments
        WHERE (status = 'offered' AND offer_expires_at <= $1) OR (status = 'pending_approval' AND approval_expires_at <= $1)
        LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.sessionId);
  }

  /**
   * The enrolment decision in one statement, run while holding the session lock: count the
   * seats held and the people waiting, then (unless the person already has an active
   * enrolment) insert as confirmed — or pending approval when a manager is named — if a seat is
   * free and nobody waits, otherwise as waitlisted; record the history event and the seat cache.
   */
  async decideAndInsert(
    sessionId: string,
    userId: string,
    capacity: number,
    managerId: string | null,
    approvalExpiresAt: Date | null,
    now: Date,
  ): Promise<{ held: number; waiting: number; mine: boolean; enrolment: Enrolment | null }> {
    const [row] = await this.db.manager.query(ENROLMENT_SQL.decideAndInsert, [
      sessionId,
      userId,
      capacity,
      managerId,
      approvalExpiresAt,
      now,
    ]);
    const enrolment = row.id
      ? ({
          id: row.id,
          sessionId,
          userId,
          status: row.status,
          queueNumber: row.queueNumber,
          offerExpiresAt: null,
          approvalExpiresAt: row.approvalExpiresAt,
          managerId: row.managerId,
          cancelReason: null,
          reasonNote: null,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        } as Enrolment)
      : null;
    return { held: row.held, waiting: row.waiting, mine: row.mine, enrolment };
  }

  async update(id: string, values: Partial<Enrolment>): Promise<void> {
    await this.repo.update({ id }, values);
  }

  async insertEvent(
    values: Pick<EnrolmentEvent, 'enrolmentId' | 'fromStatus' | 'toStatus' | 'actorId' | 'reason'>,
  ): Promise<void> {
    await this.db.manager.getRepository(EnrolmentEvent).insert(values);
  }

  history(enrolmentId: string): Promise<EnrolmentEvent[]> {
    return this.db.manager
      .getRepository(EnrolmentEvent)
      .find({ where: { enrolmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async setSeatsTaken(sessionId: string, seats: number): Promise<void> {
    await this.db.manager.query(`UPDATE course_sessions SET seats_taken = $2 WHERE id = $1 AND seats_taken <> $2`, [
      sessionId,
      seats,
    ]);
  }

  async findUser(id: string): Promise<{ id: string; name: string; email: string; disabled: boolean } | null> {
    const rows = await this.db.manager.query(
      `SELECT id, name, email, disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
}
