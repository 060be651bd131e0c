import { createTestApp, type TestApp } from './support/app.js';
import { actor, createOrganisation, type OrgRow } from './support/factories.js';

/** Issue #11 item 4: a person's work domain, for mixing learning groups; set in PUT /me/preferences. */
describe('Work domain in the profile', () => {
  let t: TestApp;
  let org: OrgRow;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource);
  });
  afterAll(() => t.close());

  it('is null until the person sets it, shown in GET /me, kept when only the language changes, and cleared with null', async () => {
    const a = await actor(t, org.id);
    expect((await t.http.get('/api/me').set(a.auth).expect(200)).body.workDomain).toBeNull();
    for (const domain of ['beleid', 'uitvoering', 'toezicht', 'bedrijfsvoering']) {
      const res = await t.http.put('/api/me/preferences').set(a.auth).send({ workDomain: domain }).expect(200);
      expect(res.body).toMatchObject({ workDomain: domain, language: 'nl' });
    }
    await t.http.put('/api/me/preferences').set(a.auth).send({ language: 'en' }).expect(200);
    expect((await t.http.get('/api/me').set(a.auth).expect(200)).body).toMatchObject({
      workDomain: 'bedrijfsvoering',
      language: 'en',
    });
    await t.http.put('/api/me/preferences').set(a.auth).send({ workDomain: 'toezicht', language: 'nl' }).expect(200);
    expect(
      (await t.http.put('/api/me/preferences').set(a.auth).send({ workDomain: null }).expect(200)).body,
    ).toMatchObject({ workDomain: null, language: 'nl' });
  });

  it('is readable by other areas through user_directory (its last column)', async () => {
    const a = await actor(t, org.id);
    await t.http.put('/api/me/preferences').set(a.auth).send({ workDomain: 'uitvoering' }).expect(200);
    const [row] = await t.dataSource.query(`SELECT work_domain FROM user_directory WHERE id = $1`, [a.id]);
    expect(row.work_domain).toBe('uitvoering');
    const columns: { column_name: string }[] = await t.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'user_directory' ORDER BY ordinal_position`,
    );
    expect(columns.at(-1)?.column_name).toBe('work_domain');
  });

  it('refuses an unknown domain or an empty body with 400 problem+json and changes nothing', async () => {
    const a = await actor(t, org.id);
    await t.http.put('/api/me/preferences').set(a.auth).send({ workDomain: 'toezicht' }).expect(200);
    for (const bad of ['Beleid', 'politiek', '', 3, true]) {
      const res = await t.http.put('/api/me/preferences').set(a.auth).send({ workDomain: bad }).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'workDomain' })]);
    }
    const both = await t.http
      .put('/api/me/preferences')
      .set(a.auth)
      .send({ workDomain: 'beleid', language: 'de' })
      .expect(400);
    expect(both.body.errors).toEqual([expect.objectContaining({ field: 'language' })]);
    const empty = await t.http.put('/api/me/preferences').set(a.auth).send({}).expect(400);
    expect(empty.headers['content-type']).toMatch(/application\/problem\+json/);
    await t.http.put('/api/me/preferences').set(a.auth).send({ workDomain: 'beleid', extra: 1 }).expect(400);
    expect((await t.http.get('/api/me').set(a.auth).expect(200)).body).toMatchObject({
      workDomain: 'toezicht',
      language: 'nl',
    });
  });
});
