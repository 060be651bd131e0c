import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Learn from L&D" (issue #13 item 3): L&D's verdict on a suggested trainer — good or no match on
 * a knowledge-bank answer, or invited for an in-company request — one per question, trainer and
 * giver. Owned by knowledge-bank; audited like every business table.
 */
export class MatchFeedback1796400800000 implements MigrationInterface {
  name = 'MatchFeedback1796400800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid, "request_id" uuid, "text" text, "teacher_id" uuid NOT NULL, "verdict" character varying(10) NOT NULL, "given_by_id" uuid, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_match_feedback_subject" CHECK (("question_id" IS NULL) <> ("request_id" IS NULL)), CONSTRAINT "ck_match_feedback_verdict" CHECK ("verdict" IN ('good', 'bad', 'invited')), CONSTRAINT "PK_match_feedback" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_match_feedback_question" ON "match_feedback" ("question_id", "teacher_id", "given_by_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_match_feedback_request" ON "match_feedback" ("request_id", "teacher_id", "given_by_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_feedback_organisation" ON "match_feedback" ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "match_feedback" ADD CONSTRAINT "fk_match_feedback_question" FOREIGN KEY ("question_id") REFERENCES "knowledge_questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_feedback" ADD CONSTRAINT "fk_match_feedback_teacher" FOREIGN KEY ("teacher_id") REFERENCES "teacher_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_feedback" ADD CONSTRAINT "fk_match_feedback_user" FOREIGN KEY ("given_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_feedback" ADD CONSTRAINT "fk_match_feedback_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "match_feedback" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "match_feedback"`);
  }
}
