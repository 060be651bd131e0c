import { createTestApp, type TestApp } from './support/app.js';
import { actor, createOrganisation, type Actor } from './support/factories.js';

describe('Organisations', () => {
  let t: TestApp;
  let admin: Actor;
  let learner: Actor;

  beforeAll(async () => {
    t = await createTestApp();
    const home = await createOrganisation(t.dataSource, {
      slug: 'beheer',
      name: 'Beheerorganisatie',
      emailDomains: ['beheer.nl'],
    });
    admin = await actor(t, home.id, { roles: ['admin'] });
    learner = await actor(t, home.id);
  });
  afterAll(() => t.close());

  it('are listed publicly, filtered by kind, and managed by admins only', async () => {
    const body = {
      slug: 'gemeente-zwolle',
      name: 'Gemeente Zwolle',
      kind: 'gemeente',
      region: 'Overijssel',
      emailDomains: [' Zwolle.NL '],
    };
    await t.http.post('/api/organisations').set(learner.auth).send(body).expect(403);
    const created = (await t.http.post('/api/organisations').set(admin.auth).send(body).expect(201)).body;
    expect(created).toMatchObject({ slug: 'gemeente-zwolle', emailDomains: ['zwolle.nl'] });

    const list = (await t.http.get('/api/organisations?kind=gemeente').expect(200)).body;
    expect(list.map((o: { slug: string }) => o.slug)).toContain('gemeente-zwolle');
    await t.http.get('/api/organisations?kind=bedrijf').expect(400);
    expect((await t.http.get(`/api/organisations/${created.id}`).expect(200)).body.name).toBe('Gemeente Zwolle');

    const renamed = await t.http
      .patch(`/api/organisations/${created.id}`)
      .set(admin.auth)
      .send({ name: 'Gemeente Zwolle (stad)' })
      .expect(200);
    expect(renamed.body.name).toBe('Gemeente Zwolle (stad)');
    await t.http.patch(`/api/organisations/${created.id}`).set(learner.auth).send({ name: 'X' }).expect(403);
  });

  it('refuses a taken slug or e-mail domain (409) and bad fields (400), changing nothing', async () => {
    const dupSlug = await t.http
      .post('/api/organisations')
      .set(admin.auth)
      .send({ slug: 'beheer', name: 'Dubbel', kind: 'overig', region: 'Utrecht' })
      .expect(409);
    expect(dupSlug.body.code).toBe('ORGANISATION_SLUG_TAKEN');
    const dupDomain = await t.http
      .post('/api/organisations')
      .set(admin.auth)
      .send({ slug: 'andere', name: 'Andere', kind: 'overig', region: 'Utrecht', emailDomains: ['beheer.nl'] })
      .expect(409);
    expect(dupDomain.body.code).toBe('ORGANISATION_EMAIL_DOMAIN_TAKEN');
    const bad = await t.http
      .post('/api/organisations')
      .set(admin.auth)
      .send({ slug: 'Met Spaties', name: 'X', kind: 'bedrijf', region: 'U' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'name', 'region', 'slug']);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM organisations WHERE slug IN ('andere', 'met spaties')`,
    );
    expect(n).toBe(0);
    await t.http.get('/api/organisations/00000000-0000-4000-8000-000000000000').expect(404);
  });
});
