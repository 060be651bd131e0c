import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Electives (issue #11 item 3): the modules of an elective cohort part with their caps, each
 * participant's ranked choices, and the allocation (a draft until published). Owned by
 * programmes; audited like every business table, so an organiser moving someone is in the trail.
 */
export class Electives1796300100000 implements MigrationInterface {
  name = 'Electives1796300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cohort_modules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_part_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "course_id" uuid, "teacher_user_id" uuid, "venue_name" character varying(200), "city" character varying(100), "online_url" character varying(500), "cap" integer NOT NULL, "schedule_version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cohort_modules_cap" CHECK ("cap" > 0), CONSTRAINT "PK_cohort_modules" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_cohort_modules_part" ON "cohort_modules"  ("cohort_part_id") `);
    await queryRunner.query(`CREATE INDEX "ix_cohort_modules_teacher" ON "cohort_modules"  ("teacher_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_cohort_modules_course" ON "cohort_modules"  ("course_id") `);
    await queryRunner.query(
      `CREATE TABLE "module_choices" ("cohort_part_id" uuid NOT NULL, "user_id" uuid NOT NULL, "rank" smallint NOT NULL, "module_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_module_choices_rank" CHECK ("rank" >= 1), CONSTRAINT "PK_module_choices" PRIMARY KEY ("cohort_part_id", "user_id", "rank"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_module_choices_module" ON "module_choices"  ("cohort_part_id", "user_id", "module_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_module_choices_module" ON "module_choices"  ("module_id") `);
    await queryRunner.query(`CREATE INDEX "ix_module_choices_user" ON "module_choices"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "module_allocations" ("cohort_part_id" uuid NOT NULL, "user_id" uuid NOT NULL, "module_id" uuid, "rank_obtained" smallint, "published" boolean NOT NULL DEFAULT false, "seed" character varying(100) NOT NULL, "source" character varying(20) NOT NULL DEFAULT 'run', "calendar_version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_module_allocations_rank" CHECK ("rank_obtained" >= 1), CONSTRAINT "PK_module_allocations" PRIMARY KEY ("cohort_part_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_module_allocations_module" ON "module_allocations"  ("module_id") `);
    await queryRunner.query(`CREATE INDEX "ix_module_allocations_user" ON "module_allocations"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "cohort_modules" ADD CONSTRAINT "fk_cohort_modules_cohort_part" FOREIGN KEY ("cohort_part_id") REFERENCES "cohort_parts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_modules" ADD CONSTRAINT "fk_cohort_modules_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_modules" ADD CONSTRAINT "fk_cohort_modules_teacher" FOREIGN KEY ("teacher_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_choices" ADD CONSTRAINT "fk_module_choices_cohort_part" FOREIGN KEY ("cohort_part_id") REFERENCES "cohort_parts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_choices" ADD CONSTRAINT "fk_module_choices_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_choices" ADD CONSTRAINT "fk_module_choices_module" FOREIGN KEY ("module_id") REFERENCES "cohort_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_allocations" ADD CONSTRAINT "fk_module_allocations_cohort_part" FOREIGN KEY ("cohort_part_id") REFERENCES "cohort_parts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_allocations" ADD CONSTRAINT "fk_module_allocations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_allocations" ADD CONSTRAINT "fk_module_allocations_module" FOREIGN KEY ("module_id") REFERENCES "cohort_modules"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "cohort_modules" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "module_choices" FOR EACH ROW EXECUTE FUNCTION audit_record('cohort_part_id', 'user_id', 'rank')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "module_allocations" FOR EACH ROW EXECUTE FUNCTION audit_record('cohort_part_id', 'user_id')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "module_allocations" DROP CONSTRAINT "fk_module_allocations_module"`);
    await queryRunner.query(`ALTER TABLE "module_allocations" DROP CONSTRAINT "fk_module_allocations_user"`);
    await queryRunner.query(`ALTER TABLE "module_allocations" DROP CONSTRAINT "fk_module_allocations_cohort_part"`);
    await queryRunner.query(`ALTER TABLE "module_choices" DROP CONSTRAINT "fk_module_choices_module"`);
    await queryRunner.query(`ALTER TABLE "module_choices" DROP CONSTRAINT "fk_module_choices_user"`);
    await queryRunner.query(`ALTER TABLE "module_choices" DROP CONSTRAINT "fk_module_choices_cohort_part"`);
    await queryRunner.query(`ALTER TABLE "cohort_modules" DROP CONSTRAINT "fk_cohort_modules_teacher"`);
    await queryRunner.query(`ALTER TABLE "cohort_modules" DROP CONSTRAINT "fk_cohort_modules_course"`);
    await queryRunner.query(`ALTER TABLE "cohort_modules" DROP CONSTRAINT "fk_cohort_modules_cohort_part"`);
    await queryRunner.query(`DROP TABLE "module_allocations"`);
    await queryRunner.query(`DROP TABLE "module_choices"`);
    await queryRunner.query(`DROP TABLE "cohort_modules"`);
  }
}
