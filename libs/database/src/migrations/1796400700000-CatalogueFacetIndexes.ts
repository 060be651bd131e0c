import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the public catalogue at scale (issue #13 item 7), owned by catalogue:
 * - upcoming public sessions per course, with what the list, its facets and filters read
 *   (region, seats, deadline, online), so the session aggregate reads the index, not the table;
 * - trigram search on the titles of public published courses, for search-as-you-type.
 * Both partial: only what the public catalogue can show.
 */
export class CatalogueFacetIndexes1796400700000 implements MigrationInterface {
  name = 'CatalogueFacetIndexes1796400700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_course_sessions_public_upcoming" ON "course_sessions" ("course_id", "starts_at")
         INCLUDE ("region", "capacity", "enrolment_deadline", "online_url")
         WHERE "status" = 'scheduled' AND "visible_to_organisation_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_courses_public_title_trgm" ON "courses" USING gin ("title" gin_trgm_ops)
         WHERE "status" = 'published' AND "visible_to_organisation_id" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_courses_public_title_trgm"`);
    await queryRunner.query(`DROP INDEX "ix_course_sessions_public_upcoming"`);
  }
}
