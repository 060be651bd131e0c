import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram search on the titles of public published courses, for search-as-you-type (issue #13
 * item 6), owned by catalogue; partial: only what the public catalogue can show. (A covering
 * index on upcoming sessions was tried for the facets and dropped: on fresh, unanalysed tables
 * the planner chose it for a nested loop that took the demo catalogue's list from 50 ms to 20 s.)
 */
export class CatalogueFacetIndexes1796400700000 implements MigrationInterface {
  name = 'CatalogueFacetIndexes1796400700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_courses_public_title_trgm" ON "courses" USING gin ("title" gin_trgm_ops)
         WHERE "status" = 'published' AND "visible_to_organisation_id" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_courses_public_title_trgm"`);
  }
}
