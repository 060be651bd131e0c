import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on per organisation (issue #10, item 2): an organisation's own OpenID provider
 * (client secret encrypted by the app, never in plain text here), the short-lived state of
 * sign-ins under way, the one-time codes that hand a finished sign-in to the web app, and the
 * organisation's choice to switch password log-in off. Provider settings are audited; the
 * sign-in states and hand-off codes are single-use credentials (listed in NOT_AUDITED).
 */
export class SingleSignOn1796123145703 implements MigrationInterface {
  name = 'SingleSignOn1796123145703';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" ADD "password_login_disabled" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE TABLE "identity_providers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "issuer" character varying(500) NOT NULL, "client_id" character varying(255) NOT NULL, "client_secret_encrypted" text NOT NULL, "email_domains" text array NOT NULL DEFAULT '{}', "email_claim" character varying(100) NOT NULL DEFAULT 'email', "name_claim" character varying(100) NOT NULL DEFAULT 'name', "enabled" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_identity_providers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_identity_providers_organisation" ON "identity_providers" ("organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "identity_providers" ADD CONSTRAINT "fk_identity_providers_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "identity_providers" FOR EACH ROW EXECUTE FUNCTION audit_record('id')`,
    );

    await queryRunner.query(
      `CREATE TABLE "sso_login_states" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "state_hash" character(64) NOT NULL, "browser_hash" character(64) NOT NULL, "provider_id" uuid NOT NULL, "code_verifier" character varying(128) NOT NULL, "nonce" character varying(128) NOT NULL, "return_to" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_sso_login_states" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_sso_login_states_state" ON "sso_login_states" ("state_hash") `);
    await queryRunner.query(`CREATE INDEX "ix_sso_login_states_provider" ON "sso_login_states" ("provider_id") `);
    await queryRunner.query(`CREATE INDEX "ix_sso_login_states_expires_at" ON "sso_login_states" ("expires_at") `);
    await queryRunner.query(
      `ALTER TABLE "sso_login_states" ADD CONSTRAINT "fk_sso_login_states_provider" FOREIGN KEY ("provider_id") REFERENCES "identity_providers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "sso_handoffs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_sso_handoffs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sso_handoffs_user" ON "sso_handoffs" ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "sso_handoffs" ADD CONSTRAINT "fk_sso_handoffs_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sso_handoffs"`);
    await queryRunner.query(`DROP TABLE "sso_login_states"`);
    await queryRunner.query(`DROP TABLE "identity_providers"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "password_login_disabled"`);
  }
}
