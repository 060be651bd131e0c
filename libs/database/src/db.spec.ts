import type pg from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { ALL_ENTITIES } from '../../../apps/api/src/entities.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { createDataSource } from './data-source.js';
import { Db } from './db.js';

describe('Db: the unit of work (PostgreSQL)', () => {
  let database: TestDatabase;
  let ds: DataSource;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = createDataSource({ url: database.url, entities: ALL_ENTITIES });
    await ds.initialize();
    db = new Db(ds);
  });
  afterAll(async () => {
    await ds.destroy();
    await database.drop();
  });

  /** Counts how many statements the transaction's connection is given before the previous one answered. */
  function watchConnection(em: EntityManager): { most: number } {
    const client = (em.queryRunner as QueryRunner & { databaseConnection: pg.PoolClient }).databaseConnection;
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    const seen = { most: 0 };
    let running = 0;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      seen.most = Math.max(seen.most, ++running);
      return query(...args).finally(() => running--);
    };
    return seen;
  }

  it('sends statements issued together inside a transaction one after another, each with its own answer', async () => {
    const { seen, answers } = await db.transaction(async (em) => {
      const seen = watchConnection(em);
      const answers = await Promise.all(
        [3, 1, 2].map(async (n) => (await em.query(`SELECT pg_sleep(0.02), $1::int AS n`, [n]))[0].n as number),
      );
      return { seen, answers };
    });
    expect(answers).toEqual([3, 1, 2]);
    expect(seen.most).toBe(1);
  });

  it('still runs a statement queued after a failed one on the same connection, with its own answer', async () => {
    const runner = ds.createQueryRunner();
    try {
      const settled = await Promise.allSettled([runner.query(`SELECT 1/0`), runner.query(`SELECT 2 AS n`)]);
      expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : s.reason.message))).toEqual([
        'division by zero',
        [{ n: 2 }],
      ]);
    } finally {
      await runner.release();
    }
  });
});
