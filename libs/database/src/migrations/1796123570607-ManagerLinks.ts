import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Managers that L&D set for a person (issue #10: managers you can trust). */
export class ManagerLinks1796123570607 implements MigrationInterface {
  name = 'ManagerLinks1796123570607';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "manager_links" ("user_id" uuid NOT NULL, "manager_id" uuid NOT NULL, "linked_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_manager_links" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_manager_links_manager" ON "manager_links" ("manager_id") `);
    await queryRunner.query(
      `ALTER TABLE "manager_links" ADD CONSTRAINT "fk_manager_links_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "manager_links" ADD CONSTRAINT "fk_manager_links_manager" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "manager_links" ADD CONSTRAINT "fk_manager_links_linked_by" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Who approves for whom is a change of state like any other: in the audit trail.
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "manager_links" FOR EACH ROW EXECUTE FUNCTION audit_record('user_id')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "manager_links"`);
  }
}
