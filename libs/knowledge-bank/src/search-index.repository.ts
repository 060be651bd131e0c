import { Injectable } from '@nestjs/common';
import { normaliseRegion } from '#libs/common';
import { Db } from '#libs/database';
import type { CourseDocument, TrainerDocument } from './documents.js';

export interface OutboxRow {
  id: string;
  entity: 'trainer' | 'course';
  entityId: string;
}

export interface OutboxStats {
  pending: number;
  dead: number;
  oldestPendingSeconds: number | null;
}

export interface DeadLetter {
  id: string;
  entity: string;
  entityId: string;
  attempts: number;
  lastError: string | null;
}

interface TrainerDocumentRow {
  id: string;
  name: string;
  job_title: string;
  bio: string;
  expertise: string[];
  formats: string[];
  regions: string[];
  languages: string[];
  in_company: boolean;
  organisation_id: string;
  organisation_name: string;
  organisation_slug: string;
  region: string;
  course_ids: string[];
  course_titles: string[];
  course_summaries: string[];
  course_topics: string[];
}

interface CourseDocumentRow {
  id: string;
  title: string;
  summary: string;
  description: string;
  learning_goals: string[];
  topics: string[];
  level: string;
  format: string;
  language: string;
  organisation_id: string;
  organisation_name: string;
  teacher_ids: string[];
}

interface OutboxEntryRow {
  id: string;
  entity: 'trainer' | 'course';
  entity_id: string;
}

interface OutboxStatsRow {
  pending: number;
  dead: number;
  oldest_pending_seconds: number | null;
}

interface DeadLetterRow {
  id: string;
  entity: string;
  entity_id: string;
  attempts: number;
  last_error: string | null;
}

interface CountRow {
  n: number;
}

/** After this many failed attempts an outbox entry is a dead letter for admins. */
const OUTBOX_MAX_ATTEMPTS = 8;
/** Longest error text kept per outbox entry. */
const OUTBOX_ERROR_CHARS = 1000;

/**
 * Active teachers (of the catalogue's, identity's and organisations' views) with their published
 * courses; all when $1 is null, else those among $1.
 */
const TRAINER_DOCUMENTS = `
  SELECT tp.id, u.name, tp.job_title, tp.bio, tp.expertise, tp.formats, tp.regions, tp.languages, tp.in_company,
         u.organisation_id, o.name AS organisation_name, o.slug AS organisation_slug,
         COALESCE(tp.regions[1], o.region) AS region,
         taught.course_ids, taught.course_titles, taught.course_summaries,
         COALESCE((SELECT array_agg(DISTINCT t)
                     FROM course_teacher_directory ct2
                     JOIN course_directory c2 ON c2.id = ct2.course_id AND c2.status = 'published',
                          unnest(c2.topics) t
                    WHERE ct2.teacher_profile_id = tp.id), '{}') AS course_topics
    FROM teacher_directory tp
    JOIN user_directory u ON u.id = tp.user_id AND u.disabled_at IS NULL
    JOIN organisation_directory o ON o.id = u.organisation_id
   CROSS JOIN LATERAL (
         SELECT COALESCE(array_agg(c.id ORDER BY c.title), '{}') AS course_ids,
                COALESCE(array_agg(c.title ORDER BY c.title), '{}') AS course_titles,
                COALESCE(array_agg(c.summary ORDER BY c.title), '{}') AS course_summaries
           FROM course_teacher_directory ct
           JOIN course_directory c ON c.id = ct.course_id AND c.status = 'published'
          WHERE ct.teacher_profile_id = tp.id) taught
   WHERE $1::uuid[] IS NULL OR tp.id = ANY($1::uuid[])
   ORDER BY tp.id`;

/** Published courses with their teachers in order; all when $1 is null, else those among $1. */
const COURSE_DOCUMENTS = `
  SELECT c.id, c.title, c.summary, c.description, c.learning_goals, c.topics, c.level::text AS level,
         c.format::text AS format, c.language, c.organisation_id, o.name AS organisation_name,
         COALESCE((SELECT array_agg(ct.teacher_profile_id ORDER BY ct.position)
                     FROM course_teacher_directory ct WHERE ct.course_id = c.id), '{}') AS teacher_ids
    FROM course_directory c
    JOIN organisation_directory o ON o.id = c.organisation_id
   WHERE c.status = 'published' AND ($1::uuid[] IS NULL OR c.id = ANY($1::uuid[]))
   ORDER BY c.id`;

function canonicalRegion(region: string): string {
  return (region && normaliseRegion(region)) || region;
}

function toTrainerDocument(row: TrainerDocumentRow): TrainerDocument {
  return {
    id: row.id,
    name: row.name,
    jobTitle: row.job_title,
    bio: row.bio,
    expertise: row.expertise,
    formats: row.formats,
    // Regions in their canonical form, so a filter in any form (normaliseFilters) matches them.
    regions: [...new Set(row.regions.map(canonicalRegion))],
    languages: row.languages,
    inCompany: row.in_company,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationSlug: row.organisation_slug,
    region: canonicalRegion(row.region),
    courseIds: row.course_ids,
    courseTitles: row.course_titles,
    courseSummaries: row.course_summaries,
    courseTopics: row.course_topics,
  };
}

function toCourseDocument(row: CourseDocumentRow): CourseDocument {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    description: row.description,
    learningGoals: row.learning_goals,
    topics: row.topics,
    level: row.level,
    format: row.format,
    language: row.language,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    teacherIds: row.teacher_ids,
  };
}

function toOutboxRow(row: OutboxEntryRow): OutboxRow {
  return { id: row.id, entity: row.entity, entityId: row.entity_id };
}

function toOutboxStats(row: OutboxStatsRow): OutboxStats {
  return { pending: row.pending, dead: row.dead, oldestPendingSeconds: row.oldest_pending_seconds };
}

function toDeadLetter(row: DeadLetterRow): DeadLetter {
  return {
    id: row.id,
    entity: row.entity,
    entityId: row.entity_id,
    attempts: row.attempts,
    lastError: row.last_error,
  };
}

/** Reads the search documents from the database (the source of truth) and the outbox. */
@Injectable()
export class SearchIndexRepository {
  constructor(private readonly db: Db) {}

  /** Every trainer's document, or those of `ids` (a missing one is no longer searchable). */
  async trainerDocuments(ids?: string[]): Promise<TrainerDocument[]> {
    const rows = await this.db.manager.query<TrainerDocumentRow[]>(TRAINER_DOCUMENTS, [ids ?? null]);
    return rows.map(toTrainerDocument);
  }

  /** Every published course's document, or those of `ids` (a missing one is no longer searchable). */
  async courseDocuments(ids?: string[]): Promise<CourseDocument[]> {
    const rows = await this.db.manager.query<CourseDocumentRow[]>(COURSE_DOCUMENTS, [ids ?? null]);
    return rows.map(toCourseDocument);
  }

  /** Serialises draining and rebuilding, so a rebuild never overwrites a newer change. */
  async lockIndexing(): Promise<void> {
    await this.db.manager.query(`SELECT pg_advisory_xact_lock(4224091004)`);
  }

  async claimOutbox(limit: number): Promise<OutboxRow[]> {
    const rows = await this.db.manager.query<OutboxEntryRow[]>(
      `SELECT id, entity, entity_id FROM search_outbox
        WHERE NOT dead AND available_at <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map(toOutboxRow);
  }

  async deleteOutbox(ids: string[]): Promise<void> {
    await this.db.manager.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /** Back-off: 2^attempts seconds; after OUTBOX_MAX_ATTEMPTS the entry is a dead letter for admins. */
  async failOutbox(ids: string[], error: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
              available_at = now() + make_interval(secs => power(2, attempts + 1)), dead = attempts + 1 >= $3
        WHERE id = ANY($1::bigint[])`,
      [ids, error.slice(0, OUTBOX_ERROR_CHARS), OUTBOX_MAX_ATTEMPTS],
    );
  }

  async outboxStats(): Promise<OutboxStats> {
    const rows = await this.db.manager.query<OutboxStatsRow[]>(
      `SELECT count(*) FILTER (WHERE NOT dead)::int AS pending, count(*) FILTER (WHERE dead)::int AS dead,
              extract(epoch FROM now() - min(enqueued_at) FILTER (WHERE NOT dead))::float AS oldest_pending_seconds
         FROM search_outbox`,
    );
    // An aggregate without GROUP BY always answers one row.
    return toOutboxStats(rows.at(0) ?? { pending: 0, dead: 0, oldest_pending_seconds: null });
  }

  async deadLetters(limit = 50): Promise<DeadLetter[]> {
    const rows = await this.db.manager.query<DeadLetterRow[]>(
      `SELECT id, entity, entity_id, attempts, last_error FROM search_outbox WHERE dead ORDER BY id LIMIT $1`,
      [limit],
    );
    return rows.map(toDeadLetter);
  }

  /** Gives every dead letter a fresh start; returns how many. */
  async retryDead(): Promise<number> {
    const rows = await this.db.manager.query<CountRow[]>(
      `WITH r AS (UPDATE search_outbox SET dead = false, attempts = 0, available_at = now() WHERE dead RETURNING 1)
       SELECT count(*)::int AS n FROM r`,
    );
    return rows.at(0)?.n ?? 0;
  }
}
