import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { Enrolment, EnrolmentEvent } from './enrolment.entities.js';
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
  city: string | null;
  onlineUrl: string | null;
}

const SEAT_SESSION = `
  SELECT s.id, s.course_id AS "courseId", c.title AS "courseTitle", c.status::text AS "courseStatus",
         c.requires_manager_approval AS "requiresManagerApproval", s.status::text AS status, s.starts_at AS "startsAt",
         s.ends_at AS "endsAt", s.capacity, s.enrolment_deadline AS "enrolmentDeadline",
         s.cancellation_deadline AS "cancellationDeadline", s.venue_name AS "venueName", s.city, s.online_url AS "onlineUrl"
    FROM course_sessions s JOIN courses c ON c.id = s.course_id
   WHERE s.id = $1`;

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
    const rows: SeatSession[] = await this.db.manager.query(`${SEAT_SESSION}${lock ? ' FOR UPDATE OF s' : ''}`, [sessionId]);
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

  /** Seats held and people waiting, in one statement (run it after taking the session lock). */
  async seatCounts(sessionId: string, now: Date): Promise<{ held: number; waiting: number }> {
    const [row] = await this.db.manager.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed'
                 OR (status = 'pending_approval' AND approval_expires_at > $2)
                 OR (status = 'offered' AND offer_expires_at > $2))::int AS held,
              count(*) FILTER (WHERE status = 'waitlisted')::int AS waiting
         FROM enrolments WHERE session_id = $1`,
      [sessionId, now],
    );
    return row;
  }

  async waitlistHead(sessionId: string): Promise<Enrolment | null> {
    return this.repo
      .createQueryBuilder('e')
      .where(`e.session_id = :sessionId AND e.status = 'waitlisted'`, { sessionId })
      .orderBy('e.queue_number', 'ASC')
      .getOne();
  }

  async waitlistLength(sessionId: string): Promise<number> {
    return this.repo.countBy({ sessionId, status: 'waitlisted' });
  }

  async waitlistPosition(e: Pick<Enrolment, 'sessionId' | 'queueNumber'>): Promise<number> {
    const [row] = await this.db.manager.query(
      `SELECT count(*)::int AS n FROM enrolments WHERE session_id = $1 AND status = 'waitlisted' AND queue_number <= $2`,
      [e.sessionId, e.queueNumber],
    );
    return row.n;
  }

  findActive(sessionId: string, userId: string): Promise<Enrolment | null> {
    return this.repo
      .createQueryBuilder('e')
      .where(`e.session_id = :sessionId AND e.user_id = :userId AND e.status IN ('pending_approval','confirmed','offered','waitlisted')`, {
        sessionId,
        userId,
      })
      .getOne();
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

  /** Inserts an enrolment and its first history event in one statement. */
  async insertWithEvent(values: Pick<Enrolment, 'sessionId' | 'userId' | 'status' | 'managerId' | 'approvalExpiresAt'>): Promise<Enrolment> {
    const [row] = await this.db.manager.query(
      `WITH e AS (
         INSERT INTO enrolments (session_id, user_id, status, manager_id, approval_expires_at, queue_number)
         VALUES ($1, $2, $3::enrolment_status, $4, $5, CASE WHEN $3::enrolment_status = 'waitlisted' THEN nextval('enrolment_queue_seq') END)
         RETURNING *),
       ev AS (INSERT INTO enrolment_events (enrolment_id, from_status, to_status, actor_id) SELECT id, NULL, $3, $2 FROM e)
       SELECT id, session_id AS "sessionId", user_id AS "userId", status::text AS status, queue_number AS "queueNumber",
              offer_expires_at AS "offerExpiresAt", approval_expires_at AS "approvalExpiresAt", manager_id AS "managerId",
              cancel_reason AS "cancelReason", reason_note AS "reasonNote", created_at AS "createdAt", updated_at AS "updatedAt"
         FROM e`,
      [values.sessionId, values.userId, values.status, values.managerId, values.approvalExpiresAt],
    );
    return row as Enrolment;
  }

  async update(id: string, values: Partial<Enrolment>): Promise<void> {
    await this.repo.update({ id }, values);
  }

  async insertEvent(values: Pick<EnrolmentEvent, 'enrolmentId' | 'fromStatus' | 'toStatus' | 'actorId' | 'reason'>): Promise<void> {
    await this.db.manager.getRepository(EnrolmentEvent).insert(values);
  }

  history(enrolmentId: string): Promise<EnrolmentEvent[]> {
    return this.db.manager.getRepository(EnrolmentEvent).find({ where: { enrolmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async setSeatsTaken(sessionId: string, seats: number): Promise<void> {
    await this.db.manager.query(`UPDATE course_sessions SET seats_taken = $2 WHERE id = $1 AND seats_taken <> $2`, [sessionId, seats]);
  }

  async isTeacherOfCourse(courseId: string, userId: string): Promise<boolean> {
    const rows = await this.db.manager.query(
      `SELECT 1 FROM course_teachers ct JOIN teacher_profiles tp ON tp.id = ct.teacher_profile_id
        WHERE ct.course_id = $1 AND tp.user_id = $2`,
      [courseId, userId],
    );
    return rows.length > 0;
  }

  async findUser(id: string): Promise<{ id: string; name: string; email: string; disabled: boolean } | null> {
    const rows = await this.db.manager.query(`SELECT id, name, email, disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }
}
