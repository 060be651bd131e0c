import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { EnrolmentStatus } from './enrolment.entities.js';

/** An enrolment as the demo seed writes it, in any state a session's history can hold. */
export interface SeededEnrolment {
  sessionId: string;
  userId: string;
  status: Extract<EnrolmentStatus, 'confirmed' | 'waitlisted' | 'pending_approval' | 'attended' | 'no_show'>;
  managerId: string | null;
  approvalExpiresAt: Date | null;
  /** The first history event's reason. */
  reason: string;
}

@Injectable()
export class EnrolmentSeedingRepository {
  constructor(private readonly db: Db) {}

  /** The enrolment with its first history event (by the learner); a waitlisted one draws a queue number. */
  async insertWithEvent(e: SeededEnrolment): Promise<void> {
    await this.db.manager.query(
      `WITH e AS (
         INSERT INTO enrolments (session_id, user_id, status, manager_id, approval_expires_at, queue_number)
         VALUES ($1, $2, $3::enrolment_status, $4, $5, CASE WHEN $3::enrolment_status = 'waitlisted' THEN nextval('enrolment_queue_seq') END)
         RETURNING id)
       INSERT INTO enrolment_events (enrolment_id, from_status, to_status, actor_id, reason) SELECT id, NULL, $3, $2, $6 FROM e`,
      [e.sessionId, e.userId, e.status, e.managerId, e.approvalExpiresAt, e.reason],
    );
  }

  /** Sets the seat cache to the seats held at `now` (as the engine counts them), making its row when needed. */
  async recountSeats(sessionId: string, now: Date): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO session_seats (session_id, seats_taken)
       SELECT $1, count(*) FILTER (WHERE status = 'confirmed'
                    OR (status = 'pending_approval' AND approval_expires_at > $2)
                    OR (status = 'offered' AND offer_expires_at > $2))::int
         FROM enrolments WHERE session_id = $1
       ON CONFLICT (session_id) DO UPDATE SET seats_taken = EXCLUDED.seats_taken`,
      [sessionId, now],
    );
  }
}
