import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Jullie zeiden, wij deden" (issue #12 item 2): one feedback note per cohort, a draft until
 * published. Owned by programmes; audited like every business table.
 */
export class TrancheFeedbackNotes1796400500000 implements MigrationInterface {
  name = 'TrancheFeedbackNotes1796400500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tranche_feedback_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "you_said" text NOT NULL, "we_did" text NOT NULL, "author_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "notified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_tranche_feedback_notes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_tranche_feedback_notes_cohort" ON "tranche_feedback_notes"  ("cohort_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tranche_feedback_notes_author" ON "tranche_feedback_notes"  ("author_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "tranche_feedback_notes" ADD CONSTRAINT "fk_tranche_feedback_notes_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("session_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tranche_feedback_notes" ADD CONSTRAINT "fk_tranche_feedback_notes_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "tranche_feedback_notes" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tranche_feedback_notes" DROP CONSTRAINT "fk_tranche_feedback_notes_author"`);
    await queryRunner.query(`ALTER TABLE "tranche_feedback_notes" DROP CONSTRAINT "fk_tranche_feedback_notes_cohort"`);
    await queryRunner.query(`DROP TABLE "tranche_feedback_notes"`);
  }
}
