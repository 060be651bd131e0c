import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

/** A course as demand sees it (catalogue's `course_directory`). */
export interface DemandCourse {
  id: string;
  title: string;
  organisationId: string;
  visibleToOrganisationId: string | null;
  status: string;
}

interface DemandCourseRow {
  id: string;
  title: string;
  organisation_id: string;
  visible_to_organisation_id: string | null;
  status: string;
}

/** A session as the `session.scheduled` handler needs it (catalogue's `session_directory`). */
export interface ScheduledSession {
  id: string;
  courseId: string;
  startsAt: Date;
  endsAt: Date;
  city: string | null;
  online: boolean;
  status: string;
  visibleToOrganisationId: string | null;
}

interface ScheduledSessionRow {
  id: string;
  course_id: string;
  starts_at: Date;
  ends_at: Date;
  city: string | null;
  online: boolean;
  status: string;
  visible_to_organisation_id: string | null;
}

/** One person's place on a course's interest list, with the course's title and next dates. */
export interface InterestRecord {
  courseId: string;
  courseTitle: string;
  createdAt: Date;
  notifiedAt: Date | null;
  notifiedSessionId: string | null;
  upcomingSessions: number;
}

interface InterestRow {
  course_id: string;
  course_title: string;
  created_at: Date;
  notified_at: Date | null;
  notified_session_id: string | null;
  upcoming_sessions: number;
}

/** A knowledge question as demand sees it (knowledge-bank's `knowledge_question_directory`). */
export interface QuestionRef {
  id: string;
  organisationId: string | null;
  askedById: string | null;
}

interface QuestionRefRow {
  id: string;
  organisation_id: string | null;
  asked_by_id: string | null;
}

/** Figures of one topic from one source, keyed by its lower-case spelling. */
export interface TopicFigure {
  key: string;
  topic: string;
  questions: number;
  unanswered: number;
  alsoWanted: number;
  interested: number;
}

interface TopicFigureRow {
  key: string;
  topic: string;
  questions: number;
  unanswered: number;
  also_wanted: number;
  interested: number;
}

/** An unanswered question (no strong match): its text and topics, never who asked it. */
export interface GapRecord {
  questionId: string;
  text: string;
  topics: string[];
  askedAt: Date;
  alsoWanted: number;
  mine: boolean;
  wantedByMe: boolean;
}

interface GapRow {
  id: string;
  text: string;
  topics: string[];
  created_at: Date;
  also_wanted: number;
  mine: boolean;
  wanted_by_me: boolean;
}

/** A colleague-teacher whose profile's expertise names a topic. */
export interface SuggestedTrainer {
  key: string;
  teacherId: string;
  name: string;
  organisationName: string | null;
  courses: number;
}

interface SuggestedTrainerRow {
  key: string;
  teacher_id: string;
  name: string;
  organisation_name: string | null;
  courses: number;
}

interface UserIdRow {
  user_id: string;
}

interface CountRow {
  n: number;
}

/** What a person's AVG export holds of demand. */
export interface PersonalInterests {
  courseInterests: Record<string, unknown>[];
  questionInterests: Record<string, unknown>[];
}

const UPCOMING_PUBLIC_SESSIONS = `(SELECT count(*)::int FROM session_directory s
   WHERE s.course_id = c.id AND s.status = 'scheduled' AND s.starts_at > now() AND s.visible_to_organisation_id IS NULL)`;

const INTEREST_SELECT = `SELECT i.course_id, c.title AS course_title, i.created_at, i.notified_at, i.notified_session_id,
        ${UPCOMING_PUBLIC_SESSIONS} AS upcoming_sessions
   FROM course_interests i JOIN course_directory c ON c.id = i.course_id`;

/**
 * Per topic (lower case): questions asked in the period, those without a strong match, the
 * "ik wil dit ook" marks on those, and the people waiting on interest lists of published courses
 * with that topic. $1 days, $2 organisation (null: all): questions count by the asker's
 * organisation (their marks with them), interest by the waiting person's.
 */
const TOPIC_FIGURES = `
  WITH q AS (
    SELECT q.id, q.strong_match, t AS topic
      FROM knowledge_question_directory q, unnest(q.topics) t
     WHERE q.created_at > now() - make_interval(days => $1) AND ($2::uuid IS NULL OR q.organisation_id = $2::uuid)
  ), marks AS (
    SELECT qi.question_id, count(*)::int AS n FROM question_interests qi GROUP BY qi.question_id
  ), from_questions AS (
    SELECT lower(q.topic) AS key, min(q.topic) AS topic, count(*)::int AS questions,
           count(*) FILTER (WHERE NOT q.strong_match)::int AS unanswered,
           COALESCE(sum(m.n) FILTER (WHERE NOT q.strong_match), 0)::int AS also_wanted, 0 AS interested
      FROM q LEFT JOIN marks m ON m.question_id = q.id
     GROUP BY lower(q.topic)
  ), from_interest AS (
    SELECT lower(t) AS key, min(t) AS topic, 0 AS questions, 0 AS unanswered, 0 AS also_wanted,
           count(*)::int AS interested
      FROM course_interests i
      JOIN course_directory c ON c.id = i.course_id AND c.status = 'published'
      JOIN user_directory u ON u.id = i.user_id,
           unnest(c.topics) t
     WHERE i.notified_at IS NULL AND ($2::uuid IS NULL OR u.organisation_id = $2::uuid)
     GROUP BY lower(t)
  )
  SELECT key, min(topic) AS topic, sum(questions)::int AS questions, sum(unanswered)::int AS unanswered,
         sum(also_wanted)::int AS also_wanted, sum(interested)::int AS interested
    FROM (SELECT * FROM from_questions UNION ALL SELECT * FROM from_interest) x
   GROUP BY key`;

/** Unanswered questions of the period in scope, most wanted first; $3 the viewer. */
const GAPS = `
  SELECT q.id, q.text, q.topics, q.created_at,
         (SELECT count(*)::int FROM question_interests qi WHERE qi.question_id = q.id) AS also_wanted,
         (q.asked_by_id IS NOT DISTINCT FROM $3::uuid) AS mine,
         EXISTS (SELECT 1 FROM question_interests qi WHERE qi.question_id = q.id AND qi.user_id = $3::uuid) AS wanted_by_me
    FROM knowledge_question_directory q
   WHERE NOT q.strong_match AND q.created_at > now() - make_interval(days => $1)
     AND ($2::uuid IS NULL OR q.organisation_id = $2::uuid)
   ORDER BY also_wanted DESC, q.created_at DESC
   LIMIT $4`;

/** Teachers (active accounts) whose expertise names one of the topics ($1, lower case), most courses first. */
const SUGGESTED_TRAINERS = `
  SELECT lower(e) AS key, tp.id AS teacher_id, u.name, o.name AS organisation_name,
         (SELECT count(*)::int FROM course_teacher_directory ct JOIN course_directory c ON c.id = ct.course_id
           WHERE ct.teacher_profile_id = tp.id AND c.status = 'published') AS courses
    FROM teacher_directory tp
    JOIN user_directory u ON u.id = tp.user_id AND u.disabled_at IS NULL
    LEFT JOIN organisation_directory o ON o.id = u.organisation_id,
         unnest(tp.expertise) e
   WHERE lower(e) = ANY($1::text[])
   ORDER BY courses DESC, u.name`;

function toCourse(row: DemandCourseRow): DemandCourse {
  return {
    id: row.id,
    title: row.title,
    organisationId: row.organisation_id,
    visibleToOrganisationId: row.visible_to_organisation_id,
    status: row.status,
  };
}

function toSession(row: ScheduledSessionRow): ScheduledSession {
  return {
    id: row.id,
    courseId: row.course_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    city: row.city,
    online: row.online,
    status: row.status,
    visibleToOrganisationId: row.visible_to_organisation_id,
  };
}

function toInterest(row: InterestRow): InterestRecord {
  return {
    courseId: row.course_id,
    courseTitle: row.course_title,
    createdAt: row.created_at,
    notifiedAt: row.notified_at,
    notifiedSessionId: row.notified_session_id,
    upcomingSessions: row.upcoming_sessions,
  };
}

function toTopicFigure(row: TopicFigureRow): TopicFigure {
  return {
    key: row.key,
    topic: row.topic,
    questions: row.questions,
    unanswered: row.unanswered,
    alsoWanted: row.also_wanted,
    interested: row.interested,
  };
}

function toGap(row: GapRow): GapRecord {
  return {
    questionId: row.id,
    text: row.text,
    topics: row.topics,
    askedAt: row.created_at,
    alsoWanted: row.also_wanted,
    mine: row.mine,
    wantedByMe: row.wanted_by_me,
  };
}

function toTrainer(row: SuggestedTrainerRow): SuggestedTrainer {
  return {
    key: row.key,
    teacherId: row.teacher_id,
    name: row.name,
    organisationName: row.organisation_name,
    courses: row.courses,
  };
}

/** Interest lists, "ik wil dit ook" and nudges (demand's tables), and what demand reads through views. */
@Injectable()
export class DemandRepository {
  constructor(private readonly db: Db) {}

  async course(courseId: string): Promise<DemandCourse | null> {
    const rows = await this.db.manager.query<DemandCourseRow[]>(
      `SELECT id, title, organisation_id, visible_to_organisation_id, status FROM course_directory WHERE id = $1`,
      [courseId],
    );
    return rows.length ? toCourse(rows[0]) : null;
  }

  async session(sessionId: string): Promise<ScheduledSession | null> {
    const rows = await this.db.manager.query<ScheduledSessionRow[]>(
      `SELECT id, course_id, starts_at, ends_at, city, (online_url IS NOT NULL) AS online, status, visible_to_organisation_id
         FROM session_directory WHERE id = $1`,
      [sessionId],
    );
    return rows.length ? toSession(rows[0]) : null;
  }

  async question(questionId: string): Promise<QuestionRef | null> {
    const rows = await this.db.manager.query<QuestionRefRow[]>(
      `SELECT id, organisation_id, asked_by_id FROM knowledge_question_directory WHERE id = $1`,
      [questionId],
    );
    return rows.length
      ? { id: rows[0].id, organisationId: rows[0].organisation_id, askedById: rows[0].asked_by_id }
      : null;
  }

  /** On the list (again): a second sign-up changes nothing; one after being notified waits for the next date. */
  async addInterest(userId: string, courseId: string): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO course_interests (user_id, course_id) VALUES ($1, $2)
       ON CONFLICT (user_id, course_id) DO UPDATE SET notified_at = NULL, notified_session_id = NULL, created_at = now()
        WHERE course_interests.notified_at IS NOT NULL`,
      [userId, courseId],
    );
  }

  async removeInterest(userId: string, courseId: string): Promise<void> {
    await this.db.manager.query(`DELETE FROM course_interests WHERE user_id = $1 AND course_id = $2`, [
      userId,
      courseId,
    ]);
  }

  async interest(userId: string, courseId: string): Promise<InterestRecord | null> {
    const rows = await this.db.manager.query<InterestRow[]>(
      `${INTEREST_SELECT} WHERE i.user_id = $1 AND i.course_id = $2`,
      [userId, courseId],
    );
    return rows.length ? toInterest(rows[0]) : null;
  }

  async interestsOf(userId: string): Promise<InterestRecord[]> {
    const rows = await this.db.manager.query<InterestRow[]>(
      `${INTEREST_SELECT} WHERE i.user_id = $1 ORDER BY i.notified_at IS NOT NULL, i.created_at DESC`,
      [userId],
    );
    return rows.map(toInterest);
  }

  /** People still waiting on the course's list. */
  async waitingCount(courseId: string): Promise<number> {
    const rows = await this.db.manager.query<CountRow[]>(
      `SELECT count(*)::int AS n FROM course_interests WHERE course_id = $1 AND notified_at IS NULL`,
      [courseId],
    );
    return rows.at(0)?.n ?? 0;
  }

  /** Serialises sign-ups, sign-offs and notifications of one course (a transaction-scoped advisory lock). */
  async lockCourse(courseId: string): Promise<void> {
    await this.db.manager.query(`SELECT pg_advisory_xact_lock(hashtext('course_interests:' || $1::text))`, [courseId]);
  }

  /** Marks everyone waiting as told of `sessionId` and returns who they are. */
  async markNotified(courseId: string, sessionId: string): Promise<string[]> {
    const rows = await this.db.manager.query<UserIdRow[]>(
      `WITH told AS (
         UPDATE course_interests i SET notified_at = now(), notified_session_id = $2
           FROM user_directory u
          WHERE i.course_id = $1 AND i.notified_at IS NULL AND u.id = i.user_id AND u.disabled_at IS NULL
          RETURNING i.user_id)
       SELECT user_id FROM told`,
      [courseId, sessionId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Claims the nudge of this crossing; false when it was claimed already. */
  async claimNudge(courseId: string, threshold: number, count: number): Promise<boolean> {
    const rows = await this.db.manager.query<{ course_id: string }[]>(
      `INSERT INTO course_interest_nudges (course_id, threshold, interest_count) VALUES ($1, $2, $3)
       ON CONFLICT (course_id) DO NOTHING RETURNING course_id`,
      [courseId, threshold, count],
    );
    return rows.length > 0;
  }

  /** The list dropped below the threshold: the next crossing nudges again. */
  async rearmNudge(courseId: string): Promise<void> {
    await this.db.manager.query(`DELETE FROM course_interest_nudges WHERE course_id = $1`, [courseId]);
  }

  /** Re-arms the nudge when the course's list is now below the threshold the nudge was made at. */
  async rearmNudgeBelow(courseId: string): Promise<void> {
    await this.db.manager.query(
      `DELETE FROM course_interest_nudges n WHERE n.course_id = $1
          AND (SELECT count(*) FROM course_interests i WHERE i.course_id = $1 AND i.notified_at IS NULL) < n.threshold`,
      [courseId],
    );
  }

  /** Whom a nudge goes to: the course's teachers and L&D of its organisation (active accounts). */
  async nudgeRecipients(courseId: string): Promise<string[]> {
    const rows = await this.db.manager.query<UserIdRow[]>(
      `SELECT DISTINCT u.id AS user_id FROM user_directory u
        WHERE u.disabled_at IS NULL
          AND (u.id IN (SELECT tp.user_id FROM course_teacher_directory ct
                          JOIN teacher_directory tp ON tp.id = ct.teacher_profile_id WHERE ct.course_id = $1)
               OR ('ld' = ANY(u.roles)
                   AND u.organisation_id = (SELECT organisation_id FROM course_directory WHERE id = $1)))`,
      [courseId],
    );
    return rows.map((r) => r.user_id);
  }

  async addQuestionInterest(userId: string, questionId: string): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO question_interests (user_id, question_id) VALUES ($1, $2) ON CONFLICT (user_id, question_id) DO NOTHING`,
      [userId, questionId],
    );
  }

  async removeQuestionInterest(userId: string, questionId: string): Promise<void> {
    await this.db.manager.query(`DELETE FROM question_interests WHERE user_id = $1 AND question_id = $2`, [
      userId,
      questionId,
    ]);
  }

  async questionInterestCount(questionId: string): Promise<number> {
    const rows = await this.db.manager.query<CountRow[]>(
      `SELECT count(*)::int AS n FROM question_interests WHERE question_id = $1`,
      [questionId],
    );
    return rows.at(0)?.n ?? 0;
  }

  async wantsQuestion(userId: string, questionId: string): Promise<boolean> {
    const rows = await this.db.manager.query<CountRow[]>(
      `SELECT count(*)::int AS n FROM question_interests WHERE user_id = $1 AND question_id = $2`,
      [userId, questionId],
    );
    return (rows.at(0)?.n ?? 0) > 0;
  }

  async unansweredQuestions(): Promise<QuestionRef[]> {
    const rows = await this.db.manager.query<QuestionRefRow[]>(
      `SELECT id, organisation_id, asked_by_id FROM knowledge_question_directory WHERE NOT strong_match ORDER BY created_at`,
    );
    return rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, askedById: r.asked_by_id }));
  }

  async topicFigures(days: number, organisationId: string | null): Promise<TopicFigure[]> {
    const rows = await this.db.manager.query<TopicFigureRow[]>(TOPIC_FIGURES, [days, organisationId]);
    return rows.map(toTopicFigure);
  }

  async gaps(days: number, organisationId: string | null, viewerId: string, limit: number): Promise<GapRecord[]> {
    const rows = await this.db.manager.query<GapRow[]>(GAPS, [days, organisationId, viewerId, limit]);
    return rows.map(toGap);
  }

  async trainersFor(keys: string[]): Promise<SuggestedTrainer[]> {
    if (!keys.length) return [];
    const rows = await this.db.manager.query<SuggestedTrainerRow[]>(SUGGESTED_TRAINERS, [keys]);
    return rows.map(toTrainer);
  }

  async personalData(userId: string): Promise<PersonalInterests> {
    const courseInterests = await this.db.manager.query<Record<string, unknown>[]>(
      `SELECT i.course_id AS "courseId", c.title AS "courseTitle", i.created_at AS "createdAt",
              i.notified_at AS "notifiedAt", i.notified_session_id AS "notifiedSessionId"
         FROM course_interests i JOIN course_directory c ON c.id = i.course_id
        WHERE i.user_id = $1 ORDER BY i.created_at`,
      [userId],
    );
    const questionInterests = await this.db.manager.query<Record<string, unknown>[]>(
      `SELECT qi.question_id AS "questionId", qi.created_at AS "createdAt"
         FROM question_interests qi WHERE qi.user_id = $1 ORDER BY qi.created_at`,
      [userId],
    );
    return { courseInterests, questionInterests };
  }

  /** Erasure: the person leaves every interest list and takes back every "ik wil dit ook". Returns the courses left. */
  async erase(userId: string): Promise<string[]> {
    const rows = await this.db.manager.query<{ course_id: string }[]>(
      `WITH gone AS (DELETE FROM course_interests WHERE user_id = $1 RETURNING course_id) SELECT course_id FROM gone`,
      [userId],
    );
    await this.db.manager.query(`DELETE FROM question_interests WHERE user_id = $1`, [userId]);
    return rows.map((r) => r.course_id);
  }
}
