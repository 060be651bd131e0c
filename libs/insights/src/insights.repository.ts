import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

/** A session held in the period: at least one attended learner; its hours as counted for the dashboard. */
export interface HeldSession {
  sessionId: string;
  courseId: string;
  courseTitle: string;
  topics: string[];
  hours: number;
}

interface HeldSessionRow {
  session_id: string;
  course_id: string;
  course_title: string;
  topics: string[];
  hours: number;
}

/** A person (learner or teacher) of a held session, with their organisation. */
export interface SessionPerson {
  sessionId: string;
  userId: string;
  name: string;
  organisationId: string;
}

interface SessionPersonRow {
  session_id: string;
  user_id: string;
  name: string;
  organisation_id: string;
}

/** Sums of the scores of one course's answers (attended enrolments only). */
export interface EvaluationSums {
  courseId: string;
  count: number;
  overall: number;
  usefulness: number;
  teacher: number;
}

interface EvaluationSumsRow {
  course_id: string;
  n: number;
  overall: number;
  usefulness: number;
  teacher: number;
}

export interface DemandCount {
  topic: string;
  unanswered: number;
}

/**
 * The hours of a held session: an ordinary session its own length (starts_at → ends_at, in the
 * period by its start); a programme cohort (course kind 'programme') the length of its scheduled
 * parts that started in the period and before now — a cohort is one enrolment, so every attended
 * participant counts every such part.
 */
const HELD = `WITH held AS (
  SELECT s.id AS session_id, s.course_id, c.title AS course_title, c.topics,
         (CASE WHEN c.kind = 'programme'
               THEN (SELECT COALESCE(sum(EXTRACT(EPOCH FROM p.ends_at - p.starts_at)), 0) FROM cohort_part_schedule p
                      WHERE p.cohort_id = s.id AND p.starts_at >= $1 AND p.starts_at < $2 AND p.starts_at < now())
               ELSE EXTRACT(EPOCH FROM s.ends_at - s.starts_at) END / 3600.0)::float8 AS hours
    FROM session_directory s JOIN course_directory c ON c.id = s.course_id
   WHERE s.status = 'scheduled'
     AND (c.kind = 'programme' OR (s.starts_at >= $1 AND s.starts_at < $2))
     AND EXISTS (SELECT 1 FROM enrolment_attendance a WHERE a.session_id = s.id AND a.attended))`;

@Injectable()
export class InsightsRepository {
  constructor(private readonly db: Db) {}

  /** Held sessions that count hours in [from, to). */
  async heldSessions(from: Date, to: Date): Promise<HeldSession[]> {
    const rows = await this.db.manager.query<HeldSessionRow[]>(
      `${HELD} SELECT * FROM held WHERE hours > 0 ORDER BY session_id`,
      [from, to],
    );
    return rows.map((r) => ({
      sessionId: r.session_id,
      courseId: r.course_id,
      courseTitle: r.course_title,
      topics: r.topics,
      hours: r.hours,
    }));
  }

  /** Attended learners of these sessions who belong to an organisation. */
  async attendedLearners(sessionIds: string[]): Promise<SessionPerson[]> {
    const rows = await this.db.manager.query<SessionPersonRow[]>(
      `SELECT a.session_id, a.user_id, u.name, u.organisation_id
         FROM enrolment_attendance a JOIN user_directory u ON u.id = a.user_id
        WHERE a.attended AND a.session_id = ANY($1::uuid[]) AND u.organisation_id IS NOT NULL`,
      [sessionIds],
    );
    return rows.map(toPerson);
  }

  /**
   * The teachers of these sessions who belong to an organisation: a cohort's trainers (its staff
   * with role trainer) when it has any, otherwise the course's teachers.
   */
  async teachers(sessionIds: string[]): Promise<SessionPerson[]> {
    const rows = await this.db.manager.query<SessionPersonRow[]>(
      `SELECT x.session_id, x.user_id, u.name, u.organisation_id FROM (
         SELECT s.id AS session_id, t.user_id
           FROM session_directory s
           JOIN course_teacher_directory ct ON ct.course_id = s.course_id
           JOIN teacher_directory t ON t.id = ct.teacher_profile_id
          WHERE s.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM cohort_trainers k WHERE k.cohort_id = s.id)
         UNION
         SELECT k.cohort_id, k.user_id FROM cohort_trainers k WHERE k.cohort_id = ANY($1::uuid[])
       ) x JOIN user_directory u ON u.id = x.user_id
       WHERE u.organisation_id IS NOT NULL`,
      [sessionIds],
    );
    return rows.map(toPerson);
  }

  async organisationNames(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.db.manager.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM organisation_directory WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async organisationExists(id: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(`SELECT 1 FROM organisation_directory WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** Per course: the number and sums of the scores given on these sessions. */
  async evaluationSums(sessionIds: string[]): Promise<EvaluationSums[]> {
    const rows = await this.db.manager.query<EvaluationSumsRow[]>(
      `SELECT course_id, count(*)::int AS n, sum(overall)::int AS overall, sum(usefulness)::int AS usefulness,
              sum(teacher)::int AS teacher
         FROM evaluation_scores WHERE session_id = ANY($1::uuid[]) GROUP BY course_id`,
      [sessionIds],
    );
    return rows.map((r) => ({
      courseId: r.course_id,
      count: r.n,
      overall: r.overall,
      usefulness: r.usefulness,
      teacher: r.teacher,
    }));
  }

  /** Questions asked in [from, to) without a strong match (of one organisation, or all): in total and per stored topic. */
  async unansweredDemand(
    from: Date,
    to: Date,
    organisationId: string | null,
  ): Promise<{ total: number; topics: DemandCount[] }> {
    const params = [from, to, organisationId];
    const scope = `NOT q.strong_match AND q.created_at >= $1 AND q.created_at < $2
                   AND ($3::uuid IS NULL OR q.organisation_id = $3::uuid)`;
    const [total] = await this.db.manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM knowledge_question_directory q WHERE ${scope}`,
      params,
    );
    const topics = await this.db.manager.query<{ topic: string; n: number }[]>(
      `SELECT t.topic, count(DISTINCT q.id)::int AS n
         FROM knowledge_question_directory q CROSS JOIN LATERAL unnest(q.topics) AS t(topic)
        WHERE ${scope} AND t.topic <> ''
        GROUP BY t.topic ORDER BY n DESC, t.topic`,
      params,
    );
    return { total: total.n, topics: topics.map((r) => ({ topic: r.topic, unanswered: r.n })) };
  }
}

const toPerson = (r: SessionPersonRow): SessionPerson => ({
  sessionId: r.session_id,
  userId: r.user_id,
  name: r.name,
  organisationId: r.organisation_id,
});
