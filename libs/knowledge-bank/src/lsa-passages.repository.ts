import type { Db } from '#libs/database';
import type { CourseDocument, TrainerDocument } from './documents.js';

export interface IndexedPassageRow {
  index_name: string;
  doc: TrainerDocument & CourseDocument;
}

/** The indexed documents (search_documents, this lib's table) the latent semantic model learns from. */
export class LsaPassagesRepository {
  constructor(private readonly db: Db) {}

  /** Changes when a document is added, removed or updated: the count and the latest update. */
  async fingerprint(): Promise<string> {
    const [row] = await this.db.dataSource.query<{ fingerprint: string }[]>(
      `SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') AS fingerprint FROM search_documents`,
    );
    return row.fingerprint;
  }

  /**
   * At most `limit` trainers and `limit` courses, ordered by name or title, then id: the same
   * catalogue gives the same sample in the same order (ids differ between imports of it).
   */
  passages(limit: number): Promise<IndexedPassageRow[]> {
    return this.db.dataSource.query<IndexedPassageRow[]>(
      `(SELECT index_name, doc FROM search_documents WHERE index_name = 'trainers' ORDER BY doc->>'name', doc_id LIMIT $1)
       UNION ALL
       (SELECT index_name, doc FROM search_documents WHERE index_name = 'courses' ORDER BY doc->>'title', doc_id LIMIT $1)`,
      [limit],
    );
  }
}
