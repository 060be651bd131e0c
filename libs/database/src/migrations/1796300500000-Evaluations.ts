import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Declared by enrolments: who attended (or not) which session, for evaluations to read. */
const ENROLMENT_ATTENDANCE = `SELECT id AS enrolment_id, session_id, user_id, status, (status = 'attended') AS attended FROM enrolments`;

/**
 * Evaluations after attendance (issue #12 item 1): one per enrolment, owned by evaluations and
 * audited like every business table; enrolments declares the view `enrolment_attendance` that
 * evaluations reads.
 */
export class Evaluations1796300500000 implements MigrationInterface {
  name = 'Evaluations1796300500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "session_id" uuid NOT NULL, "course_id" uuid NOT NULL, "overall" smallint NOT NULL, "usefulness" smallint NOT NULL, "teacher" smallint NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_evaluations_teacher" CHECK ("teacher" BETWEEN 1 AND 5), CONSTRAINT "ck_evaluations_usefulness" CHECK ("usefulness" BETWEEN 1 AND 5), CONSTRAINT "ck_evaluations_overall" CHECK ("overall" BETWEEN 1 AND 5), CONSTRAINT "PK_evaluations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_evaluations_enrolment" ON "evaluations"  ("enrolment_id") `);
    await queryRunner.query(`CREATE INDEX "ix_evaluations_session" ON "evaluations"  ("session_id") `);
    await queryRunner.query(`CREATE INDEX "ix_evaluations_course" ON "evaluations"  ("course_id") `);
    await queryRunner.query(
      `ALTER TABLE "evaluations" ADD CONSTRAINT "fk_evaluations_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "evaluations" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
    );
    await queryRunner.query(`CREATE VIEW "enrolment_attendance" AS ${ENROLMENT_ATTENDANCE}`);
    await queryRunner.query(
      `COMMENT ON VIEW "enrolment_attendance" IS 'Declared by enrolments for other libs to read'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "enrolment_attendance"`);
    await queryRunner.query(`ALTER TABLE "evaluations" DROP CONSTRAINT "fk_evaluations_enrolment"`);
    await queryRunner.query(`DROP TABLE "evaluations"`);
  }
}
