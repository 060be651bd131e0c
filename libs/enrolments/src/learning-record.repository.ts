import { Injectable } from '@nestjs/common';
import type { CourseKind } from '#libs/catalogue';
import { Db } from '#libs/database';
import type { EnrolmentStatus } from './enrolment.entities.js';

/** One enrolment of a person with what the learning record and its proof show of it, as PostgreSQL returns it. */
export interface LearningRecordRow {
  id: string;
  status: EnrolmentStatus;
  user_id: string;
  learner_name: string;
  session_id: string;
  starts_at: Date;
  ends_at: Date;
  course_id: string;
  course_title: string;
  kind: CourseKind;
  /** numeric(5,2): PostgreSQL sends it as text. */
  duration_hours: string;
  organisation_id: string;
  organisation_name: string | null;
  /** The session started in this calendar year in Europe/Amsterdam. */
  this_year: boolean;
}

const RECORD = `
  WITH local AS (SELECT date_trunc('year', now() AT TIME ZONE 'Europe/Amsterdam') AS jan1),
  year AS (SELECT jan1 AT TIME ZONE 'Europe/Amsterdam' AS starts,
                  (jan1 + interval '1 year') AT TIME ZONE 'Europe/Amsterdam' AS ends FROM local)
  SELECT e.id, e.status, e.user_id, u.name AS learner_name, s.id AS session_id, s.starts_at, s.ends_at,
         c.id AS course_id, c.title AS course_title, c.kind, c.duration_hours,
         c.organisation_id, o.name AS organisation_name,
         (s.starts_at >= year.starts AND s.starts_at < year.ends) AS this_year
    FROM enrolments e
    JOIN user_directory u ON u.id = e.user_id
    JOIN session_directory s ON s.id = e.session_id
    JOIN course_directory c ON c.id = s.course_id
    LEFT JOIN organisation_directory o ON o.id = c.organisation_id
   CROSS JOIN year`;

/** The learning record's reads: attended enrolments of one person, or one enrolment for its proof. */
@Injectable()
export class LearningRecordRepository {
  constructor(private readonly db: Db) {}

  /** The person's attended enrolments (a programme's cohort is one enrolment), latest first. */
  attendedBy(userId: string): Promise<LearningRecordRow[]> {
    return this.db.manager.query<LearningRecordRow[]>(
      `${RECORD} WHERE e.user_id = $1 AND e.status = 'attended' ORDER BY s.starts_at DESC, e.id`,
      [userId],
    );
  }

  /** One enrolment in any state, so the caller can tell "not yours" from "not attended". */
  async byId(enrolmentId: string): Promise<LearningRecordRow | null> {
    const rows = await this.db.manager.query<LearningRecordRow[]>(`${RECORD} WHERE e.id = $1`, [enrolmentId]);
    return rows.at(0) ?? null;
  }
}
