import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search document's name or title as a column of its own, owned by the knowledge bank's
 * PostgreSQL engine: ties in text score are broken by it so that re-imports of a catalogue (new
 * ids) rank alike. Read from the jsonb document it cost a detoast per matching row, half of a
 * first-pass search at 100,000 trainers (23 → 12 ms p50, npm run bench:match). Generated from the
 * document, so no writer can let the two disagree.
 */
export class SearchDocumentLabel1796401000000 implements MigrationInterface {
  name = 'SearchDocumentLabel1796401000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "search_documents" ADD COLUMN "label" text NOT NULL
         GENERATED ALWAYS AS (coalesce(doc->>'name', doc->>'title', '')) STORED`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_documents" DROP COLUMN "label"`);
  }
}
