import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { CourseKind } from './catalogue.entities.js';

export interface CourseSuggestionRow {
  id: string;
  title: string;
  kind: CourseKind;
}
export interface TopicSuggestionRow {
  value: string;
  label: string;
  count: number;
}
export interface TrainerSuggestionRow {
  id: string;
  name: string;
  jobTitle: string;
}

interface TrainerSqlRow {
  id: string;
  name: string;
  job_title: string;
}

/** LIKE patterns with the text taken literally. */
function literal(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const PUBLISHED = `c.status = 'published' AND c.visible_to_organisation_id IS NULL`;

/**
 * Search-as-you-type for the public catalogue: what the visitor could mean with the letters typed
 * so far. Everything is public already (published courses, their topics and teachers).
 */
@Injectable()
export class CatalogueSuggestionsRepository {
  constructor(private readonly db: Db) {}

  /** Titles with the text, those starting with it (or a word starting with it) first. */
  async courses(text: string, limit: number): Promise<CourseSuggestionRow[]> {
    const t = literal(text);
    return this.db.manager.query<CourseSuggestionRow[]>(
      `SELECT c.id, c.title, c.kind FROM courses c
        WHERE ${PUBLISHED} AND c.title ILIKE $1
        ORDER BY (c.title ILIKE $2) DESC, (c.title ILIKE $3) DESC, c.title, c.id LIMIT $4`,
      [`%${t}%`, `${t}%`, `% ${t}%`, limit],
    );
  }

  /** Topics (keys are lower case) with a word that starts with the text, the commonest first. */
  async topics(text: string, limit: number): Promise<TopicSuggestionRow[]> {
    const t = literal(text.toLowerCase());
    return this.db.manager.query<TopicSuggestionRow[]>(
      `SELECT k.key AS value, min(k.label) AS label, count(*)::int AS count
         FROM courses c, unnest(c.topic_keys, c.topics) AS k(key, label)
        WHERE ${PUBLISHED} AND (k.key LIKE $1 OR k.key LIKE $2 OR k.key LIKE $3)
        GROUP BY k.key ORDER BY count(*) DESC, k.key LIMIT $4`,
      [`${t}%`, `% ${t}%`, `%-${t}%`, limit],
    );
  }

  /** Active teachers of a published course whose name has the text. */
  async trainers(text: string, limit: number): Promise<TrainerSuggestionRow[]> {
    const rows = await this.db.manager.query<TrainerSqlRow[]>(
      `SELECT tp.id, u.name, tp.job_title FROM teacher_profiles tp
         JOIN user_directory u ON u.id = tp.user_id
        WHERE u.disabled_at IS NULL AND u.name ILIKE $1
          AND EXISTS (SELECT 1 FROM course_teachers ct JOIN courses c ON c.id = ct.course_id
                       WHERE ct.teacher_profile_id = tp.id AND ${PUBLISHED})
        ORDER BY (u.name ILIKE $2) DESC, u.name, tp.id LIMIT $3`,
      [`%${literal(text)}%`, `${literal(text)}%`, limit],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, jobTitle: r.job_title }));
  }
}
