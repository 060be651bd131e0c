import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { CourseDocument, TrainerDocument } from './documents.js';

export interface OutboxRow {
  id: string;
  entity: 'trainer' | 'course';
  entityId: string;
}

const TRAINER_DOCS = `
  SELECT tp.id, u.name, tp.job_title AS "jobTitle", tp.bio, tp.expertise, tp.formats, tp.regions, tp.languages,
         tp.in_company AS "inCompany", u.organisation_id AS "organisationId", o.name AS "organisationName",
         o.slug AS "organisationSlug", COALESCE(tp.regions[1], o.region) AS region,
         COALESCE(array_agg(c.id ORDER BY c.title) FILTER (WHERE c.id IS NOT NULL), '{}') AS "courseIds",
         COALESCE(array_agg(c.title ORDER BY c.title) FILTER (WHERE c.id IS NOT NULL), '{}') AS "courseTitles",
         COALESCE(array_agg(c.summary ORDER BY c.title) FILTER (WHERE c.id IS NOT NULL), '{}') AS "courseSummaries",
         COALESCE((SELECT array_agg(DISTINCT t) FROM course_teachers ct2 JOIN courses c2 ON c2.id = ct2.course_id AND c2.status = 'published',
                          unnest(c2.topics) t WHERE ct2.teacher_profile_id = tp.id), '{}') AS "courseTopics"
    FROM teacher_profiles tp
    JOIN users u ON u.id = tp.user_id AND u.disabled_at IS NULL
    JOIN organisations o ON o.id = u.organisation_id
    LEFT JOIN course_teachers ct ON ct.teacher_profile_id = tp.id
    LEFT JOIN courses c ON c.id = ct.course_id AND c.status = 'published'`;

const COURSE_DOCS = `
  SELECT c.id, c.title, c.summary, c.description, c.learning_goals AS "learningGoals", c.topics, c.level::text AS level,
         c.format::text AS format, c.language, c.organisation_id AS "organisationId", o.name AS "organisationName",
         COALESCE(array_agg(ct.teacher_profile_id ORDER BY ct.position) FILTER (WHERE ct.teacher_profile_id IS NOT NULL), '{}') AS "teacherIds"
    FROM courses c
    JOIN organisations o ON o.id = c.organisation_id
    LEFT JOIN course_teachers ct ON ct.course_id = c.id
   WHERE c.status = 'published'`;

/** Reads the search documents from the database (the source of truth) and the outbox. */
@Injectable()
export class SearchIndexRepository {
  constructor(private readonly db: Db) {}

  trainerDocuments(ids?: string[]): Promise<TrainerDocument[]> {
    return this.db.manager.query(
      `${TRAINER_DOCS} ${ids ? 'WHERE tp.id = ANY($1::uuid[])' : ''} GROUP BY tp.id, u.id, o.id ORDER BY tp.id`,
      ids ? [ids] : [],
    );
  }

  courseDocuments(ids?: string[]): Promise<CourseDocument[]> {
    return this.db.manager.query(
      `${COURSE_DOCS} ${ids ? 'AND c.id = ANY($1::uuid[])' : ''} GROUP BY c.id, o.id ORDER BY c.id`,
      ids ? [ids] : [],
    );
  }

  /** Serialises draining and rebuilding, so a rebuild never overwrites a newer change. */
  async lockIndexing(): Promise<void> {
    await this.db.manager.query(`SELECT pg_advisory_xact_lock(4224091004)`);
  }

  async claimOutbox(limit: number): Promise<OutboxRow[]> {
    return this.db.manager.query(
      `SELECT id, entity, entity_id AS "entityId" FROM search_outbox
        WHERE NOT dead AND available_at <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async deleteOutbox(ids: string[]): Promise<void> {
    await this.db.manager.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /** Back-off: 2^attempts seconds; after 8 attempts the entry is a dead letter for admins. */
  async failOutbox(ids: string[], error: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
              available_at = now() + make_interval(secs => power(2, attempts + 1)), dead = attempts + 1 >= 8
        WHERE id = ANY($1::bigint[])`,
      [ids, error.slice(0, 1000)],
    );
  }

  async outboxStats(): Promise<{ pending: number; dead: number; oldestPendingSeconds: number | null }> {
    const [row] = await this.db.manager.query(
      `SELECT count(*) FILTER (WHERE NOT dead)::int AS pending, count(*) FILTER (WHERE dead)::int AS dead,
              extract(epoch FROM now() - min(enqueued_at) FILTER (WHERE NOT dead))::float AS "oldestPendingSeconds"
         FROM search_outbox`,
    );
    return row;
  }

  deadLetters(
    limit = 50,
  ): Promise<{ id: string; entity: string; entityId: string; attempts: number; lastError: string | null }[]> {
    return this.db.manager.query(
      `SELECT id, entity, entity_id AS "entityId", attempts, last_error AS "lastError" FROM search_outbox WHERE dead ORDER BY id LIMIT $1`,
      [limit],
    );
  }

  async retryDead(): Promise<number> {
    const result = await this.db.manager.query(
      `UPDATE search_outbox SET dead = false, attempts = 0, available_at = now() WHERE dead`,
    );
    return result[1] ?? 0;
  }
}
