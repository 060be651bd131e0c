import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tables whose rows are not audited, and why. Every other table in `public` gets the audit
 * trigger here; a table added later needs, in its own migration,
 *   CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON <table> FOR EACH ROW EXECUTE FUNCTION audit_record('<primary key column>', …)
 * or a place in this list (test/audit.e2e.spec.ts fails until one of the two is done).
 */
export const NOT_AUDITED: Record<string, string> = {
  audit_events: 'the trail itself',
  schema_migrations: "TypeORM's record of applied migrations",
  refresh_tokens:
    'rotated on every token refresh, minutes apart per signed-in person; the session they belong to (auth_sessions) is audited',
  search_documents: 'derived search index, rebuilt from audited tables at any time',
  search_outbox: 'queue of index work, written by triggers on audited tables',
  email_verifications: 'single-use e-mail links (a credential); their outcome, users.email_verified_at, is audited',
  auth_throttles:
    'failed sign-in counters: technical, and their keys (address, e-mail) would put personal data into record_id',
  sso_login_states:
    'single-use state of a single sign-on under way (PKCE verifier, nonce); its outcome, a user or an auth_session, is audited',
  sso_handoffs:
    'single-use codes that hand a finished single sign-on to the web app (a credential); the auth_session it starts is audited',
};

/**
 * Audit trail (issue #10, item 10): one append-only row per changed row of every business table,
 * written by an AFTER row trigger in the same transaction as the change. Who and from where come
 * from transaction-local settings that the app sets at the start of every transaction
 * (libs/database/src/actor-context.ts); without them (migrations, scripts, psql) the actor is
 * 'system'. Only column names are kept, never values: a password or token change shows as the
 * column name and nothing else.
 */
export class AuditTrail1796120822123 implements MigrationInterface {
  name = 'AuditTrail1796120822123';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "transaction_id" bigint NOT NULL DEFAULT txid_current(), "actor_type" character varying(10) NOT NULL, "actor_id" uuid, "actor_label" character varying(200), "ip" inet, "request_id" character varying(64), "action" character varying(6) NOT NULL, "table_name" character varying(63) NOT NULL, "record_id" character varying(200) NOT NULL, "changed_columns" text array NOT NULL DEFAULT '{}', CONSTRAINT "ck_audit_events_action" CHECK (action IN ('insert', 'update', 'delete')), CONSTRAINT "ck_audit_events_actor_type" CHECK (actor_type IN ('user', 'anonymous', 'job', 'system')), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_events_record" ON "audit_events"  ("record_id", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_actor" ON "audit_events"  ("actor_id", "id") WHERE actor_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_events_occurred_at" ON "audit_events" USING brin ("occurred_at")`);

    // Append-only for the application: rows are never corrected or removed (a superuser or the
    // table owner can still disable the trigger; that is outside what the app can do).
    await queryRunner.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
    );

    // Arguments: the primary-key columns, whose values (joined by commas) become record_id.
    // An update that changes nothing writes no row.
    await queryRunner.query(`CREATE FUNCTION audit_record() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        after_row jsonb;
        before_row jsonb;
        key_row jsonb;
        written text[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          after_row := to_jsonb(NEW);
          key_row := after_row;
          SELECT coalesce(array_agg(e.key ORDER BY e.key), '{}') INTO written FROM jsonb_each(after_row) e WHERE e.value <> 'null'::jsonb;
        ELSIF TG_OP = 'UPDATE' THEN
          after_row := to_jsonb(NEW);
          before_row := to_jsonb(OLD);
          key_row := after_row;
          SELECT coalesce(array_agg(e.key ORDER BY e.key), '{}') INTO written FROM jsonb_each(after_row) e WHERE e.value IS DISTINCT FROM before_row -> e.key;
          IF cardinality(written) = 0 THEN RETURN NULL; END IF;
        ELSE
          key_row := to_jsonb(OLD);
          written := '{}';
        END IF;
        INSERT INTO audit_events (actor_type, actor_id, actor_label, ip, request_id, action, table_name, record_id, changed_columns)
        VALUES (
          coalesce(nullif(current_setting('collegiaal.actor_type', true), ''), 'system'),
          nullif(current_setting('collegiaal.actor_id', true), '')::uuid,
          nullif(current_setting('collegiaal.actor_label', true), ''),
          nullif(current_setting('collegiaal.ip', true), '')::inet,
          nullif(current_setting('collegiaal.request_id', true), ''),
          lower(TG_OP),
          TG_TABLE_NAME,
          (SELECT string_agg(key_row ->> k.column_name, ',' ORDER BY k.ord) FROM unnest(TG_ARGV) WITH ORDINALITY AS k(column_name, ord)),
          written);
        RETURN NULL;
      END $$`);

    const tables = (await queryRunner.query(
      `SELECT c.relname AS name,
              (SELECT array_agg(a.attname::text ORDER BY k.ord)
                 FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
                WHERE i.indrelid = c.oid AND i.indisprimary) AS keys
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT (c.relname = ANY($1::text[]))
        ORDER BY c.relname`,
      [Object.keys(NOT_AUDITED)],
    )) as { name: string; keys: string[] | null }[];
    for (const table of tables) {
      if (!table.keys?.length)
        throw new Error(
          `Table ${table.name} has no primary key: audit it by one, or list it in NOT_AUDITED with a reason.`,
        );
      const args = table.keys.map((k) => `'${k}'`).join(', ');
      await queryRunner.query(
        `CREATE TRIGGER trg_audit AFTER INSERT OR UPDATE OR DELETE ON "${table.name}" FOR EACH ROW EXECUTE FUNCTION audit_record(${args})`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const audited = (await queryRunner.query(
      `SELECT tgrelid::regclass::text AS name FROM pg_trigger WHERE tgname = 'trg_audit'`,
    )) as { name: string }[];
    for (const table of audited) await queryRunner.query(`DROP TRIGGER trg_audit ON ${table.name}`);
    await queryRunner.query(`DROP FUNCTION audit_record()`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
  }
}
