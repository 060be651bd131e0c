import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alumni network (issue #12 item 3), owned by alumni: a person's consent (one switch for
 * every course attended, and one for showing the e-mail address) and the messages colleagues
 * send them, each audited like every business table. Alumni reads attendance through
 * enrolments' `session_participants` and people through `user_directory`.
 */
export class Alumni1796400100000 implements MigrationInterface {
  name = 'Alumni1796400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "alumni_consents" ("user_id" uuid NOT NULL, "findable" boolean NOT NULL DEFAULT false, "show_email" boolean NOT NULL DEFAULT false, "job_title" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_alumni_consents" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "alumni_consents" ADD CONSTRAINT "fk_alumni_consents_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "alumni_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sender_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "course_id" uuid, "subject" character varying(150), "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_alumni_messages" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_alumni_messages_sender" ON "alumni_messages" ("sender_id", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_alumni_messages_recipient" ON "alumni_messages" ("recipient_id") `);
    await queryRunner.query(
      `ALTER TABLE "alumni_messages" ADD CONSTRAINT "fk_alumni_messages_sender" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alumni_messages" ADD CONSTRAINT "fk_alumni_messages_recipient" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "alumni_consents" FOR EACH ROW EXECUTE FUNCTION audit_record('user_id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "alumni_messages" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "alumni_messages"`);
    await queryRunner.query(`DROP TABLE "alumni_consents"`);
  }
}
