import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InCompany1795337307034 implements MigrationInterface {
  name = 'InCompany1795337307034';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."incompany_status" AS ENUM('open', 'inviting', 'awaiting_release', 'accepted', 'scheduled', 'delivered', 'evaluated', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "incompany_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "created_by_id" uuid, "topic" character varying(300) NOT NULL, "group_size" integer NOT NULL, "preferred_period" character varying(100) NOT NULL DEFAULT '', "location" character varying(300), "online" boolean NOT NULL DEFAULT false, "notes" text NOT NULL DEFAULT '', "status" "public"."incompany_status" NOT NULL DEFAULT 'open', "trainer_id" uuid, "session_id" uuid, "rating" smallint, "evaluation" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_incompany_requests_rating" CHECK (rating IS NULL OR rating BETWEEN 1 AND 5), CONSTRAINT "PK_434f12094e0c03b8bed0d50021c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_incompany_requests_org_status" ON "incompany_requests"  ("organisation_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."invitation_status" AS ENUM('invited', 'accepted', 'declined', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "incompany_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "teacher_profile_id" uuid NOT NULL, "status" "public"."invitation_status" NOT NULL DEFAULT 'invited', "message" text, "manager_id" uuid, "release_status" character varying(20), "responded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_693680ef565a4a3301858a90e4a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_incompany_invitations_manager" ON "incompany_invitations"  ("manager_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_incompany_invitations_trainer" ON "incompany_invitations"  ("teacher_profile_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_incompany_invitations_request_trainer" ON "incompany_invitations"  ("request_id", "teacher_profile_id") `,
    );
    await queryRunner.query(`ALTER TABLE "courses" ADD "visible_to_organisation_id" uuid`);
    await queryRunner.query(`ALTER TABLE "course_sessions" ADD "visible_to_organisation_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_visible_to" FOREIGN KEY ("visible_to_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_sessions" ADD CONSTRAINT "fk_course_sessions_visible_to" FOREIGN KEY ("visible_to_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incompany_requests" ADD CONSTRAINT "fk_incompany_requests_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incompany_requests" ADD CONSTRAINT "fk_incompany_requests_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incompany_requests" ADD CONSTRAINT "fk_incompany_requests_trainer" FOREIGN KEY ("trainer_id") REFERENCES "teacher_profiles"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incompany_requests" ADD CONSTRAINT "fk_incompany_requests_session" FOREIGN KEY ("session_id") REFERENCES "course_sessions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incompany_invitations" ADD CONSTRAINT "fk_incompany_invitations_request" FOREIGN KEY ("request_id") REFERENCES "incompany_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incompany_invitations" ADD CONSTRAINT "fk_incompany_invitations_trainer" FOREIGN KEY ("teacher_profile_id") REFERENCES "teacher_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incompany_invitations" ADD CONSTRAINT "fk_incompany_invitations_manager" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "incompany_invitations" DROP CONSTRAINT "fk_incompany_invitations_manager"`);
    await queryRunner.query(`ALTER TABLE "incompany_invitations" DROP CONSTRAINT "fk_incompany_invitations_trainer"`);
    await queryRunner.query(`ALTER TABLE "incompany_invitations" DROP CONSTRAINT "fk_incompany_invitations_request"`);
    await queryRunner.query(`ALTER TABLE "incompany_requests" DROP CONSTRAINT "fk_incompany_requests_session"`);
    await queryRunner.query(`ALTER TABLE "incompany_requests" DROP CONSTRAINT "fk_incompany_requests_trainer"`);
    await queryRunner.query(`ALTER TABLE "incompany_requests" DROP CONSTRAINT "fk_incompany_requests_created_by"`);
    await queryRunner.query(`ALTER TABLE "incompany_requests" DROP CONSTRAINT "fk_incompany_requests_organisation"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP CONSTRAINT "fk_course_sessions_visible_to"`);
    await queryRunner.query(`ALTER TABLE "courses" DROP CONSTRAINT "fk_courses_visible_to"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP COLUMN "visible_to_organisation_id"`);
    await queryRunner.query(`ALTER TABLE "courses" DROP COLUMN "visible_to_organisation_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_incompany_invitations_request_trainer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incompany_invitations_trainer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incompany_invitations_manager"`);
    await queryRunner.query(`DROP TABLE "incompany_invitations"`);
    await queryRunner.query(`DROP TYPE "public"."invitation_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incompany_requests_org_status"`);
    await queryRunner.query(`DROP TABLE "incompany_requests"`);
    await queryRunner.query(`DROP TYPE "public"."incompany_status"`);
  }
}
