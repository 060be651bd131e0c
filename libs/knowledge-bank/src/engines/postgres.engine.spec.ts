import { DataSource } from 'typeorm';
import { createDataSource, Db } from '#libs/database';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.js';
import { trainerDocument } from '../trainer-document.fixture.js';
import { PostgresSearchEngine } from './postgres.engine.js';

describe('PostgresSearchEngine', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let engine: PostgresSearchEngine;
  let unitOfWork: Db;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    unitOfWork = new Db(ds);
    engine = new PostgresSearchEngine(unitOfWork);
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it("searches inside a caller's transaction and leaves its planner settings as they were", async () => {
    await unitOfWork.transaction(async (em) => {
      await em.query(`SET LOCAL enable_seqscan = on`);
      await engine.search('trainers', {
        concepts: [{ term: 'klimaatstresstest', variants: ['klimaatstresstest'] }],
        filters: {},
        limit: 5,
      });
      const [{ enable_seqscan }] = await em.query(`SHOW enable_seqscan`);
      expect(enable_seqscan).toBe('on');
    });
  });

  it('breaks ties in text score by name, not by id, so a re-imported catalogue (new ids) ranks alike', async () => {
    const same = { expertise: ['Waterbeheer en peilbesluiten'] };
    await engine.upsert('trainers', [
      trainerDocument('ffffffff-0000-4000-8000-000000000001', { ...same, name: 'Anna Aalders' }),
      trainerDocument('00000000-0000-4000-8000-000000000002', { ...same, name: 'Bram Bakker' }),
    ]);
    const hits = await engine.search('trainers', {
      concepts: [{ term: 'peilbesluiten', variants: ['peilbesluiten'] }],
      filters: {},
      limit: 5,
    });
    expect(hits.map((h) => h.document.name)).toEqual(['Anna Aalders', 'Bram Bakker']);
    expect(hits[0].textScore).toBe(hits[1].textScore);
  });
});
