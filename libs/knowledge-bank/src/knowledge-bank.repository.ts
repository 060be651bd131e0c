import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { MatchedCourseDto, MatchedSessionDto } from './dto/knowledge.dto.js';
import { KnowledgeQuestion } from './knowledge-bank.entities.js';

/** A question as the matcher stores it (for demand figures and the asker's own export). */
export interface NewKnowledgeQuestion {
  text: string;
  filters: Record<string, unknown>;
  askedById: string | null;
  organisationId: string | null;
  topics: string[];
  resultCount: number;
  strongMatch: boolean;
}

/** One upcoming session as json_build_object writes it (timestamps as ISO text). */
interface MatchedSessionRow {
  id: string;
  starts_at: string;
  city: string | null;
  online: boolean;
  seats_left: number;
}

interface MatchedCourseRow {
  id: string;
  title: string;
  summary: string;
  organisation_id: string;
  organisation_name: string;
  sessions: MatchedSessionRow[] | null;
}

interface OrganisationRegionRow {
  region: string;
}

interface AskedQuestionRow {
  text: string;
  filters: Record<string, unknown>;
  topics: string[];
  result_count: number;
  strong_match: boolean;
  created_at: Date;
}

/** A question as its asker gets it in their personal-data export. */
export interface AskedQuestion {
  text: string;
  filters: Record<string, unknown>;
  topics: string[];
  resultCount: number;
  strongMatch: boolean;
  createdAt: Date;
}

interface CountRow {
  n: number;
}

/** Upcoming sessions shown per matched course. */
const SHOWN_SESSIONS = 3;

/** Published courses (catalogue's views) with their next scheduled sessions and free seats (enrolments' view). */
const MATCHED_COURSES = `
  SELECT c.id, c.title, c.summary, o.id AS organisation_id, o.name AS organisation_name,
         (SELECT json_agg(json_build_object('id', s.id, 'starts_at', s.starts_at, 'city', s.city,
                                            'online', s.online_url IS NOT NULL, 'seats_left', s.seats_left)
                          ORDER BY s.starts_at)
            FROM (SELECT s.id, s.starts_at, s.city, s.online_url, a.seats_left
                    FROM session_directory s
                    JOIN session_availability a ON a.session_id = s.id
                   WHERE s.course_id = c.id AND s.status = 'scheduled' AND s.starts_at > now()
                   ORDER BY s.starts_at LIMIT $2) s) AS sessions
    FROM course_directory c
    JOIN organisation_directory o ON o.id = c.organisation_id
   WHERE c.id = ANY($1::uuid[]) AND c.status = 'published'`;

function toAskedQuestion(row: AskedQuestionRow): AskedQuestion {
  return {
    text: row.text,
    filters: row.filters,
    topics: row.topics,
    resultCount: row.result_count,
    strongMatch: row.strong_match,
    createdAt: row.created_at,
  };
}

function toMatchedSession(row: MatchedSessionRow): MatchedSessionDto {
  return { id: row.id, startsAt: row.starts_at, city: row.city, online: row.online, seatsLeft: row.seats_left };
}

function toMatchedCourse(row: MatchedCourseRow): MatchedCourseDto {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    upcomingSessions: (row.sessions ?? []).map(toMatchedSession),
  };
}

/** The knowledge bank's questions, and what an answer shows of the catalogue (through its views). */
@Injectable()
export class KnowledgeBankRepository {
  constructor(private readonly db: Db) {}

  saveQuestion(question: NewKnowledgeQuestion): Promise<KnowledgeQuestion> {
    const repo = this.db.manager.getRepository(KnowledgeQuestion);
    return repo.save(repo.create(question));
  }

  /** Published courses among `ids` (in no particular order), each with its next scheduled sessions. */
  async publishedCoursesWithSessions(ids: string[]): Promise<MatchedCourseDto[]> {
    const rows = await this.db.manager.query<MatchedCourseRow[]>(MATCHED_COURSES, [ids, SHOWN_SESSIONS]);
    return rows.map(toMatchedCourse);
  }

  async organisationRegion(organisationId: string): Promise<string | undefined> {
    const rows = await this.db.manager.query<OrganisationRegionRow[]>(
      `SELECT region FROM organisation_directory WHERE id = $1`,
      [organisationId],
    );
    return rows.at(0)?.region;
  }

  async questionsAskedBy(userId: string): Promise<AskedQuestion[]> {
    const rows = await this.db.manager.query<AskedQuestionRow[]>(
      `SELECT text, filters, topics, result_count, strong_match, created_at
         FROM knowledge_questions WHERE asked_by_id = $1 ORDER BY created_at`,
      [userId],
    );
    return rows.map(toAskedQuestion);
  }

  /** The asker's texts and filters go; the topics stay as anonymous demand figures. */
  async forgetAsker(userId: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE knowledge_questions SET text = '', filters = '{}', asked_by_id = NULL WHERE asked_by_id = $1`,
      [userId],
    );
  }

  /** Blanks text, filters and asker of questions older than `days`; returns how many were blanked. */
  async blankQuestionsOlderThan(days: number): Promise<number> {
    const rows = await this.db.manager.query<CountRow[]>(
      `WITH u AS (UPDATE knowledge_questions SET text = '', filters = '{}', asked_by_id = NULL
                   WHERE created_at < now() - make_interval(days => $1) AND (text <> '' OR asked_by_id IS NOT NULL) RETURNING 1)
       SELECT count(*)::int AS n FROM u`,
      [days],
    );
    return rows.at(0)?.n ?? 0;
  }
}
