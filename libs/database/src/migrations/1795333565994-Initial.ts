import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Initial1795333565994 implements MigrationInterface {
  name = 'Initial1795333565994';

  async up(queryRunner: QueryRunner): Promise<void> {
    // gen_random_uuid() for keys; pg_trgm and unaccent for typo-tolerant, accent-blind search.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_kind" AS ENUM('ministerie', 'uitvoeringsorganisatie', 'gemeente', 'provincie', 'waterschap', 'overig')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "name" character varying(200) NOT NULL, "kind" "public"."organisation_kind" NOT NULL, "region" character varying(60) NOT NULL, "email_domains" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organisations_slug" ON "organisations"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "password_hash" character varying(255) NOT NULL, "organisation_id" uuid NOT NULL, "roles" text array NOT NULL DEFAULT '{}', "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") `);
    await queryRunner.query(`CREATE INDEX "ix_users_organisation" ON "users"  ("organisation_id") `);
    await queryRunner.query(
      `CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(40), CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_auth_sessions_user" ON "auth_sessions"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_refresh_tokens_session" ON "refresh_tokens"  ("session_id") `);
    await queryRunner.query(
      `CREATE TABLE "teacher_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "external_id" character varying(80), "job_title" character varying(160) NOT NULL DEFAULT '', "bio" text NOT NULL DEFAULT '', "expertise" text array NOT NULL DEFAULT '{}', "formats" text array NOT NULL DEFAULT '{}', "regions" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{nl}', "in_company" boolean NOT NULL DEFAULT false, "photo_url" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fdd17d62015e40674217a407484" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_teacher_profiles_user" ON "teacher_profiles"  ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_teacher_profiles_external_id" ON "teacher_profiles"  ("external_id") WHERE external_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE TYPE "public"."course_level" AS ENUM('basis', 'verdieping', 'expert')`);
    await queryRunner.query(`CREATE TYPE "public"."course_format" AS ENUM('klassikaal', 'online', 'hybride')`);
    await queryRunner.query(`CREATE TYPE "public"."course_status" AS ENUM('draft', 'published', 'archived')`);
    await queryRunner.query(
      `CREATE TABLE "courses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "external_id" character varying(80), "title" character varying(200) NOT NULL, "summary" character varying(500) NOT NULL, "description" text NOT NULL DEFAULT '', "learning_goals" text array NOT NULL DEFAULT '{}', "topics" text array NOT NULL DEFAULT '{}', "topic_keys" text array NOT NULL DEFAULT '{}', "level" "public"."course_level" NOT NULL, "duration_hours" numeric(5,2) NOT NULL, "format" "public"."course_format" NOT NULL, "language" character varying(5) NOT NULL DEFAULT 'nl', "organisation_id" uuid NOT NULL, "requires_manager_approval" boolean NOT NULL DEFAULT false, "status" "public"."course_status" NOT NULL DEFAULT 'draft', "created_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_courses_duration" CHECK ("duration_hours" > 0), CONSTRAINT "PK_3f70a487cc718ad8eda4e6d58c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_courses_external_id" ON "courses"  ("external_id") WHERE external_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_courses_organisation" ON "courses"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "ix_courses_status_created" ON "courses"  ("status", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "course_teachers" ("course_id" uuid NOT NULL, "teacher_profile_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_925ae9423e091ca6c4a3cf58329" PRIMARY KEY ("course_id", "teacher_profile_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_course_teachers_teacher" ON "course_teachers"  ("teacher_profile_id") `);
    await queryRunner.query(`CREATE TYPE "public"."session_status" AS ENUM('scheduled', 'cancelled')`);
    await queryRunner.query(
      `CREATE TABLE "course_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "venue_name" character varying(200), "address" character varying(300), "city" character varying(100), "region" character varying(60), "online_url" character varying(500), "capacity" integer NOT NULL, "seats_taken" integer NOT NULL DEFAULT '0', "enrolment_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "cancellation_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."session_status" NOT NULL DEFAULT 'scheduled', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_course_sessions_seats" CHECK ("seats_taken" >= 0), CONSTRAINT "ck_course_sessions_capacity" CHECK ("capacity" > 0), CONSTRAINT "ck_course_sessions_period" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_5892d51884be5cf1399c00088d4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_course_sessions_start" ON "course_sessions"  ("starts_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_course_sessions_course_start" ON "course_sessions"  ("course_id", "starts_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "fk_users_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" ADD CONSTRAINT "fk_auth_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_session" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teacher_profiles" ADD CONSTRAINT "fk_teacher_profiles_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_teachers" ADD CONSTRAINT "fk_course_teachers_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_teachers" ADD CONSTRAINT "fk_course_teachers_teacher" FOREIGN KEY ("teacher_profile_id") REFERENCES "teacher_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_sessions" ADD CONSTRAINT "fk_course_sessions_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_organisations_email_domains" ON "organisations" USING gin ("email_domains")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_courses_topic_keys" ON "courses" USING gin ("topic_keys")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_courses_topic_keys"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organisations_email_domains"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP CONSTRAINT "fk_course_sessions_course"`);
    await queryRunner.query(`ALTER TABLE "course_teachers" DROP CONSTRAINT "fk_course_teachers_teacher"`);
    await queryRunner.query(`ALTER TABLE "course_teachers" DROP CONSTRAINT "fk_course_teachers_course"`);
    await queryRunner.query(`ALTER TABLE "courses" DROP CONSTRAINT "fk_courses_created_by"`);
    await queryRunner.query(`ALTER TABLE "courses" DROP CONSTRAINT "fk_courses_organisation"`);
    await queryRunner.query(`ALTER TABLE "teacher_profiles" DROP CONSTRAINT "fk_teacher_profiles_user"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "fk_refresh_tokens_session"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "fk_auth_sessions_user"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_sessions_course_start"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_sessions_start"`);
    await queryRunner.query(`DROP TABLE "course_sessions"`);
    await queryRunner.query(`DROP TYPE "public"."session_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_teachers_teacher"`);
    await queryRunner.query(`DROP TABLE "course_teachers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_courses_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_courses_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_courses_external_id"`);
    await queryRunner.query(`DROP TABLE "courses"`);
    await queryRunner.query(`DROP TYPE "public"."course_status"`);
    await queryRunner.query(`DROP TYPE "public"."course_format"`);
    await queryRunner.query(`DROP TYPE "public"."course_level"`);
    await queryRunner.query(`DROP INDEX "public"."uq_teacher_profiles_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_teacher_profiles_user"`);
    await queryRunner.query(`DROP TABLE "teacher_profiles"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_session"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."ix_auth_sessions_user"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organisations_slug"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
  }
}
