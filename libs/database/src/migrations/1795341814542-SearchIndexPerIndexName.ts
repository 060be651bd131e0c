import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search indexes per search index (trainers, courses) instead of one over both: a course search
 * no longer walks every matching trainer row only to filter it out (and the other way round).
 * No planner statistics for search_documents.words: pg_trgm estimates `<%` by running
 * word_similarity over the column's histogram, which made planning one typo query cost 6–12 ms
 * on a large index; without them the planner uses its default selectivity and the same plan.
 */
export class SearchIndexPerIndexName1795341814542 implements MigrationInterface {
  name = 'SearchIndexPerIndexName1795341814542';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_search_documents_tsv"`);
    await queryRunner.query(`DROP INDEX "ix_search_documents_words"`);
    for (const index of ['trainers', 'courses']) {
      await queryRunner.query(
        `CREATE INDEX "ix_search_documents_${index}_tsv" ON "search_documents" USING gin ("tsv") WHERE index_name = '${index}'`,
      );
      await queryRunner.query(
        `CREATE INDEX "ix_search_documents_${index}_words" ON "search_documents" USING gin ("words" gin_trgm_ops) WHERE index_name = '${index}'`,
      );
    }
    await queryRunner.query(`ALTER TABLE "search_documents" ALTER COLUMN "words" SET STATISTICS 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_documents" ALTER COLUMN "words" SET STATISTICS -1`);
    for (const index of ['trainers', 'courses']) {
      await queryRunner.query(`DROP INDEX "ix_search_documents_${index}_tsv"`);
      await queryRunner.query(`DROP INDEX "ix_search_documents_${index}_words"`);
    }
    await queryRunner.query(`CREATE INDEX "ix_search_documents_tsv" ON "search_documents" USING gin ("tsv")`);
    await queryRunner.query(
      `CREATE INDEX "ix_search_documents_words" ON "search_documents" USING gin ("words" gin_trgm_ops)`,
    );
  }
}
