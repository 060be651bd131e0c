import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DataSource } from 'typeorm';
import { createDataSource, Db } from '#libs/database';
import { ALL_ENTITIES } from '../apps/api/src/entities.js';
import { SearchIndexRepository } from '../libs/knowledge-bank/src/search-index.repository.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { createOrganisation } from './support/factories.js';

/**
 * Crash test: the indexer (the real worker process, built by `npm test`) is killed with SIGKILL
 * while it works through thousands of changes; after a restart the index equals the database —
 * no lost and no stale document.
 */
const WORKER = path.resolve('dist/apps/worker/src/main.js');

describe('Search index after the indexer is killed mid-work', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let dataDir: string;

  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run "npm run build" first (npm test does).`);
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, entities: ALL_ENTITIES });
    await ds.initialize();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'collegiaal-crash-'));
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const startWorker = (): ChildProcess =>
    spawn(process.execPath, [WORKER], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        DATA_DIR: dataDir,
        JWT_SECRET: 'crash-test-secret-that-is-at-least-32-characters',
        SEED_DEMO_DATA: 'false',
        MEILI_URL: '',
      },
      stdio: 'ignore',
    });
  const pending = async () =>
    (await ds.query(`SELECT count(*)::int AS n FROM search_outbox WHERE NOT dead`))[0].n as number;
  const until = async (check: () => Promise<boolean>, ms: number) => {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('applies every change exactly as the database has it after a SIGKILL and a restart', async () => {
    const org = await createOrganisation(ds);
    await ds.query(
      `WITH u AS (INSERT INTO users (email, name, organisation_id, password_hash)
                  SELECT 'crash' || g || '@example.nl', 'Trainer ' || g, $1, '!' FROM generate_series(1, 4000) g RETURNING id)
       INSERT INTO teacher_profiles (user_id, bio, expertise) SELECT id, 'Ik train collega''s in archivering en de Woo.', '{Woo,archivering}' FROM u`,
      [org.id],
    );
    const total = await pending();
    expect(total).toBeGreaterThanOrEqual(4000);

    const first = startWorker();
    const exited = new Promise((r) => first.once('exit', r));
    // Kill it once it has committed some batches but not all.
    await until(async () => (await pending()) < total, 60_000);
    // Meanwhile the database keeps changing.
    await ds.query(
      `UPDATE teacher_profiles SET expertise = '{mediation}' WHERE id IN (SELECT id FROM teacher_profiles ORDER BY id LIMIT 50)`,
    );
    await ds.query(
      `UPDATE users SET disabled_at = now() WHERE id IN (SELECT user_id FROM teacher_profiles ORDER BY id DESC LIMIT 25)`,
    );
    first.kill('SIGKILL');
    await exited;
    expect(await pending()).toBeGreaterThan(0);

    const second = startWorker();
    try {
      await until(async () => (await pending()) === 0, 90_000);
    } finally {
      second.kill('SIGTERM');
      await new Promise((r) => second.once('exit', r));
    }

    const truth = await new SearchIndexRepository(new Db(ds)).trainerDocuments();
    const indexed: { doc_id: string; doc: unknown }[] = await ds.query(
      `SELECT doc_id, doc FROM search_documents WHERE index_name = 'trainers' ORDER BY doc_id`,
    );
    expect(indexed.length).toBe(truth.length);
    expect(indexed.map((r) => r.doc_id)).toEqual(truth.map((d) => d.id));
    const byId = new Map(indexed.map((r) => [r.doc_id, r.doc]));
    // jsonb orders keys its own way: compare values, not text.
    const stale = truth.filter((d) => !isDeepStrictEqual(byId.get(d.id), JSON.parse(JSON.stringify(d))));
    expect(stale.map((d) => d.id)).toEqual([]);
    expect(truth.filter((d) => d.expertise.includes('mediation'))).toHaveLength(50);
  });
});
