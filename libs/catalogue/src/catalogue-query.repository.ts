import { Injectable } from '@nestjs/common';
import { regionForms } from '#libs/common';
import { Db } from '#libs/database';
import type { CatalogueSort } from './dto/catalogue-query.dto.js';
import type { CourseKind, Format, Language, Level } from './catalogue.entities.js';

export interface CatalogueFilter {
  topic?: string;
  format?: Format;
  level?: Level;
  organisationId?: string;
  /** Only courses this teacher (profile id) gives. */
  teacherId?: string;
  /** A province in any of its forms (normaliseRegion: "Friesland" finds "Fryslân"). */
  region?: string;
  /** With `region`: online sessions count as in every region ("in Utrecht of online"). */
  includeOnline?: boolean;
  language?: Language;
  from?: Date;
  to?: Date;
  freeSeats?: boolean;
  /** Only these courses (free-text hits), in this order for sort 'relevance'. */
  courseIds?: string[];
}

export interface CatalogueRow {
  id: string;
  kind: CourseKind;
  title: string;
  summary: string;
  topics: string[];
  level: Level;
  format: Format;
  language: Language;
  durationHours: number;
  organisationId: string;
  organisationName: string;
  upcomingSessions: number;
}

/** A row of one page counted by the database: with the number of courses in the whole list. */
export interface CountedCatalogueRow extends CatalogueRow {
  total: number;
}

/** The list's order, possibly cut short, and the number of courses in the whole list. */
export interface CatalogueResultIds {
  ids: string[];
  total: number;
}

/** Courses, sessions and teachers change `listing`; seats taken change `seats`. */
export interface CatalogueDataVersion {
  listing: string;
  seats: string;
}

export interface NextSessionRow {
  courseId: string;
  id: string;
  startsAt: Date;
  endsAt: Date;
  city: string | null;
  region: string | null;
  online: boolean;
  seatsLeft: number;
}

/** A row of the search statement, as PostgreSQL names it. */
interface SearchRow {
  id: string;
  kind: CourseKind;
  title: string;
  summary: string;
  topics: string[];
  level: Level;
  format: Format;
  language: Language;
  /** numeric: a string from the driver. */
  duration_hours: string;
  organisation_id: string;
  organisation_name: string;
  upcoming_sessions: number;
  total: number;
}

interface SessionRow {
  course_id: string;
  id: string;
  starts_at: Date;
  ends_at: Date;
  city: string | null;
  region: string | null;
  online: boolean;
  seats_left: number;
}

function toCatalogueRow(r: Omit<SearchRow, 'total'>): CatalogueRow {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    summary: r.summary,
    topics: r.topics,
    level: r.level,
    format: r.format,
    language: r.language,
    durationHours: Number(r.duration_hours),
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    upcomingSessions: r.upcoming_sessions,
  };
}

function toNextSessionRow(r: SessionRow): NextSessionRow {
  return {
    courseId: r.course_id,
    id: r.id,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    city: r.city,
    region: r.region,
    online: r.online,
    seatsLeft: r.seats_left,
  };
}

/**
 * Read side of the catalogue. Session filters (region, period, free seats) apply to the same
 * session: "a session in Utrecht in March with seats", not three different sessions.
 */
@Injectable()
export class CatalogueQueryRepository {
  constructor(private readonly db: Db) {}

  /** One page of the list, counted and ordered in the database: for pages past a snapshot's end. */
  async search(
    filter: CatalogueFilter,
    sort: CatalogueSort,
    page: number,
    pageSize: number,
  ): Promise<CountedCatalogueRow[]> {
    const params: unknown[] = [];
    const p = pusher(params);
    const list = this.listQuery(filter, sort, p);
    const sql = `
      ${list.with}
      SELECT ${COURSE_COLUMNS}, COALESCE(ns.n, 0)::int AS upcoming_sessions, count(*) OVER ()::int AS total
        ${list.from}
       ORDER BY ${list.order}
       LIMIT ${p(pageSize)} OFFSET ${p((page - 1) * pageSize)}`;
    return (await this.db.manager.query<SearchRow[]>(sql, params)).map((r) => ({
      ...toCatalogueRow(r),
      total: r.total,
    }));
  }

  /** The list's order as course ids (at most `limit`) and how many courses it holds in all. */
  async resultIds(filter: CatalogueFilter, sort: CatalogueSort, limit: number): Promise<CatalogueResultIds> {
    const params: unknown[] = [];
    const p = pusher(params);
    const list = this.listQuery(filter, sort, p);
    const rows = await this.db.manager.query<{ id: string; total: number }[]>(
      `${list.with}
       SELECT c.id, count(*) OVER ()::int AS total ${list.from}
        ORDER BY ${list.order}
        LIMIT ${p(limit)}`,
      params,
    );
    return { ids: rows.map((r) => r.id), total: rows[0]?.total ?? 0 };
  }

  /**
   * The list rows of these courses, in this order, counting their upcoming sessions as the filter
   * says; a course no longer public since the ids were taken is left out.
   */
  async rowsByIds(ids: string[], filter: CatalogueFilter): Promise<CatalogueRow[]> {
    if (!ids.length) return [];
    const params: unknown[] = [ids];
    const p = pusher(params);
    const seats = filter.freeSeats ? 'LEFT JOIN session_seat_counts a ON a.session_id = s.id' : '';
    const rows = await this.db.manager.query<Omit<SearchRow, 'total'>[]>(
      `SELECT ${COURSE_COLUMNS},
              (SELECT count(*) FROM course_sessions s ${seats}
                WHERE s.course_id = c.id AND ${this.sessionConditions(filter, p).join(' AND ')})::int AS upcoming_sessions
         FROM courses c JOIN organisation_directory o ON o.id = c.organisation_id
        WHERE c.id = ANY($1::uuid[]) AND ${PUBLIC_COURSE.join(' AND ')}`,
      params,
    );
    const byId = new Map(rows.map((r) => [r.id, toCatalogueRow(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The numbers the database draws on every write the list is computed from (migration CatalogueDataVersion). */
  async dataVersion(): Promise<CatalogueDataVersion> {
    const [row] = await this.db.manager.query<CatalogueDataVersion[]>(
      `SELECT (SELECT last_value FROM catalogue_data_version)::text AS listing,
              (SELECT last_value FROM catalogue_seat_version)::text AS seats`,
    );
    return row;
  }

  /**
   * The list as one statement: upcoming sessions are aggregated once per query (one pass over
   * the session index), not looked up per course. Seats taken come from enrolments, which decide
   * them (their view session_seat_counts; a session without a row has none taken).
   */
  private listQuery(filter: CatalogueFilter, sort: CatalogueSort, p: (v: unknown) => string) {
    const courseWhere = [...PUBLIC_COURSE];
    if (filter.topic) courseWhere.push(`c.topic_keys @> ARRAY[${p(filter.topic.trim().toLowerCase())}]::text[]`);
    if (filter.format) courseWhere.push(`c.format = ${p(filter.format)}`);
    if (filter.level) courseWhere.push(`c.level = ${p(filter.level)}`);
    if (filter.organisationId) courseWhere.push(`c.organisation_id = ${p(filter.organisationId)}`);
    if (filter.language) courseWhere.push(`c.language = ${p(filter.language)}`);
    if (filter.teacherId) courseWhere.push(teacherCondition(p(filter.teacherId)));
    const ids = filter.courseIds ? p(filter.courseIds) : null;
    if (ids) courseWhere.push(`c.id = ANY(${ids}::uuid[])`);

    const sessionWhere = this.sessionConditions(filter, p);
    // The same course conditions limit which sessions are aggregated.
    const coursesOnly = [...courseWhere];
    if (hasSessionFilter(filter)) courseWhere.push(`ns.next_start IS NOT NULL`);

    const order =
      sort === 'relevance' && ids
        ? `array_position(${ids}::uuid[], c.id)`
        : sort === 'title'
          ? `c.title ASC, c.id ASC`
          : sort === 'newest'
            ? `c.published_at DESC NULLS LAST, c.id ASC`
            : `ns.next_start ASC NULLS LAST, c.title ASC, c.id ASC`;
    const seats = filter.freeSeats ? 'LEFT JOIN session_seat_counts a ON a.session_id = s.id' : '';
    return {
      with: `WITH ns AS (
        SELECT s.course_id, min(s.starts_at) AS next_start, count(*) AS n
          FROM course_sessions s JOIN courses c ON c.id = s.course_id ${seats}
         WHERE ${sessionWhere.join(' AND ')} AND ${coursesOnly.join(' AND ')}
         GROUP BY s.course_id)`,
      from: `FROM courses c
        JOIN organisation_directory o ON o.id = c.organisation_id
        LEFT JOIN ns ON ns.course_id = c.id
       WHERE ${courseWhere.join(' AND ')}`,
      order,
    };
  }

  /** For each course, its first upcoming session that matches the filter, with the seats left. */
  async nextSessions(courseIds: string[], filter: CatalogueFilter): Promise<NextSessionRow[]> {
    if (!courseIds.length) return [];
    const params: unknown[] = [courseIds];
    const p = pusher(params);
    const where = this.sessionConditions(filter, p);
    const rows = await this.db.manager.query<SessionRow[]>(
      `SELECT DISTINCT ON (s.course_id) s.course_id, s.id, s.starts_at, s.ends_at, s.city, s.region,
              (s.online_url IS NOT NULL) AS online, GREATEST(s.capacity - COALESCE(a.seats_taken, 0), 0) AS seats_left
         FROM course_sessions s LEFT JOIN session_seat_counts a ON a.session_id = s.id
        WHERE s.course_id = ANY($1::uuid[]) AND ${where.join(' AND ')}
        ORDER BY s.course_id, s.starts_at`,
      params,
    );
    return rows.map(toNextSessionRow);
  }

  private sessionConditions(filter: CatalogueFilter, p: (v: unknown) => string): string[] {
    const where = [`s.status = 'scheduled'`, `s.starts_at > now()`, `s.visible_to_organisation_id IS NULL`];
    if (filter.region) {
      const forms = regionForms(filter.region).map((r) => r.toLowerCase());
      const region = `lower(s.region) = ANY(${p(forms)}::text[])`;
      where.push(filter.includeOnline ? `(${region} OR s.online_url IS NOT NULL)` : region);
    }
    if (filter.from) where.push(`s.starts_at >= ${p(filter.from)}`);
    if (filter.to) where.push(`s.starts_at < ${p(filter.to)}`);
    // Needs session_seat_counts (left) joined as a.
    if (filter.freeSeats) where.push(`s.capacity > COALESCE(a.seats_taken, 0) AND s.enrolment_deadline > now()`);
    return where;
  }
}

/** Only what the public catalogue shows. */
const PUBLIC_COURSE = [`c.status = 'published'`, `c.visible_to_organisation_id IS NULL`];

const COURSE_COLUMNS = `c.id, c.kind, c.title, c.summary, c.topics, c.level, c.format, c.language, c.duration_hours,
       c.organisation_id, o.name AS organisation_name`;

/** Adds a statement parameter and names it ($n). */
function pusher(params: unknown[]): (value: unknown) => string {
  return (value) => {
    params.push(value);
    return `$${params.length}`;
  };
}

function hasSessionFilter(f: CatalogueFilter): boolean {
  return !!(f.region || f.from || f.to || f.freeSeats);
}

export function teacherCondition(param: string): string {
  return `EXISTS (SELECT 1 FROM course_teachers ct WHERE ct.course_id = c.id AND ct.teacher_profile_id = ${param}::uuid)`;
}
