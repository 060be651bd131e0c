import path from 'node:path';
import pg from 'pg';
// A .ts path: Jest loads global setup outside its module mapping, and this file needs only npm packages.
import { startEmbeddedPostgres } from '../libs/database/src/embedded-postgres.ts';

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set, otherwise an embedded server.
 * The migrated template database is made by the first test that needs one (test/support/database.ts).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    // startEmbeddedPostgres makes the missing parents itself: only those may it adjust, and it removes them on stop.
    const dataDir = path.resolve('.tmp', `jest-pg-${process.pid}`);
    const server = await startEmbeddedPostgres({ dataDir, port: 0, persistent: false, database: 'postgres' });
    (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = server;
    adminUrl = server.url;
  }
  const template = `collegiaal_template_${process.pid}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${template}"`);
  await client.end();
  process.env.TEST_ADMIN_URL = adminUrl;
  process.env.TEST_TEMPLATE_DB = template;
}
