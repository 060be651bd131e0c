import { createTestApp, type TestApp } from './support/app.js';
import { actor, createOrganisation } from './support/factories.js';

/**
 * Meilisearch configured but unreachable (issue #16 item 3): the API starts and answers; health
 * reports the search engine down; knowledge-bank questions and catalogue text search answer 503
 * problem+json (documented choice: no silent fallback); routes that need no search work as ever.
 */
describe('API with Meilisearch unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ MEILI_URL: 'http://127.0.0.1:1', MEILI_API_KEY: 'unused-app-key' });
  }, 120_000);
  afterAll(() => t.close());

  it('starts, and health says the database is up and the search engine is not', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
    expect(['down', 'configuring']).toContain(res.body.search);
    // The set-up keeps retrying in the background; once it has failed, health says down.
    for (let i = 0; i < 50 && res.body.search !== 'down'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      res.body = (await t.http.get('/api/health').expect(200)).body;
    }
    expect(res.body.search).toBe('down');
  });

  it('answers a knowledge-bank question with 503 problem+json, and other routes as ever', async () => {
    const org = await createOrganisation(t.dataSource);
    const user = await actor(t, org.id);
    const res = await t.http
      .post('/api/knowledge-bank/questions')
      .set(user.auth)
      .send({ text: 'Wie kan uitleggen hoe je een Woo-verzoek afhandelt?' })
      .expect(503);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 503, code: 'SEARCH_UNAVAILABLE' });
    // Catalogue text search goes through the search engine too: 503 the same way; browsing works.
    const search = await t.http.get('/api/catalogue/courses?q=woo').expect(503);
    expect(search.body).toMatchObject({ status: 503, code: 'SEARCH_UNAVAILABLE' });
    await t.http.get('/api/catalogue/courses').expect(200);
    await t.http.get('/api/organisations').expect(200);
  });
});
