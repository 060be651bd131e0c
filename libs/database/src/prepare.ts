import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '#libs/common';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { runMigrations } from './migrate.js';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  dataDir?: string;
  stop(): Promise<void>;
}

/**
 * Start-up work before the app serves: pick or start the database, migrate it, and make
 * sure a JWT secret exists (a development one kept in DATA_DIR when none is configured).
 */
export async function prepareDatabase(
  config: AppConfig,
  log: (line: string) => void = () => {},
): Promise<PreparedDatabase> {
  let prepared: PreparedDatabase;
  if (config.DATABASE_URL) {
    prepared = { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  } else {
    const dataDir = path.resolve(config.DATA_DIR, 'postgres');
    log(`DATABASE_URL is not set: starting embedded PostgreSQL (data in ${dataDir}, port ${config.EMBEDDED_PG_PORT})`);
    const pg = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT, persistent: true, info: log });
    prepared = { url: pg.url, embedded: true, dataDir: pg.dataDir, stop: () => pg.stop() };
  }
  const ran = await runMigrations(prepared.url);
  if (ran.length) log(`Migrations applied: ${ran.join(', ')}`);
  if (!config.JWT_SECRET) config.JWT_SECRET = await developmentSecret(config.DATA_DIR);
  return prepared;
}

async function developmentSecret(dataDir: string): Promise<string> {
  const file = path.resolve(dataDir, 'jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
