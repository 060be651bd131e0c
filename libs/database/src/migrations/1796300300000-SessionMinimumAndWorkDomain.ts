import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_USER_DIRECTORY = `SELECT id, email, name, organisation_id, roles, disabled_at, email_verified_at, created_at FROM users`;

/**
 * Issue #11 item 2 and 4. A session (and so a programme's cohort) may have a minimum number of
 * participants with a go/no-go moment before its start: then catalogue records the decision once
 * (go_no_go_decided_at, go_no_go_outcome) and, with auto_cancel, cancels the session. And a
 * person's work domain (policy, operations, supervision, business operations), for mixing groups;
 * identity's user_directory shows it as its last column.
 */
export class SessionMinimumAndWorkDomain1796300300000 implements MigrationInterface {
  name = 'SessionMinimumAndWorkDomain1796300300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "course_sessions" ADD "min_participants" integer`);
    await queryRunner.query(`ALTER TABLE "course_sessions" ADD "go_no_go_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "course_sessions" ADD "auto_cancel" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "course_sessions" ADD "go_no_go_decided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "course_sessions" ADD "go_no_go_outcome" character varying(16)`);
    await queryRunner.query(
      `ALTER TABLE "course_sessions" ADD CONSTRAINT "ck_course_sessions_minimum" CHECK ("min_participants" IS NULL OR ("min_participants" >= 1 AND "min_participants" <= "capacity" AND "go_no_go_at" IS NOT NULL AND "go_no_go_at" < "starts_at") OR "go_no_go_decided_at" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_sessions" ADD CONSTRAINT "ck_course_sessions_go_no_go_outcome" CHECK ("go_no_go_outcome" IS NULL OR "go_no_go_outcome" IN ('go', 'below_minimum', 'cancelled'))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_course_sessions_go_no_go_due" ON "course_sessions" ("go_no_go_at") WHERE "min_participants" IS NOT NULL AND "go_no_go_decided_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "work_domain" character varying(20)`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_work_domain" CHECK ("work_domain" IS NULL OR "work_domain" IN ('beleid', 'uitvoering', 'toezicht', 'bedrijfsvoering'))`,
    );
    await queryRunner.query(
      `CREATE OR REPLACE VIEW "user_directory" AS ${OLD_USER_DIRECTORY.replace(' FROM users', ', work_domain FROM users')}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // A view cannot lose a column in place: drop it and recreate it as it was.
    await queryRunner.query(`DROP VIEW "user_directory"`);
    await queryRunner.query(`CREATE VIEW "user_directory" AS ${OLD_USER_DIRECTORY}`);
    await queryRunner.query(`COMMENT ON VIEW "user_directory" IS 'Declared by identity for other libs to read'`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_work_domain"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "work_domain"`);
    await queryRunner.query(`DROP INDEX "ix_course_sessions_go_no_go_due"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP CONSTRAINT "ck_course_sessions_go_no_go_outcome"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP CONSTRAINT "ck_course_sessions_minimum"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP COLUMN "go_no_go_outcome"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP COLUMN "go_no_go_decided_at"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP COLUMN "auto_cancel"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP COLUMN "go_no_go_at"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP COLUMN "min_participants"`);
  }
}
