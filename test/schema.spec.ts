import { createDataSource } from '#libs/database';
import { ALL_ENTITIES } from '../apps/api/src/entities.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

describe('Database schema', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('is exactly what the entities describe after all migrations ran (no pending schema change)', async () => {
    const ds = createDataSource({ url: db.url, entities: ALL_ENTITIES });
    await ds.initialize();
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      // If this fails: run `npm run migration:generate -- Name`, review the file, and list it in migrations/index.ts.
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('can roll every migration back and forward again', async () => {
    const ds = createDataSource({ url: db.url, entities: [] });
    await ds.initialize();
    try {
      const applied = (await ds.query(`SELECT count(*)::int AS n FROM schema_migrations`))[0].n;
      expect(applied).toBe(ds.migrations.length);
      for (let i = 0; i < applied; i++) await ds.undoLastMigration({ transaction: 'all' });
      const tables = await ds.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
      );
      expect(tables[0].n).toBe(0);
      expect((await ds.runMigrations({ transaction: 'all' })).length).toBe(applied);
    } finally {
      await ds.destroy();
    }
  });

  it('never synchronizes the schema from entities', () => {
    const ds = createDataSource({ url: db.url, entities: ALL_ENTITIES });
    expect(ds.options.synchronize).toBe(false);
    expect(ds.options.migrationsRun).toBe(false);
  });
});
