import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Declared by knowledge-bank: the stored questions as demand reads them (text for gaps, never shown with the asker). */
const KNOWLEDGE_QUESTION_DIRECTORY = `SELECT id, organisation_id, asked_by_id, text, topics, strong_match, created_at FROM knowledge_questions`;

/**
 * Demand becomes offering (issue #12 item 5): interest lists per course, "ik wil dit ook" on
 * knowledge questions and the teachers' nudge per threshold crossing, owned by demand and
 * audited like every business table; knowledge-bank declares `knowledge_question_directory`.
 */
export class Demand1796400300000 implements MigrationInterface {
  name = 'Demand1796400300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "course_interests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "course_id" uuid NOT NULL, "notified_at" TIMESTAMP WITH TIME ZONE, "notified_session_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_course_interests" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_course_interests_user_course" ON "course_interests"  ("user_id", "course_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_course_interests_course" ON "course_interests"  ("course_id") `);
    await queryRunner.query(
      `ALTER TABLE "course_interests" ADD CONSTRAINT "fk_course_interests_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_interests" ADD CONSTRAINT "fk_course_interests_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "course_interests" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
    );
    await queryRunner.query(
      `CREATE TABLE "question_interests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "question_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_question_interests" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_question_interests_user_question" ON "question_interests"  ("user_id", "question_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_question_interests_question" ON "question_interests"  ("question_id") `);
    await queryRunner.query(
      `ALTER TABLE "question_interests" ADD CONSTRAINT "fk_question_interests_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_interests" ADD CONSTRAINT "fk_question_interests_question" FOREIGN KEY ("question_id") REFERENCES "knowledge_questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "question_interests" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
    );
    await queryRunner.query(
      `CREATE TABLE "course_interest_nudges" ("course_id" uuid NOT NULL, "threshold" integer NOT NULL, "interest_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_course_interest_nudges" PRIMARY KEY ("course_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_interest_nudges" ADD CONSTRAINT "fk_course_interest_nudges_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "course_interest_nudges" FOR EACH ROW EXECUTE FUNCTION audit_record('course_id')`,
    );
    await queryRunner.query(`CREATE VIEW "knowledge_question_directory" AS ${KNOWLEDGE_QUESTION_DIRECTORY}`);
    await queryRunner.query(
      `COMMENT ON VIEW "knowledge_question_directory" IS 'Declared by knowledge-bank for other libs to read'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "knowledge_question_directory"`);
    await queryRunner.query(`DROP TABLE "course_interest_nudges"`);
    await queryRunner.query(`DROP TABLE "question_interests"`);
    await queryRunner.query(`DROP TABLE "course_interests"`);
  }
}
