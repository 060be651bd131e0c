import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_SESSION_DIRECTORY = `SELECT id, course_id, starts_at, ends_at, venue_name, address, city, region, online_url, capacity, enrolment_deadline, cancellation_deadline, status, visible_to_organisation_id, created_at, updated_at FROM course_sessions`;

const SESSION_AVAILABILITY = `SELECT s.id AS session_id, COALESCE(ss.seats_taken, 0) AS seats_taken,
                GREATEST(s.capacity - COALESCE(ss.seats_taken, 0), 0) AS seats_left
           FROM session_directory s LEFT JOIN session_seat_counts ss ON ss.session_id = s.id`;

/**
 * A session's schedule version (issue #15): catalogue bumps course_sessions.schedule_version when
 * the date/time, place or online link changes, and enrolments adds it to the SEQUENCE of the
 * participants' calendar events. session_directory shows it as its last column.
 */
export class SessionScheduleVersion1796240000000 implements MigrationInterface {
  name = 'SessionScheduleVersion1796240000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "course_sessions" ADD "schedule_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `CREATE OR REPLACE VIEW "session_directory" AS ${OLD_SESSION_DIRECTORY.replace(
        ' FROM course_sessions',
        ', schedule_version FROM course_sessions',
      )}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // A view cannot lose a column in place: drop it (and the view built on it) and recreate both as they were.
    await queryRunner.query(`DROP VIEW "session_availability"`);
    await queryRunner.query(`DROP VIEW "session_directory"`);
    await queryRunner.query(`CREATE VIEW "session_directory" AS ${OLD_SESSION_DIRECTORY}`);
    await queryRunner.query(`COMMENT ON VIEW "session_directory" IS 'Declared by catalogue for other libs to read'`);
    await queryRunner.query(`CREATE VIEW "session_availability" AS ${SESSION_AVAILABILITY}`);
    await queryRunner.query(
      `COMMENT ON VIEW "session_availability" IS 'Declared by enrolments for other libs to read'`,
    );
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP COLUMN "schedule_version"`);
  }
}
