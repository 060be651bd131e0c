import type { MigrationInterface, QueryRunner } from 'typeorm';

const COURSE_DIRECTORY = `SELECT id, external_id, title, summary, description, learning_goals, topics, topic_keys, level, duration_hours, format, language, organisation_id, requires_manager_approval, visible_to_organisation_id, status, created_by_id, published_at, created_at, updated_at FROM courses`;

const SESSION_PARTICIPANTS = `SELECT session_id, id AS enrolment_id, user_id, status, queue_number, created_at FROM enrolments
  WHERE status IN ('pending_approval', 'confirmed', 'offered', 'waitlisted', 'attended')`;

/**
 * Learning programmes in cohorts (issue #11). A programme is a catalogue course of kind
 * 'programme' (so it is found, published and archived beside courses); a cohort is one of its
 * sessions, so one enrolment books the whole package under the enrolment engine's seat rules.
 * Programmes owns the structure of parts, co-owners, audience, the cohorts' parts and staff.
 */
export class Programmes1796300000000 implements MigrationInterface {
  name = 'Programmes1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."programme_audience" AS ENUM('all', 'listed')`);
    await queryRunner.query(
      `CREATE TABLE "programmes" ("course_id" uuid NOT NULL, "audience" "public"."programme_audience" NOT NULL DEFAULT 'all', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_programmes" PRIMARY KEY ("course_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_owners" ("programme_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_programme_owners" PRIMARY KEY ("programme_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_audiences" ("programme_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_programme_audiences" PRIMARY KEY ("programme_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."part_kind" AS ENUM('plenary', 'group_meeting', 'elective', 'intervision')`,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_parts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "position" smallint NOT NULL, "title" character varying(200) NOT NULL, "kind" "public"."part_kind" NOT NULL, "duration_hours" numeric(5,2) NOT NULL, "format" "public"."course_format" NOT NULL, "description" text NOT NULL DEFAULT '', "allows_guests" boolean NOT NULL DEFAULT false, CONSTRAINT "ck_programme_parts_duration" CHECK ("duration_hours" > 0), CONSTRAINT "PK_programme_parts" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_programme_parts_position" ON "programme_parts"  ("programme_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohorts" ("session_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cohorts" PRIMARY KEY ("session_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_cohorts_programme" ON "cohorts"  ("programme_id") `);
    await queryRunner.query(
      `CREATE TABLE "cohort_parts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "part_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "venue_name" character varying(200), "city" character varying(100), "online_url" character varying(500), "choice_deadline" TIMESTAMP WITH TIME ZONE, "guest_capacity" integer NOT NULL DEFAULT '0', "schedule_version" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_cohort_parts_guests" CHECK ("guest_capacity" >= 0), CONSTRAINT "ck_cohort_parts_period" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_cohort_parts" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cohort_parts_part" ON "cohort_parts"  ("cohort_id", "part_id") `);
    await queryRunner.query(`CREATE TYPE "public"."cohort_role" AS ENUM('organiser', 'trainer', 'versneller')`);
    await queryRunner.query(
      `CREATE TABLE "cohort_staff" ("cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."cohort_role" NOT NULL, CONSTRAINT "PK_cohort_staff" PRIMARY KEY ("cohort_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_cohort_staff_user" ON "cohort_staff"  ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."course_kind" AS ENUM('course', 'programme')`);
    await queryRunner.query(`ALTER TABLE "courses" ADD "kind" "public"."course_kind" NOT NULL DEFAULT 'course'`);
    await queryRunner.query(
      `ALTER TABLE "programmes" ADD CONSTRAINT "fk_programmes_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_owners" ADD CONSTRAINT "fk_programme_owners_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("course_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_owners" ADD CONSTRAINT "fk_programme_owners_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_audiences" ADD CONSTRAINT "fk_programme_audiences_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("course_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_audiences" ADD CONSTRAINT "fk_programme_audiences_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_parts" ADD CONSTRAINT "fk_programme_parts_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("course_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohorts" ADD CONSTRAINT "fk_cohorts_session" FOREIGN KEY ("session_id") REFERENCES "course_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohorts" ADD CONSTRAINT "fk_cohorts_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("course_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_parts" ADD CONSTRAINT "fk_cohort_parts_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("session_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_parts" ADD CONSTRAINT "fk_cohort_parts_part" FOREIGN KEY ("part_id") REFERENCES "programme_parts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_staff" ADD CONSTRAINT "fk_cohort_staff_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("session_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_staff" ADD CONSTRAINT "fk_cohort_staff_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Readers see a course's kind; the column goes last, as a view can only grow at its end.
    await queryRunner.query(
      `CREATE OR REPLACE VIEW "course_directory" AS ${COURSE_DIRECTORY.replace(' FROM courses', ', kind FROM courses')}`,
    );
    // Enrolments declares who holds or waits for a place, for programmes to read its cohorts' participants.
    await queryRunner.query(`CREATE VIEW "session_participants" AS ${SESSION_PARTICIPANTS}`);
    await queryRunner.query(
      `COMMENT ON VIEW "session_participants" IS 'Declared by enrolments for other libs to read'`,
    );
    // Who runs, teaches and changes what is a change of state like any other: in the audit trail.
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "programmes" FOR EACH ROW EXECUTE FUNCTION audit_record('course_id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "programme_owners" FOR EACH ROW EXECUTE FUNCTION audit_record('programme_id', 'organisation_id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "programme_audiences" FOR EACH ROW EXECUTE FUNCTION audit_record('programme_id', 'organisation_id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "programme_parts" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "cohorts" FOR EACH ROW EXECUTE FUNCTION audit_record('session_id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "cohort_parts" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "cohort_staff" FOR EACH ROW EXECUTE FUNCTION audit_record('cohort_id', 'user_id')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohort_staff" DROP CONSTRAINT "fk_cohort_staff_user"`);
    await queryRunner.query(`ALTER TABLE "cohort_staff" DROP CONSTRAINT "fk_cohort_staff_cohort"`);
    await queryRunner.query(`ALTER TABLE "cohort_parts" DROP CONSTRAINT "fk_cohort_parts_part"`);
    await queryRunner.query(`ALTER TABLE "cohort_parts" DROP CONSTRAINT "fk_cohort_parts_cohort"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_programme"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_session"`);
    await queryRunner.query(`ALTER TABLE "programme_parts" DROP CONSTRAINT "fk_programme_parts_programme"`);
    await queryRunner.query(`ALTER TABLE "programme_audiences" DROP CONSTRAINT "fk_programme_audiences_organisation"`);
    await queryRunner.query(`ALTER TABLE "programme_audiences" DROP CONSTRAINT "fk_programme_audiences_programme"`);
    await queryRunner.query(`ALTER TABLE "programme_owners" DROP CONSTRAINT "fk_programme_owners_organisation"`);
    await queryRunner.query(`ALTER TABLE "programme_owners" DROP CONSTRAINT "fk_programme_owners_programme"`);
    await queryRunner.query(`ALTER TABLE "programmes" DROP CONSTRAINT "fk_programmes_course"`);
    await queryRunner.query(`DROP VIEW "session_participants"`);
    // A view cannot lose a column in place: drop it and recreate it as it was (nothing reads it in SQL views).
    await queryRunner.query(`DROP VIEW "course_directory"`);
    await queryRunner.query(`CREATE VIEW "course_directory" AS ${COURSE_DIRECTORY}`);
    await queryRunner.query(`COMMENT ON VIEW "course_directory" IS 'Declared by catalogue for other libs to read'`);
    await queryRunner.query(`ALTER TABLE "courses" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP TYPE "public"."course_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohort_staff_user"`);
    await queryRunner.query(`DROP TABLE "cohort_staff"`);
    await queryRunner.query(`DROP TYPE "public"."cohort_role"`);
    await queryRunner.query(`DROP INDEX "public"."uq_cohort_parts_part"`);
    await queryRunner.query(`DROP TABLE "cohort_parts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohorts_programme"`);
    await queryRunner.query(`DROP TABLE "cohorts"`);
    await queryRunner.query(`DROP INDEX "public"."uq_programme_parts_position"`);
    await queryRunner.query(`DROP TABLE "programme_parts"`);
    await queryRunner.query(`DROP TYPE "public"."part_kind"`);
    await queryRunner.query(`DROP TABLE "programme_audiences"`);
    await queryRunner.query(`DROP TABLE "programme_owners"`);
    await queryRunner.query(`DROP TABLE "programmes"`);
    await queryRunner.query(`DROP TYPE "public"."programme_audience"`);
  }
}
