import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, realpath, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

/** Mode (with the sticky bit) and owner of every existing directory from `dir` up to `/`. */
async function parents(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(d)) {
      const st = await stat(d);
      found[d] = `${(st.mode & 0o7777).toString(8)} ${st.uid}:${st.gid}`;
    }
    if (path.dirname(d) === d) return found;
  }
}

async function answers(db: EmbeddedDatabase, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  const asRoot = process.getuid?.() === 0;
  let tmp: string;
  let closed: string;

  beforeAll(async () => {
    tmp = await realpath(os.tmpdir());
    // Like /root: a home that only its owner may enter, with a project inside.
    closed = await mkdtemp(path.join(tmp, 'collegiaal-home-'));
    await chmod(closed, 0o700);
    await mkdir(path.join(closed, 'project'), { mode: 0o755 });
  });
  afterAll(() => rm(closed, { recursive: true, force: true }));

  it('leaves every parent of a data directory under os.tmpdir() as it was, sticky bit included, and removes what it made', async () => {
    const made = path.join(tmp, `collegiaal-spec-${randomBytes(4).toString('hex')}`);
    const dataDir = path.join(made, 'cluster', 'postgres');
    const before = await parents(dataDir);
    const db = await startEmbeddedPostgres({ dataDir, port: 0, persistent: false, database: 'postgres' });
    try {
      expect(db.dataDir).toBe(dataDir);
      expect(await answers(db, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await db.stop();
    }
    // os.tmpdir() among them, with its sticky bit (1777 for /tmp).
    expect(await parents(dataDir)).toEqual(before);
    expect(existsSync(made)).toBe(false);
  });

  it('leaves a closed home (0700) as it was: as root the cluster moves to a directory of its own, kept across restarts', async () => {
    const dataDir = path.join(closed, 'project', '.data', 'postgres');
    const before = await parents(dataDir);
    const first = await startEmbeddedPostgres({ dataDir, port: 0, persistent: true, database: 'postgres' });
    try {
      // `postgres` cannot enter the home, so root may not put the cluster there; we may.
      expect(first.dataDir === dataDir).toBe(!asRoot);
      if (asRoot) expect(first.dataDir.startsWith(tmp + path.sep)).toBe(true);
      await answers(first, `CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)`);
    } finally {
      await first.stop();
    }
    const again = await startEmbeddedPostgres({ dataDir, port: 0, persistent: true, database: 'postgres' });
    try {
      expect(again.dataDir).toBe(first.dataDir);
      expect(await answers(again, 'SELECT n FROM kept')).toEqual([{ n: 7 }]);
    } finally {
      await again.stop();
      if (again.dataDir !== dataDir) await rm(path.dirname(again.dataDir), { recursive: true, force: true });
    }
    expect(before[closed]).toMatch(/^700 /);
    expect(await parents(dataDir)).toMatchObject(before);
  });
});
