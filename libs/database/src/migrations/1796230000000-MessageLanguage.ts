import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages in the recipient's language (issue #14 item 7): each person's language, and each
 * notification's catalogue code and parameters so it is rendered when read or mailed. Rows from
 * before keep their stored Dutch title and body (code and params stay null).
 */
export class MessageLanguage1796230000000 implements MigrationInterface {
  name = 'MessageLanguage1796230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "language" character varying(2) NOT NULL DEFAULT 'nl'`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_language" CHECK ("language" IN ('nl', 'en'))`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" ADD "code" character varying(80)`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "params" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "params"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "code"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_language"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
  }
}
