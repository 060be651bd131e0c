import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learning-work assignments with their comments and progress notes, and the external guests a
 * participant brings to a part that allows them (issue #11, items 5 and 7). Owned by programmes;
 * audited like every business table (the trail keeps column names, never the texts).
 */
export class AssignmentsAndGuests1796300400000 implements MigrationInterface {
  name = 'AssignmentsAndGuests1796300400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "learning_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "change_goal" text NOT NULL, "success_signs" text NOT NULL, "manager_id" uuid, "shared_with_group" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_learning_assignments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_learning_assignments_cohort_user" ON "learning_assignments"  ("cohort_id", "user_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_learning_assignments_user" ON "learning_assignments"  ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_learning_assignments_manager" ON "learning_assignments"  ("manager_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."assignment_comment_role" AS ENUM('participant', 'manager', 'staff')`,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "author_id" uuid, "author_role" "public"."assignment_comment_role" NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_assignment_comments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assignment_comments_assignment" ON "assignment_comments"  ("assignment_id", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_assignment_comments_author" ON "assignment_comments"  ("author_id") `);
    await queryRunner.query(
      `CREATE TABLE "assignment_progress" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "cohort_part_id" uuid NOT NULL, "note" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_assignment_progress" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assignment_progress_part" ON "assignment_progress"  ("assignment_id", "cohort_part_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assignment_progress_cohort_part" ON "assignment_progress"  ("cohort_part_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_guests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_part_id" uuid NOT NULL, "invited_by_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "organisation" character varying(160) NOT NULL, "email" character varying(254) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cohort_guests" PRIMARY KEY ("id"))`,
    );
    // One invitation per address per part, whatever the case it was typed in (not expressible in the entity).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_cohort_guests_email" ON "cohort_guests" ("cohort_part_id", lower("email"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_cohort_guests_invited_by" ON "cohort_guests"  ("invited_by_id") `);
    await queryRunner.query(
      `ALTER TABLE "learning_assignments" ADD CONSTRAINT "fk_learning_assignments_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("session_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_assignments" ADD CONSTRAINT "fk_learning_assignments_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_assignments" ADD CONSTRAINT "fk_learning_assignments_manager" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_comments" ADD CONSTRAINT "fk_assignment_comments_assignment" FOREIGN KEY ("assignment_id") REFERENCES "learning_assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_comments" ADD CONSTRAINT "fk_assignment_comments_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_progress" ADD CONSTRAINT "fk_assignment_progress_assignment" FOREIGN KEY ("assignment_id") REFERENCES "learning_assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_progress" ADD CONSTRAINT "fk_assignment_progress_cohort_part" FOREIGN KEY ("cohort_part_id") REFERENCES "cohort_parts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_guests" ADD CONSTRAINT "fk_cohort_guests_cohort_part" FOREIGN KEY ("cohort_part_id") REFERENCES "cohort_parts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_guests" ADD CONSTRAINT "fk_cohort_guests_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of ['learning_assignments', 'assignment_comments', 'assignment_progress', 'cohort_guests']) {
      await queryRunner.query(
        `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohort_guests" DROP CONSTRAINT "fk_cohort_guests_invited_by"`);
    await queryRunner.query(`ALTER TABLE "cohort_guests" DROP CONSTRAINT "fk_cohort_guests_cohort_part"`);
    await queryRunner.query(`ALTER TABLE "assignment_progress" DROP CONSTRAINT "fk_assignment_progress_cohort_part"`);
    await queryRunner.query(`ALTER TABLE "assignment_progress" DROP CONSTRAINT "fk_assignment_progress_assignment"`);
    await queryRunner.query(`ALTER TABLE "assignment_comments" DROP CONSTRAINT "fk_assignment_comments_author"`);
    await queryRunner.query(`ALTER TABLE "assignment_comments" DROP CONSTRAINT "fk_assignment_comments_assignment"`);
    await queryRunner.query(`ALTER TABLE "learning_assignments" DROP CONSTRAINT "fk_learning_assignments_manager"`);
    await queryRunner.query(`ALTER TABLE "learning_assignments" DROP CONSTRAINT "fk_learning_assignments_user"`);
    await queryRunner.query(`ALTER TABLE "learning_assignments" DROP CONSTRAINT "fk_learning_assignments_cohort"`);
    await queryRunner.query(`DROP TABLE "cohort_guests"`);
    await queryRunner.query(`DROP TABLE "assignment_progress"`);
    await queryRunner.query(`DROP TABLE "assignment_comments"`);
    await queryRunner.query(`DROP TYPE "public"."assignment_comment_role"`);
    await queryRunner.query(`DROP TABLE "learning_assignments"`);
  }
}
