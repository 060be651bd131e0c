import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

/** Knowledge questions: the text is the asker's; the topics it was about stay as demand figures. */
@Injectable()
export class KnowledgeBankPersonalData {
  constructor(private readonly db: Db) {}

  export(userId: string): Promise<Record<string, unknown>[]> {
    return this.db.manager.query(
      `SELECT text, filters, topics, result_count AS "resultCount", strong_match AS "strongMatch", created_at AS "createdAt"
         FROM knowledge_questions WHERE asked_by_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  async erase(userId: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE knowledge_questions SET text = '', filters = '{}', asked_by_id = NULL WHERE asked_by_id = $1`,
      [userId],
    );
  }

  /** Retention: question texts older than the period are blanked; who asked goes too. */
  async purgeTexts(days: number): Promise<number> {
    const [row] = await this.db.manager.query(
      `WITH u AS (UPDATE knowledge_questions SET text = '', filters = '{}', asked_by_id = NULL
                   WHERE created_at < now() - make_interval(days => $1) AND (text <> '' OR asked_by_id IS NOT NULL) RETURNING 1)
       SELECT count(*)::int AS n FROM u`,
      [days],
    );
    return row.n;
  }
}
