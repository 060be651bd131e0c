import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

/** What a manager's team page shows of an enrolment: the standing ones and this year's attendance. */
export const TEAM_ENROLMENT_STATUSES = ['pending_approval', 'confirmed', 'offered', 'waitlisted', 'attended'] as const;
export type TeamEnrolmentStatus = (typeof TEAM_ENROLMENT_STATUSES)[number];

/** A person of a manager's team, as PostgreSQL returns them. */
export interface TeamMemberRow {
  id: string;
  name: string;
  email: string;
  organisation_name: string | null;
}

/** One enrolment of a team member, with its session and course. */
export interface TeamEnrolmentRow {
  id: string;
  user_id: string;
  status: TeamEnrolmentStatus;
  manager_id: string | null;
  position: number | null;
  approval_expires_at: Date | null;
  offer_expires_at: Date | null;
  session_id: string;
  starts_at: Date;
  ends_at: Date;
  city: string | null;
  online: boolean;
  course_id: string;
  course_title: string;
  /** numeric(5,2): PostgreSQL sends it as text. */
  duration_hours: string;
}

/** The manager's team page: two queries, whatever the size of the team. */
@Injectable()
export class TeamRepository {
  constructor(private readonly db: Db) {}

  /**
   * The active people linked to this manager (ids from identity) and those who named them as
   * manager on an enrolment, without the manager themselves.
   */
  members(managerId: string, linkedIds: string[]): Promise<TeamMemberRow[]> {
    return this.db.manager.query<TeamMemberRow[]>(
      `SELECT u.id, u.name, u.email, o.name AS organisation_name
         FROM user_directory u LEFT JOIN organisation_directory o ON o.id = u.organisation_id
        WHERE u.id <> $1 AND u.disabled_at IS NULL
          AND (u.id = ANY($2::uuid[]) OR u.id IN (SELECT e.user_id FROM enrolments e WHERE e.manager_id = $1))
        ORDER BY u.name, u.id`,
      [managerId, linkedIds],
    );
  }

  /**
   * The enrolments of these people that the team page shows: pending (still within its deadline),
   * confirmed, offered and waitlisted for coming sessions, and attended in this calendar year in
   * Europe/Amsterdam. Pending requests first, then by state and start.
   */
  enrolmentsOf(userIds: string[]): Promise<TeamEnrolmentRow[]> {
    return this.db.manager.query<TeamEnrolmentRow[]>(
      `WITH local AS (SELECT date_trunc('year', now() AT TIME ZONE 'Europe/Amsterdam') AS jan1),
       year AS (SELECT jan1 AT TIME ZONE 'Europe/Amsterdam' AS starts,
                       (jan1 + interval '1 year') AT TIME ZONE 'Europe/Amsterdam' AS ends FROM local)
       SELECT e.id, e.user_id, e.status, e.manager_id, e.approval_expires_at, e.offer_expires_at,
              CASE WHEN e.status = 'waitlisted' THEN (
                SELECT count(*)::int FROM enrolments w
                 WHERE w.session_id = e.session_id AND w.status = 'waitlisted' AND w.queue_number <= e.queue_number) END AS position,
              s.id AS session_id, s.starts_at, s.ends_at, s.city, s.online_url IS NOT NULL AS online,
              c.id AS course_id, c.title AS course_title, c.duration_hours
         FROM enrolments e
         JOIN session_directory s ON s.id = e.session_id
         JOIN course_directory c ON c.id = s.course_id
         CROSS JOIN year
        WHERE e.user_id = ANY($1::uuid[])
          AND ((e.status IN ('confirmed', 'offered', 'waitlisted') AND s.status = 'scheduled' AND s.ends_at > now())
               OR (e.status = 'pending_approval' AND s.status = 'scheduled' AND s.ends_at > now()
                   AND e.approval_expires_at > now())
               OR (e.status = 'attended' AND s.starts_at >= year.starts
                   AND s.starts_at < year.ends))
        ORDER BY e.user_id,
                 CASE e.status WHEN 'pending_approval' THEN 0 WHEN 'confirmed' THEN 1 WHEN 'offered' THEN 2
                               WHEN 'waitlisted' THEN 3 ELSE 4 END,
                 s.starts_at, e.created_at`,
      [userIds],
    );
  }
}
