import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Declared by knowledge-bank: who asked which question, so trainers can check a question's link. */
const KNOWLEDGE_QUESTION_ASKERS = `SELECT id, asked_by_id, created_at FROM knowledge_questions`;

/**
 * Trainer pages (issue #12 item 4): the trainer's uploaded photo and the questions colleagues
 * send to a trainer, both owned by trainers and audited like every business table; knowledge-bank
 * declares the view `knowledge_question_askers` that trainers reads.
 */
export class Trainers1796400200000 implements MigrationInterface {
  name = 'Trainers1796400200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "trainer_photos" ("teacher_profile_id" uuid NOT NULL, "image" bytea NOT NULL, "etag" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_trainer_photos" PRIMARY KEY ("teacher_profile_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "trainer_photos" ADD CONSTRAINT "fk_trainer_photos_teacher_profile" FOREIGN KEY ("teacher_profile_id") REFERENCES "teacher_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "trainer_photos" FOR EACH ROW EXECUTE FUNCTION audit_record('teacher_profile_id')`,
    );
    await queryRunner.query(
      `CREATE TABLE "trainer_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "teacher_profile_id" uuid NOT NULL, "asker_id" uuid NOT NULL, "text" text NOT NULL, "knowledge_question_id" uuid, "status" character varying(20) NOT NULL DEFAULT 'open', "response" text, "responded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_trainer_questions_status" CHECK ("status" IN ('open', 'answered', 'declined', 'session_proposed')), CONSTRAINT "PK_trainer_questions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_trainer_questions_teacher" ON "trainer_questions"  ("teacher_profile_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_trainer_questions_asker" ON "trainer_questions"  ("asker_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "trainer_questions" ADD CONSTRAINT "fk_trainer_questions_teacher_profile" FOREIGN KEY ("teacher_profile_id") REFERENCES "teacher_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trainer_questions" ADD CONSTRAINT "fk_trainer_questions_asker" FOREIGN KEY ("asker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "trainer_questions" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
    );
    await queryRunner.query(`CREATE VIEW "knowledge_question_askers" AS ${KNOWLEDGE_QUESTION_ASKERS}`);
    await queryRunner.query(
      `COMMENT ON VIEW "knowledge_question_askers" IS 'Declared by knowledge-bank for other libs to read'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "knowledge_question_askers"`);
    await queryRunner.query(`DROP TABLE "trainer_questions"`);
    await queryRunner.query(`DROP TABLE "trainer_photos"`);
  }
}
