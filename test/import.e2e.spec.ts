import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTestApp, type TestApp } from './support/app.js';
import { actor, createOrganisation, type Actor } from './support/factories.js';

const demo = (file: string) => JSON.parse(readFileSync(path.resolve('libs/demo-data/data', file), 'utf8'));

describe('Catalogue import (admin)', () => {
  let t: TestApp;
  let admin: Actor;
  let ld: Actor;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.dataSource, { slug: 'beheer' });
    admin = await actor(t, org.id, { roles: ['admin'] });
    ld = await actor(t, org.id, { roles: ['ld'] });
  });
  afterAll(() => t.close());

  const counts = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT count(*) FROM organisations)::int AS o, (SELECT count(*) FROM teacher_profiles)::int AS t, (SELECT count(*) FROM courses)::int AS c`,
      )
    )[0];

  it('imports the knowledge-bank catalogue as JSON (beyond the normal body limit), idempotently', async () => {
    // Long descriptions take the bundle past the 1 MB limit that other routes keep.
    const courses = demo('courses.json').map((c: { description: string }) => ({
      ...c,
      description: c.description.padEnd(5000, ' Meer uitleg volgt.'),
    }));
    const bundle = { organisations: demo('organisations.json'), trainers: demo('trainers.json'), courses };
    expect(JSON.stringify(bundle).length).toBeGreaterThan(1_000_000);
    await t.http.post('/api/admin/import').set(ld.auth).send(bundle).expect(403);
    const first = (await t.http.post('/api/admin/import').set(admin.auth).send(bundle).expect(200)).body;
    expect(first).toEqual({
      organisations: { created: 37, updated: 0 },
      trainers: { created: 168, updated: 0 },
      courses: { created: 266, updated: 0 },
    });
    const second = (await t.http.post('/api/admin/import').set(admin.auth).send(bundle).expect(200)).body;
    expect(second).toEqual({
      organisations: { created: 0, updated: 37 },
      trainers: { created: 0, updated: 168 },
      courses: { created: 0, updated: 266 },
    });
    expect(await counts()).toEqual({ o: 38, t: 168, c: 266 });
  });

  it('refuses bad rows with field errors and changes nothing', async () => {
    const before = await counts();
    const bad = await t.http
      .post('/api/admin/import')
      .set(admin.auth)
      .send({ organisations: [{ id: 'x', name: 'Xx', kind: 'bedrijf', region: 'Utrecht' }], trainers: [], courses: [] })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('organisations[0].kind');
    const dangling = await t.http
      .post('/api/admin/import')
      .set(admin.auth)
      .send({
        organisations: [{ id: 'nieuw', name: 'Nieuw', kind: 'overig', region: 'Utrecht' }],
        trainers: [],
        courses: [{ ...demo('courses.json')[0], id: 'c999', teacherIds: ['t999'] }],
      })
      .expect(400);
    expect(dangling.body.code).toBe('IMPORT_INVALID_BUNDLE');
    expect(await counts()).toEqual(before);
  });

  it('imports the CSV equivalent', async () => {
    const res = await t.http
      .post('/api/admin/import/csv')
      .set(admin.auth)
      .send({
        organisations: 'id,name,kind,region,emailDomains\nprovincie-x,Provincie X,provincie,Drenthe,x.nl|prov-x.nl\n',
        trainers:
          'id,name,organisationId,jobTitle,bio,expertise,languages,formats,inCompany,region\ntx1,Anna Smit,provincie-x,Adviseur,"Ik train, graag.",subsidies|EFRO,nl|en,online,true,Drenthe\n',
        courses:
          'id,title,summary,description,learningGoals,topics,level,durationHours,format,teacherIds,organisationId\ncx1,EFRO aanvragen,Kort,Lang,Doel 1|Doel 2,EFRO,basis,3.5,online,tx1,provincie-x\n',
      })
      .expect(200);
    expect(res.body).toEqual({
      organisations: { created: 1, updated: 0 },
      trainers: { created: 1, updated: 0 },
      courses: { created: 1, updated: 0 },
    });
    const [tp] = await t.dataSource.query(
      `SELECT expertise, languages, in_company FROM teacher_profiles WHERE external_id = 'tx1'`,
    );
    expect(tp).toEqual({ expertise: ['subsidies', 'EFRO'], languages: ['nl', 'en'], in_company: true });
    const bad = await t.http
      .post('/api/admin/import/csv')
      .set(admin.auth)
      .send({ courses: 'id,title\ncx2,Te kort' })
      .expect(400);
    expect(bad.body.errors.length).toBeGreaterThan(0);
  });

  it('keeps the normal body limit elsewhere', async () => {
    const huge = { text: 'x'.repeat(2_000_000) };
    const res = await t.http.post('/api/knowledge-bank/questions').set(admin.auth).send(huge).expect(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
