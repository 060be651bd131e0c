import pg from 'pg';
import { createDataSource } from './data-source.js';

/** Same key for every process, so replicas starting together migrate one at a time. */
const MIGRATION_LOCK_KEY = 4_224_091_001;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, all in one transaction.
 * Returns the names of the migrations that ran.
 */
export async function runMigrations(url: string): Promise<string[]> {
  return withAdvisoryLock(url, MIGRATION_LOCK_KEY, async () => {
    const ds = createDataSource({ url, poolSize: 2, applicationName: 'collegiaal-migrate' });
    await ds.initialize();
    try {
      const ran = await ds.runMigrations({ transaction: 'all' });
      return ran.map((m) => m.name);
    } finally {
      await ds.destroy();
    }
  });
}

export async function withAdvisoryLock<T>(url: string, key: number, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await fn();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await client.end();
  }
}
