import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mixing groups of a cohort (issue #11 item 4): werkatelier and intervision groups per round, and
 * their members (at most one group per person per cohort, kind and round, held by a unique index on
 * the copied cohort, kind and round). Owned by programmes; audited, so an organiser moving someone
 * is in the trail.
 */
export class CohortGroups1796300200000 implements MigrationInterface {
  name = 'CohortGroups1796300200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."cohort_group_kind" AS ENUM('werkatelier', 'intervision')`);
    await queryRunner.query(
      `CREATE TABLE "cohort_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "kind" "public"."cohort_group_kind" NOT NULL, "round" smallint NOT NULL DEFAULT '1', "position" smallint NOT NULL, "name" character varying(120) NOT NULL, "min_size" smallint NOT NULL, "max_size" smallint NOT NULL, "seed" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cohort_groups_round" CHECK ("round" >= 1), CONSTRAINT "ck_cohort_groups_sizes" CHECK ("min_size" >= 1 AND "max_size" >= "min_size"), CONSTRAINT "PK_cohort_groups" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cohort_groups_cohort" ON "cohort_groups"  ("cohort_id", "kind", "round") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_group_members" ("group_id" uuid NOT NULL, "user_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "kind" "public"."cohort_group_kind" NOT NULL, "round" smallint NOT NULL, CONSTRAINT "PK_cohort_group_members" PRIMARY KEY ("group_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_cohort_group_members_round" ON "cohort_group_members"  ("cohort_id", "kind", "round", "user_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_cohort_group_members_user" ON "cohort_group_members"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "cohort_groups" ADD CONSTRAINT "fk_cohort_groups_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("session_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_group_members" ADD CONSTRAINT "fk_cohort_group_members_group" FOREIGN KEY ("group_id") REFERENCES "cohort_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_group_members" ADD CONSTRAINT "fk_cohort_group_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "cohort_groups" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "cohort_group_members" FOR EACH ROW EXECUTE FUNCTION audit_record('group_id', 'user_id')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohort_group_members" DROP CONSTRAINT "fk_cohort_group_members_user"`);
    await queryRunner.query(`ALTER TABLE "cohort_group_members" DROP CONSTRAINT "fk_cohort_group_members_group"`);
    await queryRunner.query(`ALTER TABLE "cohort_groups" DROP CONSTRAINT "fk_cohort_groups_cohort"`);
    await queryRunner.query(`DROP TABLE "cohort_group_members"`);
    await queryRunner.query(`DROP TABLE "cohort_groups"`);
    await queryRunner.query(`DROP TYPE "public"."cohort_group_kind"`);
  }
}
