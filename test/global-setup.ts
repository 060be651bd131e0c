import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { runMigrations, startEmbeddedPostgres } from '#libs/database';

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set, otherwise an embedded server.
 * Migrations run once into a template database; every spec file clones it (fast, isolated).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = path.resolve('.tmp', `jest-pg-${process.pid}`);
    await mkdir(path.dirname(dataDir), { recursive: true });
    const server = await startEmbeddedPostgres({ dataDir, port: 0, persistent: false, database: 'postgres' });
    (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = server;
    adminUrl = server.url;
  }
  const template = `collegiaal_template_${process.pid}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${template}"`);
  await client.query(`CREATE DATABASE "${template}"`);
  await client.end();
  await runMigrations(withDatabase(adminUrl, template));
  process.env.TEST_ADMIN_URL = adminUrl;
  process.env.TEST_TEMPLATE_DB = template;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
