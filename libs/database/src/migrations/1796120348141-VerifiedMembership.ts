import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Membership from proof (issue #10): an organisation is no longer chosen at sign-up, so a user
 * may have none yet; e-mail addresses are verified by single-use links stored hashed; failed
 * sign-ins are counted in the database so every API replica applies the same back-off.
 * A registration's password waits on its own verification and takes effect only when that link
 * is opened with it, so nobody can pre-register someone else's address with a password they know.
 * Accounts that existed before verification was required are taken as verified (they were
 * created by admins, imports or the demo seed, and stay usable).
 */
export class VerifiedMembership1796120348141 implements MigrationInterface {
  name = 'VerifiedMembership1796120348141';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "organisation_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "users" SET "email_verified_at" = "created_at"`);
    await queryRunner.query(
      `CREATE TABLE "email_verifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "secret_hash" character(64), "password_hash" character varying(255) NOT NULL, "name" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_email_verifications" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_email_verifications_user" ON "email_verifications" ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "email_verifications" ADD CONSTRAINT "fk_email_verifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "auth_throttles" ("key" character varying(300) NOT NULL, "failures" integer NOT NULL, "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, "last_blocked" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_auth_throttles" PRIMARY KEY ("key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "auth_throttles"`);
    await queryRunner.query(`ALTER TABLE "email_verifications" DROP CONSTRAINT "fk_email_verifications_user"`);
    await queryRunner.query(`DROP INDEX "ix_email_verifications_user"`);
    await queryRunner.query(`DROP TABLE "email_verifications"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(`DELETE FROM "users" WHERE "organisation_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "organisation_id" SET NOT NULL`);
  }
}
