import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { EnrolmentStatus } from './enrolment.entities.js';

export interface EnrolmentView {
  id: string;
  status: EnrolmentStatus;
  userId: string;
  userName: string;
  userEmail: string;
  organisationName: string;
  managerId: string | null;
  position: number | null;
  offerExpiresAt: Date | null;
  approvalExpiresAt: Date | null;
  cancelReason: string | null;
  reasonNote: string | null;
  createdAt: Date;
  updatedAt: Date;
  sessionId: string;
  sessionStatus: 'scheduled' | 'cancelled';
  startsAt: Date;
  endsAt: Date;
  venueName: string | null;
  address: string | null;
  city: string | null;
  onlineUrl: string | null;
  cancellationDeadline: Date;
  courseId: string;
  courseTitle: string;
  courseOrganisationId: string;
  eventCount: number;
}

const VIEW = `
  SELECT e.id, e.status::text AS status, e.user_id AS "userId", u.name AS "userName", u.email AS "userEmail",
         o.name AS "organisationName", e.manager_id AS "managerId",
         CASE WHEN e.status = 'waitlisted' THEN (
           SELECT count(*)::int FROM enrolments w
            WHERE w.session_id = e.session_id AND w.status = 'waitlisted' AND w.queue_number <= e.queue_number) END AS position,
         e.offer_expires_at AS "offerExpiresAt", e.approval_expires_at AS "approvalExpiresAt",
         e.cancel_reason AS "cancelReason", e.reason_note AS "reasonNote", e.created_at AS "createdAt", e.updated_at AS "updatedAt",
         s.id AS "sessionId", s.status::text AS "sessionStatus", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
         s.venue_name AS "venueName", s.address, s.city, s.online_url AS "onlineUrl",
         s.cancellation_deadline AS "cancellationDeadline",
         c.id AS "courseId", c.title AS "courseTitle", c.organisation_id AS "courseOrganisationId",
         (SELECT count(*)::int FROM enrolment_events ev WHERE ev.enrolment_id = e.id) AS "eventCount"
    FROM enrolments e
    JOIN users u ON u.id = e.user_id
    JOIN organisations o ON o.id = u.organisation_id
    JOIN course_sessions s ON s.id = e.session_id
    JOIN courses c ON c.id = s.course_id`;

/** Read models of enrolments; each query is scoped to the person or session asked about. */
@Injectable()
export class EnrolmentQueriesRepository {
  constructor(private readonly db: Db) {}

  byId(id: string): Promise<EnrolmentView | null> {
    return this.db.manager.query(`${VIEW} WHERE e.id = $1`, [id]).then((r: EnrolmentView[]) => r[0] ?? null);
  }

  forUser(userId: string): Promise<EnrolmentView[]> {
    return this.db.manager.query(`${VIEW} WHERE e.user_id = $1 ORDER BY s.starts_at ASC, e.created_at ASC`, [userId]);
  }

  pendingApprovalsFor(managerId: string): Promise<EnrolmentView[]> {
    return this.db.manager.query(
      `${VIEW} WHERE e.manager_id = $1 AND e.status = 'pending_approval' AND e.approval_expires_at > now()
        ORDER BY e.approval_expires_at ASC`,
      [managerId],
    );
  }

  forSession(sessionId: string): Promise<EnrolmentView[]> {
    return this.db.manager.query(
      `${VIEW} WHERE e.session_id = $1
        ORDER BY CASE e.status WHEN 'waitlisted' THEN 1 ELSE 0 END, e.queue_number ASC NULLS FIRST, u.name ASC`,
      [sessionId],
    );
  }

  /** The calendar: confirmed or attended, plus cancellations of the last 60 days so clients remove them. */
  forCalendar(userId: string): Promise<EnrolmentView[]> {
    return this.db.manager.query(
      `${VIEW} WHERE e.user_id = $1 AND s.ends_at > now() - interval '60 days'
          AND (e.status IN ('confirmed', 'attended', 'no_show')
               OR (e.status = 'cancelled' AND EXISTS (
                     SELECT 1 FROM enrolment_events ev WHERE ev.enrolment_id = e.id AND ev.from_status = 'confirmed')))
        ORDER BY s.starts_at`,
      [userId],
    );
  }

  async sessionCourse(sessionId: string): Promise<{ courseId: string } | null> {
    const rows = await this.db.manager.query(`SELECT course_id AS "courseId" FROM course_sessions WHERE id = $1`, [
      sessionId,
    ]);
    return rows[0] ?? null;
  }
}
