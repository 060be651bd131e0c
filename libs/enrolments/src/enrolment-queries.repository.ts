import { Injectable } from '@nestjs/common';
import type { SessionStatus } from '#libs/catalogue';
import { Db } from '#libs/database';
import type { EnrolmentStatus } from './enrolment.entities.js';

/** An enrolment with its learner, session and course: what the answers and calendars show. */
export interface EnrolmentView {
  id: string;
  status: EnrolmentStatus;
  userId: string;
  userName: string;
  userEmail: string;
  /** Null for a learner not (yet) in an organisation. */
  organisationName: string | null;
  managerId: string | null;
  position: number | null;
  offerExpiresAt: Date | null;
  approvalExpiresAt: Date | null;
  cancelReason: string | null;
  reasonNote: string | null;
  createdAt: Date;
  updatedAt: Date;
  sessionId: string;
  sessionStatus: SessionStatus;
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
  /** Grows with each change of the session's date/time, place or link. */
  scheduleVersion: number;
  /** When the session was last changed: with the enrolment's updatedAt, when its calendar event last changed. */
  sessionUpdatedAt: Date;
}

/** A row of VIEW, as PostgreSQL names it: the enrolment's own columns, the others' prefixed. */
interface EnrolmentViewRow {
  id: string;
  status: EnrolmentStatus;
  user_id: string;
  manager_id: string | null;
  offer_expires_at: Date | null;
  approval_expires_at: Date | null;
  cancel_reason: string | null;
  reason_note: string | null;
  created_at: Date;
  updated_at: Date;
  session_id: string;
  user_name: string;
  user_email: string;
  organisation_name: string | null;
  position: number | null;
  session_status: SessionStatus;
  starts_at: Date;
  ends_at: Date;
  venue_name: string | null;
  address: string | null;
  city: string | null;
  online_url: string | null;
  cancellation_deadline: Date;
  course_id: string;
  course_title: string;
  course_organisation_id: string;
  event_count: number;
  schedule_version: number;
  session_updated_at: Date;
}

const VIEW = `
  SELECT e.id, e.status, e.user_id, e.manager_id, e.offer_expires_at, e.approval_expires_at, e.cancel_reason,
         e.reason_note, e.created_at, e.updated_at, e.session_id,
         u.name AS user_name, u.email AS user_email, o.name AS organisation_name,
         CASE WHEN e.status = 'waitlisted' THEN (
           SELECT count(*)::int FROM enrolments w
            WHERE w.session_id = e.session_id AND w.status = 'waitlisted' AND w.queue_number <= e.queue_number) END AS position,
         s.status AS session_status, s.starts_at, s.ends_at, s.venue_name, s.address, s.city, s.online_url,
         s.cancellation_deadline, s.course_id, c.title AS course_title, c.organisation_id AS course_organisation_id,
         (SELECT count(*)::int FROM enrolment_events ev WHERE ev.enrolment_id = e.id) AS event_count,
         s.schedule_version, s.updated_at AS session_updated_at
    FROM enrolments e
    JOIN user_directory u ON u.id = e.user_id
    LEFT JOIN organisation_directory o ON o.id = u.organisation_id
    JOIN session_directory s ON s.id = e.session_id
    JOIN course_directory c ON c.id = s.course_id`;

function toEnrolmentView(r: EnrolmentViewRow): EnrolmentView {
  return {
    id: r.id,
    status: r.status,
    userId: r.user_id,
    userName: r.user_name,
    userEmail: r.user_email,
    organisationName: r.organisation_name,
    managerId: r.manager_id,
    position: r.position,
    offerExpiresAt: r.offer_expires_at,
    approvalExpiresAt: r.approval_expires_at,
    cancelReason: r.cancel_reason,
    reasonNote: r.reason_note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    sessionId: r.session_id,
    sessionStatus: r.session_status,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    venueName: r.venue_name,
    address: r.address,
    city: r.city,
    onlineUrl: r.online_url,
    cancellationDeadline: r.cancellation_deadline,
    courseId: r.course_id,
    courseTitle: r.course_title,
    courseOrganisationId: r.course_organisation_id,
    eventCount: r.event_count,
    scheduleVersion: r.schedule_version,
    sessionUpdatedAt: r.session_updated_at,
  };
}

/** One enrolment in a person's export, with its history. */
export interface ExportedEnrolment {
  id: string;
  courseTitle: string;
  startsAt: Date;
  endsAt: Date;
  status: EnrolmentStatus;
  cancelReason: string | null;
  reasonNote: string | null;
  createdAt: Date;
  history: { from: EnrolmentStatus | null; to: EnrolmentStatus; reason: string | null; at: string }[];
}

interface ExportedEnrolmentRow {
  id: string;
  course_title: string;
  starts_at: Date;
  ends_at: Date;
  status: EnrolmentStatus;
  cancel_reason: string | null;
  reason_note: string | null;
  created_at: Date;
  history: ExportedEnrolment['history'];
}

function toExportedEnrolment(r: ExportedEnrolmentRow): ExportedEnrolment {
  return {
    id: r.id,
    courseTitle: r.course_title,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    status: r.status,
    cancelReason: r.cancel_reason,
    reasonNote: r.reason_note,
    createdAt: r.created_at,
    history: r.history,
  };
}

/** Read models of enrolments; each query is scoped to the person or session asked about. */
@Injectable()
export class EnrolmentQueriesRepository {
  constructor(private readonly db: Db) {}

  private async views(where: string, params: unknown[]): Promise<EnrolmentView[]> {
    const rows = await this.db.manager.query<EnrolmentViewRow[]>(`${VIEW} ${where}`, params);
    return rows.map(toEnrolmentView);
  }

  async byId(id: string): Promise<EnrolmentView | null> {
    const view = (await this.views(`WHERE e.id = $1`, [id])).at(0);
    return view ?? null;
  }

  forUser(userId: string): Promise<EnrolmentView[]> {
    return this.views(`WHERE e.user_id = $1 ORDER BY s.starts_at ASC, e.created_at ASC`, [userId]);
  }

  pendingApprovalsFor(managerId: string): Promise<EnrolmentView[]> {
    return this.views(
      `WHERE e.manager_id = $1 AND e.status = 'pending_approval' AND e.approval_expires_at > now()
        ORDER BY e.approval_expires_at ASC`,
      [managerId],
    );
  }

  forSession(sessionId: string): Promise<EnrolmentView[]> {
    return this.views(
      `WHERE e.session_id = $1
        ORDER BY CASE e.status WHEN 'waitlisted' THEN 1 ELSE 0 END, e.queue_number ASC NULLS FIRST, u.name ASC`,
      [sessionId],
    );
  }

  /** The calendar: confirmed or attended, plus cancellations of the last 60 days so clients remove them. */
  forCalendar(userId: string): Promise<EnrolmentView[]> {
    return this.views(
      `WHERE e.user_id = $1 AND s.ends_at > now() - interval '60 days'
          AND (e.status IN ('confirmed', 'attended', 'no_show')
               OR (e.status = 'cancelled' AND EXISTS (
                     SELECT 1 FROM enrolment_events ev WHERE ev.enrolment_id = e.id AND ev.from_status = 'confirmed')))
        ORDER BY s.starts_at`,
      [userId],
    );
  }

  /** Confirmed and pending places in sessions that have not ended, for overlap warnings. */
  upcomingBookings(userId: string): Promise<{ sessionId: string; title: string; startsAt: Date; endsAt: Date }[]> {
    return this.db.manager.query<{ sessionId: string; title: string; startsAt: Date; endsAt: Date }[]>(
      `SELECT s.id AS "sessionId", c.title, s.starts_at AS "startsAt", s.ends_at AS "endsAt"
         FROM enrolments e JOIN session_directory s ON s.id = e.session_id JOIN course_directory c ON c.id = s.course_id
        WHERE e.user_id = $1 AND e.status IN ('confirmed', 'pending_approval') AND s.status = 'scheduled'
          AND s.ends_at > now()
        ORDER BY s.starts_at`,
      [userId],
    );
  }

  /** A person's enrolments with their history, for the export of their personal data. */
  async forExport(userId: string): Promise<ExportedEnrolment[]> {
    const rows = await this.db.manager.query<ExportedEnrolmentRow[]>(
      `SELECT e.id, c.title AS course_title, s.starts_at, s.ends_at, e.status, e.cancel_reason, e.reason_note, e.created_at,
              COALESCE((SELECT json_agg(json_build_object('from', ev.from_status, 'to', ev.to_status, 'reason', ev.reason, 'at', ev.created_at) ORDER BY ev.created_at)
                          FROM enrolment_events ev WHERE ev.enrolment_id = e.id), '[]') AS history
         FROM enrolments e JOIN session_directory s ON s.id = e.session_id JOIN course_directory c ON c.id = s.course_id
        WHERE e.user_id = $1 ORDER BY s.starts_at, e.created_at`,
      [userId],
    );
    return rows.map(toExportedEnrolment);
  }

  async sessionCourse(sessionId: string): Promise<{ courseId: string } | null> {
    const row = (
      await this.db.manager.query<{ course_id: string }[]>(`SELECT course_id FROM session_directory WHERE id = $1`, [
        sessionId,
      ])
    ).at(0);
    return row ? { courseId: row.course_id } : null;
  }
}
