import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The seat count cache belongs to whoever decides seats (issue #14): it moves from catalogue's
 * course_sessions.seats_taken into enrolments' own session_seats, whose row is also the lock that
 * serialises every seat decision for a session. Other libs read free seats through the view
 * session_availability, declared by enrolments. Audited like the column it replaces: the trail
 * shows each decision's seat count change in its transaction (the copy below is not a change).
 */
export class SessionSeats1796201000000 implements MigrationInterface {
  name = 'SessionSeats1796201000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "session_seats" ("session_id" uuid NOT NULL, "seats_taken" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_session_seats_taken" CHECK ("seats_taken" >= 0), CONSTRAINT "PK_session_seats" PRIMARY KEY ("session_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_seats" ADD CONSTRAINT "fk_session_seats_session" FOREIGN KEY ("session_id") REFERENCES "course_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "session_seats" ("session_id", "seats_taken") SELECT "id", "seats_taken" FROM "course_sessions"`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "session_seats" FOR EACH ROW EXECUTE FUNCTION audit_record('session_id')`,
    );
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP CONSTRAINT "ck_course_sessions_seats"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP COLUMN "seats_taken"`);
    // The counts alone, for a reader that has the capacity at hand and filters many sessions at
    // once (the catalogue's free-seat filter): one join with the seat rows, not two.
    await queryRunner.query(`CREATE VIEW "session_seat_counts" AS SELECT session_id, seats_taken FROM session_seats`);
    await queryRunner.query(`COMMENT ON VIEW "session_seat_counts" IS 'Declared by enrolments for other libs to read'`);
    // A session without a row yet has had no seat decision: nothing taken.
    await queryRunner.query(
      `CREATE VIEW "session_availability" AS
         SELECT s.id AS session_id, COALESCE(ss.seats_taken, 0) AS seats_taken,
                GREATEST(s.capacity - COALESCE(ss.seats_taken, 0), 0) AS seats_left
           FROM session_directory s LEFT JOIN session_seat_counts ss ON ss.session_id = s.id`,
    );
    await queryRunner.query(
      `COMMENT ON VIEW "session_availability" IS 'Declared by enrolments for other libs to read'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "session_availability"`);
    await queryRunner.query(`DROP VIEW "session_seat_counts"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" ADD "seats_taken" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `UPDATE "course_sessions" s SET "seats_taken" = ss."seats_taken" FROM "session_seats" ss WHERE ss."session_id" = s."id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_sessions" ADD CONSTRAINT "ck_course_sessions_seats" CHECK ("seats_taken" >= 0)`,
    );
    await queryRunner.query(`DROP TABLE "session_seats"`);
  }
}
