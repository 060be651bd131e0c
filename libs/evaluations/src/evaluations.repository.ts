import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { Evaluation } from './evaluation.entity.js';

/** An enrolment as evaluations sees it: enrolments' view `enrolment_attendance` with its session and course. */
export interface AttendanceRecord {
  enrolmentId: string;
  userId: string;
  sessionId: string;
  courseId: string;
  courseTitle: string;
  attended: boolean;
  startsAt: Date;
  endsAt: Date;
}

interface AttendanceRow {
  enrolment_id: string;
  user_id: string;
  session_id: string;
  course_id: string;
  course_title: string;
  attended: boolean;
  starts_at: Date;
  ends_at: Date;
}

/** The answers of one group (a session, a course): how many, the averages and the open texts. */
export interface Aggregate {
  sessionId: string | null;
  count: number;
  overall: number;
  usefulness: number;
  teacher: number;
  comments: string[];
}

interface AggregateRow {
  session_id: string | null;
  n: number;
  overall: number;
  usefulness: number;
  teacher: number;
  comments: string[];
}

export interface SessionRef {
  id: string;
  courseId: string;
  courseTitle: string;
  startsAt: Date;
}

interface SessionRefRow {
  id: string;
  course_id: string;
  course_title: string;
  starts_at: Date;
}

interface CourseRow {
  id: string;
  title: string;
  organisation_id: string;
  public: boolean;
}

interface EvaluationRow {
  id: string;
  enrolment_id: string;
  session_id: string;
  course_id: string;
  overall: number;
  usefulness: number;
  teacher: number;
  comment: string | null;
  created_at: Date;
  updated_at: Date;
}

export type EvaluationValues = Pick<
  Evaluation,
  'enrolmentId' | 'sessionId' | 'courseId' | 'overall' | 'usefulness' | 'teacher' | 'comment'
>;

const ATTENDANCE_SELECT = `SELECT a.enrolment_id, a.user_id, a.session_id, s.course_id, c.title AS course_title,
        a.attended, s.starts_at, s.ends_at
   FROM enrolment_attendance a
   JOIN session_directory s ON s.id = a.session_id
   JOIN course_directory c ON c.id = s.course_id`;

/** The figures of a group of answers; only answers whose enrolment is (still) attended count. */
const AGGREGATE_COLUMNS = `count(*)::int AS n,
        round(avg(ev.overall), 1)::float8 AS overall,
        round(avg(ev.usefulness), 1)::float8 AS usefulness,
        round(avg(ev.teacher), 1)::float8 AS teacher,
        COALESCE(array_agg(ev.comment ORDER BY ev.comment) FILTER (WHERE ev.comment IS NOT NULL), '{}') AS comments`;
const ATTENDED_ANSWERS = `evaluations ev JOIN enrolment_attendance a ON a.enrolment_id = ev.enrolment_id AND a.attended`;

@Injectable()
export class EvaluationsRepository {
  constructor(private readonly db: Db) {}

  async attendance(enrolmentId: string): Promise<AttendanceRecord | null> {
    const rows = await this.db.manager.query<AttendanceRow[]>(`${ATTENDANCE_SELECT} WHERE a.enrolment_id = $1`, [
      enrolmentId,
    ]);
    return rows.length ? toAttendance(rows[0]) : null;
  }

  /** The caller's attended sessions that ended after `endedAfter` and have no evaluation yet, newest first. */
  async pendingFor(userId: string, endedAfter: Date): Promise<AttendanceRecord[]> {
    const rows = await this.db.manager.query<AttendanceRow[]>(
      `${ATTENDANCE_SELECT}
        WHERE a.user_id = $1 AND a.attended AND s.ends_at > $2
          AND NOT EXISTS (SELECT 1 FROM evaluations ev WHERE ev.enrolment_id = a.enrolment_id)
        ORDER BY s.starts_at DESC`,
      [userId, endedAfter],
    );
    return rows.map(toAttendance);
  }

  async findByEnrolment(enrolmentId: string): Promise<Evaluation | null> {
    const rows = await this.db.manager.query<EvaluationRow[]>(`SELECT * FROM evaluations WHERE enrolment_id = $1`, [
      enrolmentId,
    ]);
    return rows.length ? toEvaluation(rows[0]) : null;
  }

  /** One per enrolment: a second answer replaces the first (also when two arrive at once). */
  async upsert(v: EvaluationValues): Promise<Evaluation> {
    const [row] = await this.db.manager.query<EvaluationRow[]>(
      `INSERT INTO evaluations (enrolment_id, session_id, course_id, overall, usefulness, teacher, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (enrolment_id) DO UPDATE
         SET overall = EXCLUDED.overall, usefulness = EXCLUDED.usefulness, teacher = EXCLUDED.teacher,
             comment = EXCLUDED.comment, updated_at = now()
       RETURNING *`,
      [v.enrolmentId, v.sessionId, v.courseId, v.overall, v.usefulness, v.teacher, v.comment],
    );
    return toEvaluation(row);
  }

  async session(sessionId: string): Promise<SessionRef | null> {
    const rows = await this.db.manager.query<SessionRefRow[]>(
      `SELECT s.id, s.course_id, c.title AS course_title, s.starts_at
         FROM session_directory s JOIN course_directory c ON c.id = s.course_id WHERE s.id = $1`,
      [sessionId],
    );
    return rows.length ? toSessionRef(rows[0]) : null;
  }

  /** A course; `public` when anyone may see it (published, not in-company). */
  async course(courseId: string): Promise<{ id: string; title: string; public: boolean } | null> {
    const rows = await this.db.manager.query<CourseRow[]>(
      `SELECT id, title, organisation_id, (status = 'published' AND visible_to_organisation_id IS NULL) AS public
         FROM course_directory WHERE id = $1`,
      [courseId],
    );
    return rows.length ? { id: rows[0].id, title: rows[0].title, public: rows[0].public } : null;
  }

  /** The sessions of a course that have answers, newest first. */
  async sessionsWithAnswers(courseId: string): Promise<SessionRef[]> {
    const rows = await this.db.manager.query<SessionRefRow[]>(
      `SELECT s.id, s.course_id, c.title AS course_title, s.starts_at
         FROM session_directory s JOIN course_directory c ON c.id = s.course_id
        WHERE s.course_id = $1 AND EXISTS (SELECT 1 FROM evaluations ev WHERE ev.session_id = s.id)
        ORDER BY s.starts_at DESC`,
      [courseId],
    );
    return rows.map(toSessionRef);
  }

  /** The course as a whole (session_id null) and each of its sessions. */
  async aggregatesOfCourse(courseId: string): Promise<Aggregate[]> {
    const rows = await this.db.manager.query<AggregateRow[]>(
      `SELECT ev.session_id, ${AGGREGATE_COLUMNS} FROM ${ATTENDED_ANSWERS} WHERE ev.course_id = $1
        GROUP BY GROUPING SETS ((), (ev.session_id))`,
      [courseId],
    );
    return rows.map(toAggregate);
  }

  /** Count and averages per session, for other areas' trends (no open texts). */
  async aggregatesOfSessions(sessionIds: string[]): Promise<Aggregate[]> {
    const rows = await this.db.manager.query<AggregateRow[]>(
      `SELECT ev.session_id, ${AGGREGATE_COLUMNS} FROM ${ATTENDED_ANSWERS} WHERE ev.session_id = ANY($1)
        GROUP BY ev.session_id`,
      [sessionIds],
    );
    return rows.map(toAggregate);
  }
}

function toAttendance(r: AttendanceRow): AttendanceRecord {
  return {
    enrolmentId: r.enrolment_id,
    userId: r.user_id,
    sessionId: r.session_id,
    courseId: r.course_id,
    courseTitle: r.course_title,
    attended: r.attended,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
  };
}

function toSessionRef(r: SessionRefRow): SessionRef {
  return { id: r.id, courseId: r.course_id, courseTitle: r.course_title, startsAt: r.starts_at };
}

function toAggregate(r: AggregateRow): Aggregate {
  return {
    sessionId: r.session_id,
    count: r.n,
    overall: r.overall,
    usefulness: r.usefulness,
    teacher: r.teacher,
    comments: r.comments,
  };
}

function toEvaluation(r: EvaluationRow): Evaluation {
  return {
    id: r.id,
    enrolmentId: r.enrolment_id,
    sessionId: r.session_id,
    courseId: r.course_id,
    overall: r.overall,
    usefulness: r.usefulness,
    teacher: r.teacher,
    comment: r.comment,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
