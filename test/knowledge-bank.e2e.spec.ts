import { CatalogueImportService } from '#libs/catalogue-import';
import type { CatalogueBundle } from '#libs/catalogue-import';
import { SearchIndexer } from '#libs/knowledge-bank';
import { createTestApp, type TestApp } from './support/app.js';
import { actor, TEACHER_PROFILE, type Actor } from './support/factories.js';

const bundle: CatalogueBundle = {
  organisations: [
    {
      id: 'gemeente-zwolle',
      name: 'Gemeente Zwolle',
      kind: 'gemeente',
      region: 'Overijssel',
      emailDomains: ['zwolle.nl'],
    },
    { id: 'uwv', name: 'UWV', kind: 'uitvoeringsorganisatie', region: 'Noord-Holland', emailDomains: ['uwv.nl'] },
    { id: 'bzk', name: 'Ministerie van BZK', kind: 'ministerie', region: 'Zuid-Holland', emailDomains: ['minbzk.nl'] },
  ],
  trainers: [
    {
      id: 't1',
      name: 'Marieke van den Berg',
      organisationId: 'gemeente-zwolle',
      jobTitle: 'Woo-coördinator',
      bio: 'Ik help collega’s met Woo-verzoeken. Ik werk met echte dossiers.',
      expertise: ['Woo', 'openbaarheid', 'informatieverzoeken'],
      languages: ['nl'],
      formats: ['klassikaal', 'online'],
      inCompany: true,
      region: 'Overijssel',
    },
    {
      id: 't2',
      name: 'Jan de Boer',
      organisationId: 'uwv',
      jobTitle: 'Privacyjurist',
      bio: 'Ik adviseer over de AVG en DPIA’s.',
      expertise: ['AVG', 'DPIA', 'privacy'],
      languages: ['nl', 'en'],
      formats: ['online'],
      inCompany: false,
      region: 'Noord-Holland',
    },
    {
      id: 't3',
      name: 'Sophie Jansen',
      organisationId: 'uwv',
      jobTitle: 'Woo-adviseur',
      bio: 'Openbaarheid is mijn vak.',
      expertise: ['Woo', 'actieve openbaarmaking'],
      languages: ['nl'],
      formats: ['online'],
      inCompany: true,
      region: 'Noord-Holland',
    },
  ],
  courses: [
    {
      id: 'c1',
      title: 'Woo-verzoeken afhandelen',
      summary: 'Stap voor stap een Woo-verzoek afhandelen.',
      description: 'Van ontvangst tot besluit.',
      learningGoals: ['Je handelt een verzoek af.'],
      topics: ['Woo'],
      level: 'basis',
      durationHours: 3,
      format: 'online',
      teacherIds: ['t1'],
      organisationId: 'gemeente-zwolle',
    },
    {
      id: 'c2',
      title: 'DPIA in de praktijk',
      summary: 'Wanneer is een DPIA verplicht?',
      description: 'Met oefeningen.',
      learningGoals: [],
      topics: ['DPIA', 'privacy'],
      level: 'verdieping',
      durationHours: 3,
      format: 'online',
      teacherIds: ['t2'],
      organisationId: 'uwv',
    },
  ],
};

describe('Knowledge bank', () => {
  let t: TestApp;
  let ld: Actor;
  let learner: Actor;
  let admin: Actor;
  let orgs: Record<string, string>;
  const drain = () => t.app.get(SearchIndexer).drain();
  const ask = (who: Actor, text: string, filters: object = {}) =>
    t.http.post('/api/knowledge-bank/questions').set(who.auth).send({ text, filters });

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(CatalogueImportService).import(bundle);
    await drain();
    orgs = Object.fromEntries(
      (await t.dataSource.query(`SELECT slug, id FROM organisations`)).map((r: { slug: string; id: string }) => [
        r.slug,
        r.id,
      ]),
    );
    ld = await actor(t, orgs['bzk'], { roles: ['ld'] });
    learner = await actor(t, orgs['gemeente-zwolle']);
    admin = await actor(t, orgs['bzk'], { roles: ['admin'] });
  });
  afterAll(() => t.close());

  it('answers a knowledge question with ranked trainers, why they match, and courses with sessions', async () => {
    const res = await ask(ld, 'Wie kan ons uitleggen hoe je een Woo-verzoek afhandelt?').expect(200);
    expect(res.body.strongMatch).toBe(true);
    expect(
      res.body.trainers
        .map((x: { name: string }) => x.name)
        .slice(0, 2)
        .sort(),
    ).toEqual(['Marieke van den Berg', 'Sophie Jansen']);
    const top = res.body.trainers[0];
    expect(top.score).toBeGreaterThan(0);
    expect(top.score).toBeLessThanOrEqual(1);
    expect(top.fit).toBe('strong');
    expect(top.why.expertise).toContain('Woo');
    expect(res.body.courses[0]).toMatchObject({ title: 'Woo-verzoeken afhandelen', upcomingSessions: [] });
    const [q] = await t.dataSource.query(
      `SELECT text, organisation_id, strong_match, topics FROM knowledge_questions WHERE id = $1`,
      [res.body.questionId],
    );
    expect(q).toMatchObject({
      organisation_id: orgs['bzk'],
      strong_match: true,
      topics: expect.arrayContaining(['Woo']),
    });
  });

  it('powers free-text search in the catalogue (q=), ranked by relevance and combined with filters', async () => {
    const res = (await t.http.get('/api/catalogue/courses?q=wanneer%20is%20een%20DPIA%20verplicht').expect(200)).body;
    expect(res.items.map((c: { title: string }) => c.title)[0]).toBe('DPIA in de praktijk');
    const avg = (await t.http.get('/api/catalogue/courses?q=AVG').expect(200)).body;
    expect(avg.items.map((c: { title: string }) => c.title)).toEqual(['DPIA in de praktijk']);
    expect((await t.http.get('/api/catalogue/courses?q=Woo&level=verdieping').expect(200)).body.total).toBe(0);
    expect((await t.http.get('/api/catalogue/courses?q=heftruck').expect(200)).body.total).toBe(0);
  });

  it('says "geen sterke match" instead of returning noise', async () => {
    const res = await ask(ld, 'Cursus heftruck rijden voor de buitendienst').expect(200);
    expect(res.body.strongMatch).toBe(false);
    for (const x of res.body.trainers) expect(x.fit).toBe('weak');
    expect(res.body.message).toMatch(/^Geen sterke match/);
    expect(res.body.courses).toEqual([]);
  });

  it('counts and labels only matches with a reason; weaker ones apart as alsoConsider, never without a why (issue #13 item 5)', async () => {
    const hasWhy = (x: { why: { expertise: string[]; courses: string[]; snippets: string[] } }) =>
      x.why.expertise.length + x.why.courses.length + x.why.snippets.length > 0;
    const res = (await ask(ld, 'Woo-verzoeken afhandelen').expect(200)).body;
    expect(res.strongMatch).toBe(true);
    expect(res.trainers.length).toBeGreaterThan(0);
    for (const x of res.trainers) {
      expect(x.fit).not.toBe('weak');
      expect(hasWhy(x)).toBe(true);
    }
    const n = res.trainers.length;
    expect(res.message).toBe(
      n === 1 ? '1 collega past goed bij je vraag.' : `${n} collega's passen goed bij je vraag.`,
    );
    for (const x of res.alsoConsider) {
      expect(x.fit).toBe('weak');
      expect(hasWhy(x)).toBe(true);
    }
    expect(res.alsoConsider.map((x: { id: string }) => x.id)).not.toEqual(
      expect.arrayContaining(res.trainers.map((x: { id: string }) => x.id)),
    );

    const none = (await ask(ld, 'Cursus heftruck rijden voor de buitendienst').expect(200)).body;
    expect(none.strongMatch).toBe(false);
    expect(none.trainers).toEqual([]);
    for (const x of none.alsoConsider) expect(hasWhy(x)).toBe(true);
    expect(none.message).toMatch(/^Geen sterke match/);
  });

  it('lists only catalogue courses with evidence for the question: the count is true (relevance floor)', async () => {
    const woo = (await t.http.get('/api/catalogue/courses?q=Woo%20verzoeken%20behandelen').expect(200)).body;
    expect(woo.items.map((c: { title: string }) => c.title)).toEqual(['Woo-verzoeken afhandelen']);
    expect(woo.total).toBe(1);
    // A word no course has finds nothing, however many courses share a part of it.
    expect((await t.http.get('/api/catalogue/courses?q=werkatelier').expect(200)).body.total).toBe(0);
  });

  it('filters on in-company availability, other organisations, language and region', async () => {
    const inCompany = await ask(ld, 'privacy en AVG', { inCompanyOnly: true }).expect(200);
    expect(inCompany.body.trainers.map((x: { name: string }) => x.name)).not.toContain('Jan de Boer');
    const others = await ask(learner, 'Woo verzoek afhandelen', { otherOrganisationsOnly: true }).expect(200);
    expect(others.body.trainers.map((x: { name: string }) => x.name)).toEqual(['Sophie Jansen']);
    const english = await ask(ld, 'privacy', { language: 'en' }).expect(200);
    expect(english.body.trainers.map((x: { name: string }) => x.name)).toEqual(['Jan de Boer']);
    const region = await ask(ld, 'Woo', { region: 'Overijssel' }).expect(200);
    expect(region.body.trainers.map((x: { name: string }) => x.name)).toEqual(['Marieke van den Berg']);
    const bad = await ask(ld, 'Woo', { format: 'telepathie' }).expect(400);
    expect(bad.body.errors[0].field).toBe('filters.format');
  });

  it('keeps the index true: a change is queued in its own transaction, a failed change queues nothing', async () => {
    const teacher = await actor(t, orgs['gemeente-zwolle'], { name: 'Kees Mediator' });
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n;
    await t.http
      .put('/api/me/teacher-profile')
      .set(teacher.auth)
      .send({ ...TEACHER_PROFILE, expertise: ['mediation', 'conflictbemiddeling'] })
      .expect(201);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n).toBeGreaterThan(before);
    expect(
      (await ask(ld, 'mediation bij conflicten').expect(200)).body.trainers.map((x: { name: string }) => x.name),
    ).not.toContain('Kees Mediator');
    await drain();
    expect((await ask(ld, 'mediation bij conflicten').expect(200)).body.trainers[0].name).toBe('Kees Mediator');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n).toBe(0);

    await t.http
      .put('/api/me/teacher-profile')
      .set(teacher.auth)
      .send({ ...TEACHER_PROFILE, expertise: [] })
      .expect(400);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n).toBe(0);

    await t.http.post(`/api/admin/users/${teacher.id}/disable`).set(admin.auth).expect(200);
    await drain();
    expect(
      (await ask(ld, 'mediation bij conflicten').expect(200)).body.trainers.map((x: { name: string }) => x.name),
    ).not.toContain('Kees Mediator');
  });

  it('lets admins see index health, rebuild without losing documents, and edit synonyms that matching uses at once', async () => {
    await t.http.get('/api/admin/search/health').set(ld.auth).expect(403);
    const health = (await t.http.get('/api/admin/search/health').set(admin.auth).expect(200)).body;
    expect(health).toMatchObject({ engine: 'postgres', outbox: { pending: 0, dead: 0 } });
    const trainers = health.indexes.find((i: { index: string }) => i.index === 'trainers').documents;
    expect((await t.http.post('/api/admin/search/reindex').set(admin.auth).expect(200)).body).toEqual({
      trainers,
      courses: 2,
    });

    expect((await ask(ld, 'transparantie').expect(200)).body.strongMatch).toBe(false);
    await t.http
      .put('/api/admin/search/synonyms/transparantie')
      .set(admin.auth)
      .send({ synonyms: ['openbaarheid'] })
      .expect(200);
    const after = (await ask(ld, 'transparantie').expect(200)).body;
    expect(after.trainers.map((x: { name: string }) => x.name)).toContain('Sophie Jansen');
    await t.http.delete('/api/admin/search/synonyms/transparantie').set(admin.auth).expect(204);
    await t.http.delete('/api/admin/search/synonyms/transparantie').set(admin.auth).expect(404);
  });

  it('shows L&D the demand per topic of their own organisation; learners may not', async () => {
    await ask(ld, 'DPIA uitleg').expect(200);
    // The questions' own topics, as GET /api/demand (libs/demand) counts them for the demand page.
    const demand = (await t.http.get('/api/demand').set(ld.auth).expect(200)).body.topics;
    expect(demand).toEqual(
      expect.arrayContaining([expect.objectContaining({ topic: 'DPIA', questions: expect.any(Number) })]),
    );
    const woo = demand.find((d: { topic: string }) => d.topic === 'Woo');
    expect(woo.questions).toBeGreaterThanOrEqual(1);
    await t.http.get('/api/demand').set(learner.auth).expect(403);
  });
});
