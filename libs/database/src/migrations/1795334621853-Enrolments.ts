import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Enrolments1795334621853 implements MigrationInterface {
  name = 'Enrolments1795334621853';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Waitlist order: numbers drawn under the session lock, so first come is first served.
    await queryRunner.query(`CREATE SEQUENCE "enrolment_queue_seq"`);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "link" character varying(300), "data" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "email_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_user_created" ON "notifications"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."enrolment_status" AS ENUM('pending_approval', 'confirmed', 'offered', 'waitlisted', 'cancelled', 'rejected', 'declined', 'expired', 'attended', 'no_show')`,
    );
    await queryRunner.query(
      `CREATE TABLE "enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" "public"."enrolment_status" NOT NULL, "queue_number" bigint, "offer_expires_at" TIMESTAMP WITH TIME ZONE, "approval_expires_at" TIMESTAMP WITH TIME ZONE, "manager_id" uuid, "cancel_reason" character varying(40), "reason_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e79971fbd26967c4da9ed52770" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_enrolments_manager_status" ON "enrolments"  ("manager_id", "status") `);
    await queryRunner.query(`CREATE INDEX "ix_enrolments_user" ON "enrolments"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_enrolments_session_status" ON "enrolments"  ("session_id", "status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enrolments_active_person" ON "enrolments"  ("session_id", "user_id") WHERE status IN ('pending_approval', 'confirmed', 'offered', 'waitlisted')`,
    );
    await queryRunner.query(
      `CREATE TABLE "enrolment_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "from_status" character varying(20), "to_status" character varying(20) NOT NULL, "actor_id" uuid, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1a340d781e47ac10933a8da73d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_enrolment_events_enrolment" ON "enrolment_events"  ("enrolment_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_feeds" ("user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3212ce9ff23847e66347a6730d3" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_feeds_token" ON "calendar_feeds"  ("token_hash") `);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_session" FOREIGN KEY ("session_id") REFERENCES "course_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "fk_enrolments_manager" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment_events" ADD CONSTRAINT "fk_enrolment_events_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment_events" ADD CONSTRAINT "fk_enrolment_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" ADD CONSTRAINT "fk_calendar_feeds_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "fk_calendar_feeds_user"`);
    await queryRunner.query(`ALTER TABLE "enrolment_events" DROP CONSTRAINT "fk_enrolment_events_actor"`);
    await queryRunner.query(`ALTER TABLE "enrolment_events" DROP CONSTRAINT "fk_enrolment_events_enrolment"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_manager"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_user"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_session"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calendar_feeds_token"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolment_events_enrolment"`);
    await queryRunner.query(`DROP TABLE "enrolment_events"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enrolments_active_person"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolments_session_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolments_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolments_manager_status"`);
    await queryRunner.query(`DROP TABLE "enrolments"`);
    await queryRunner.query(`DROP TYPE "public"."enrolment_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_user_created"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP SEQUENCE "enrolment_queue_seq"`);
  }
}
