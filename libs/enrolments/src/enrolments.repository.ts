import { Injectable } from '@nestjs/common';
import type { SessionStatus } from '#libs/catalogue';
import { Db } from '#libs/database';
import { ACTIVE_STATUSES, Enrolment, EnrolmentEvent } from './enrolment.entities.js';
import type { CancelReason, EnrolmentStatus } from './enrolment.entities.js';

/** A session as seen by seat decisions, with the course facts they need. */
export interface SeatSession {
  id: string;
  courseId: string;
  courseTitle: string;
  courseStatus: string;
  courseOrganisationId: string;
  /** 'programme': the session is a cohort, booked as one package through the programme. */
  courseKind: 'course' | 'programme';
  requiresManagerApproval: boolean;
  status: SessionStatus;
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

/** A row of ENROLMENT_SQL.seatSession: the session_directory columns, the course's under course_. */
interface SeatSessionRow {
  id: string;
  course_id: string;
  course_title: string;
  course_status: string;
  course_organisation_id: string;
  course_kind: 'course' | 'programme';
  requires_manager_approval: boolean;
  status: SessionStatus;
  starts_at: Date;
  ends_at: Date;
  capacity: number;
  enrolment_deadline: Date;
  cancellation_deadline: Date;
  venue_name: string | null;
  address: string | null;
  city: string | null;
  online_url: string | null;
  visible_to_organisation_id: string | null;
  is_teacher: boolean;
}

/** A row of the enrolments table, as RETURNING * gives it. */
interface EnrolmentRow {
  id: string;
  session_id: string;
  user_id: string;
  status: EnrolmentStatus;
  queue_number: string | null;
  offer_expires_at: Date | null;
  approval_expires_at: Date | null;
  manager_id: string | null;
  cancel_reason: CancelReason | 'session_cancelled' | null;
  reason_note: string | null;
  created_at: Date;
  updated_at: Date;
}

/** A row of ENROLMENT_SQL.decideAndInsert: the counts, and the enrolment when one was made. */
type DecisionRow = { held: number; waiting: number; mine: boolean } & (
  EnrolmentRow | { [K in keyof EnrolmentRow]: null }
);

interface CountRow {
  n: number;
}

interface UserRow {
  id: string;
  name: string;
  email: string;
  disabled: boolean;
}

const SEAT_SESSION = `
  SELECT s.*, c.title AS course_title, c.status AS course_status, c.organisation_id AS course_organisation_id,
         c.kind AS course_kind, c.requires_manager_approval, EXISTS (
           SELECT 1 FROM course_teacher_directory ct JOIN teacher_directory tp ON tp.id = ct.teacher_profile_id
            WHERE ct.course_id = s.course_id AND tp.user_id = $2) AS is_teacher
    FROM session_directory s JOIN course_directory c ON c.id = s.course_id
   WHERE s.id = $1`;

/**
 * The statements of an enrolment decision, exported so the benchmark can drive exactly the same
 * SQL straight at PostgreSQL, in the engine's order: lockSeats (createSeats and lockSeats again on
 * a session's first decision), seatSession, decideAndInsert. $1 session, $2 user.
 */
export const ENROLMENT_SQL = {
  /** Takes the session's seat lock: enrolments' own row, so every seat decision for it is serialised. */
  lockSeats: `SELECT seats_taken FROM session_seats WHERE session_id = $1 FOR UPDATE`,
  /** The seat row of an existing session, made by its first decision (a concurrent first waits here). */
  createSeats: `INSERT INTO session_seats (session_id) SELECT id FROM session_directory WHERE id = $1
                ON CONFLICT (session_id) DO NOTHING`,
  /**
   * The session and course facts, read after the lock so they include what the decision before
   * committed (a capacity change or a cancellation); and whether $2 teaches the course.
   */
  seatSession: SEAT_SESSION,
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
       seats AS (UPDATE session_seats SET seats_taken = (SELECT held + 1 FROM d) WHERE session_id = $1 AND (SELECT free AND NOT mine FROM d))
       SELECT d.held, d.waiting, d.mine, e.* FROM d LEFT JOIN e ON true`,
};

function toSeatSession(r: SeatSessionRow): SeatSession & { isTeacher: boolean } {
  return {
    id: r.id,
    courseId: r.course_id,
    courseTitle: r.course_title,
    courseStatus: r.course_status,
    courseOrganisationId: r.course_organisation_id,
    courseKind: r.course_kind,
    requiresManagerApproval: r.requires_manager_approval,
    status: r.status,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    capacity: r.capacity,
    enrolmentDeadline: r.enrolment_deadline,
    cancellationDeadline: r.cancellation_deadline,
    venueName: r.venue_name,
    address: r.address,
    city: r.city,
    onlineUrl: r.online_url,
    visibleToOrganisationId: r.visible_to_organisation_id,
    isTeacher: r.is_teacher,
  };
}

function toEnrolment(r: EnrolmentRow): Enrolment {
  return {
    id: r.id,
    sessionId: r.session_id,
    userId: r.user_id,
    status: r.status,
    queueNumber: r.queue_number,
    offerExpiresAt: r.offer_expires_at,
    approvalExpiresAt: r.approval_expires_at,
    managerId: r.manager_id,
    cancelReason: r.cancel_reason,
    reasonNote: r.reason_note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

@Injectable()
export class EnrolmentsRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.manager.getRepository(Enrolment);
  }

  /**
   * Takes the session's seat lock (enrolments' own row in session_seats, made by the session's
   * first decision): every seat decision for a session is serialised here. False when there is
   * no such session. The wait is bounded by the connection's lock_timeout (then 409, never a hang).
   */
  async lockSeats(sessionId: string): Promise<boolean> {
    const lock = () => this.db.manager.query<unknown[]>(ENROLMENT_SQL.lockSeats, [sessionId]);
    if ((await lock()).length) return true;
    // Made here, or by a concurrent first decision that this insert waited for: either way it
    // is visible to the next statement, which then takes (or already holds) the lock.
    await this.db.manager.query(ENROLMENT_SQL.createSeats, [sessionId]);
    return (await lock()).length > 0;
  }

  /** The session's facts for a seat decision (read them after lockSeats), and whether the user teaches it. */
  async seatSession(
    sessionId: string,
    userId: string | null = null,
  ): Promise<(SeatSession & { isTeacher: boolean }) | null> {
    const row = (await this.db.manager.query<SeatSessionRow[]>(ENROLMENT_SQL.seatSession, [sessionId, userId])).at(0);
    return row ? toSeatSession(row) : null;
  }

  /** Seats held now: confirmed, pending approval and offers that have not expired. */
  async heldSeats(sessionId: string, now: Date): Promise<number> {
    const [row] = await this.db.manager.query<CountRow[]>(
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

  /** Places a person holds or waits for in sessions that have not ended. */
  async activeUpcomingIds(userId: string): Promise<string[]> {
    const rows = await this.db.manager.query<{ id: string }[]>(
      `SELECT e.id FROM enrolments e JOIN session_directory s ON s.id = e.session_id
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
    const rows = await this.db.manager.query<{ session_id: string }[]>(
      `SELECT DISTINCT session_id FROM enrolments
        WHERE (status = 'offered' AND offer_expires_at <= $1) OR (status = 'pending_approval' AND approval_expires_at <= $1)
        LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.session_id);
  }

  /**
   * The enrolment decision in one statement, run while holding the seat lock: count the
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
    const [row] = await this.db.manager.query<DecisionRow[]>(ENROLMENT_SQL.decideAndInsert, [
      sessionId,
      userId,
      capacity,
      managerId,
      approvalExpiresAt,
      now,
    ]);
    const { held, waiting, mine } = row;
    return { held, waiting, mine, enrolment: row.id === null ? null : toEnrolment(row) };
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

  /** The seat cache; its row exists once the session is locked (lockSeats). */
  async setSeatsTaken(sessionId: string, seats: number): Promise<void> {
    await this.db.manager.query(
      `UPDATE session_seats SET seats_taken = $2 WHERE session_id = $1 AND seats_taken <> $2`,
      [sessionId, seats],
    );
  }

  async findUser(id: string): Promise<UserRow | null> {
    const row = (
      await this.db.manager.query<UserRow[]>(
        `SELECT id, name, email, disabled_at IS NOT NULL AS disabled FROM user_directory WHERE id = $1`,
        [id],
      )
    ).at(0);
    return row ?? null;
  }
}
