import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sequence each table's writes draw from: what courses exist and when, apart from seats taken. */
const DRAWS_FROM = {
  courses: 'catalogue_data_version',
  course_sessions: 'catalogue_data_version',
  course_teachers: 'catalogue_data_version',
  session_seats: 'catalogue_seat_version',
} as const;

/**
 * Version numbers for the data the catalogue list is computed from (issue #13 item 7), owned by
 * catalogue. Every statement that writes one of those tables draws a new number, whoever runs it
 * (services, seeding, the enrolment engine's seat cache), so every API process can tell that its
 * cached list order, total and facet counts are out of date with one cheap read. Seats taken have
 * their own number: they change with every enrolment and only free-seat lists depend on them.
 * Sequences, not a table: drawing a number takes no row lock, so busy enrolment never queues on it.
 */
export class CatalogueDataVersion1796400900000 implements MigrationInterface {
  name = 'CatalogueDataVersion1796400900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sequence of new Set(Object.values(DRAWS_FROM))) {
      await queryRunner.query(`CREATE SEQUENCE "${sequence}"`);
      await queryRunner.query(
        `CREATE FUNCTION "${sequence}_draw"() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN PERFORM nextval('${sequence}'); RETURN NULL; END $$`,
      );
    }
    for (const [table, sequence] of Object.entries(DRAWS_FROM)) {
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION "${sequence}_draw"()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(DRAWS_FROM)) {
      await queryRunner.query(`DROP TRIGGER "tr_${table}_catalogue_version" ON "${table}"`);
    }
    for (const sequence of new Set(Object.values(DRAWS_FROM))) {
      await queryRunner.query(`DROP FUNCTION "${sequence}_draw"()`);
      await queryRunner.query(`DROP SEQUENCE "${sequence}"`);
    }
  }
}
