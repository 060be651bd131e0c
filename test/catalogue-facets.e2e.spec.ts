import { SearchIndexer } from '#libs/knowledge-bank';
import { createTestApp, type TestApp } from './support/app.js';
import {
  createCourse,
  createOrganisation,
  createSession,
  createTeacherProfile,
  createUser,
  days,
} from './support/factories.js';

interface Option {
  value: string;
  label: string;
  count: number;
}
type Facets = Record<'format' | 'level' | 'language' | 'organisationId' | 'topic' | 'region', Option[]> & {
  freeSeats: number;
};

/**
 * Facet counts against a fixture counted by hand. Four published courses (and a draft):
 *   c1 Woo-verzoeken afhandelen  klassikaal basis      nl  A  Woo          Utrecht (free), Fryslân (full)
 *   c2 Woo voor gevorderden      online     verdieping nl  B  Woo, archief online session (free)
 *   c3 Excel draaitabellen       klassikaal basis      en  A  Excel        Fryslân (free)
 *   c4 AVG in de praktijk        hybride    expert     nl  B  AVG          no sessions
 */
describe('Catalogue facets, region aliases, online sessions and suggestions', () => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  let teacher: string;

  beforeAll(async () => {
    t = await createTestApp();
    orgA = (await createOrganisation(t.dataSource, { name: 'Gemeente Aadorp', region: 'Utrecht' })).id;
    orgB = (await createOrganisation(t.dataSource, { name: 'Provincie Fryslân', region: 'Fryslân' })).id;
    const user = await createUser(t.dataSource, orgA, { name: 'Truus Teststra' });
    teacher = (await createTeacherProfile(t.dataSource, user.id)).id;
    const c1 = await createCourse(t.dataSource, orgA, [teacher], {
      title: 'Woo-verzoeken afhandelen',
      topics: ['Woo'],
      format: 'klassikaal',
      level: 'basis',
    });
    await createSession(t.dataSource, c1.id, { region: 'Utrecht', startsAt: days(10) });
    await createSession(t.dataSource, c1.id, { region: 'Fryslân', startsAt: days(20), capacity: 12, seatsTaken: 12 });
    const c2 = await createCourse(t.dataSource, orgB, [], {
      title: 'Woo voor gevorderden',
      topics: ['Woo', 'archief'],
      format: 'online',
      level: 'verdieping',
    });
    await createSession(t.dataSource, c2.id, {
      region: null,
      city: null,
      onlineUrl: 'https://meet.example.nl/woo',
      startsAt: days(15),
    });
    const c3 = await createCourse(t.dataSource, orgA, [teacher], {
      title: 'Excel draaitabellen',
      topics: ['Excel'],
      format: 'klassikaal',
      level: 'basis',
      language: 'en',
    });
    await createSession(t.dataSource, c3.id, { region: 'Fryslân', startsAt: days(12) });
    await createCourse(t.dataSource, orgB, [], {
      title: 'AVG in de praktijk',
      topics: ['AVG'],
      format: 'hybride',
      level: 'expert',
    });
    await createCourse(t.dataSource, orgA, [], { title: 'Woo concept', topics: ['Woo'], status: 'draft' });
  });
  afterAll(() => t.close());

  const list = async (query: string) =>
    (await t.http.get(`/api/catalogue/courses?${query}`).expect(200)).body as {
      total: number;
      items: { title: string }[];
      facets: Facets;
    };
  const counts = (options: Option[]) => Object.fromEntries(options.map((o) => [o.value, o.count]));
  const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title).sort();

  it('counts every option of every filter for the whole catalogue', async () => {
    const body = await list('');
    expect(body.total).toBe(4);
    expect(counts(body.facets.format)).toEqual({ klassikaal: 2, online: 1, hybride: 1 });
    expect(counts(body.facets.level)).toEqual({ basis: 2, verdieping: 1, expert: 1 });
    expect(counts(body.facets.language)).toEqual({ nl: 3, en: 1 });
    expect(counts(body.facets.organisationId)).toEqual({ [orgA]: 2, [orgB]: 2 });
    expect(body.facets.organisationId.find((o) => o.value === orgB)?.label).toBe('Provincie Fryslân');
    expect(counts(body.facets.topic)).toEqual({ woo: 2, archief: 1, excel: 1, avg: 1 });
    expect(body.facets.topic.find((o) => o.value === 'woo')?.label).toBe('Woo');
    expect(counts(body.facets.region)).toEqual({ Utrecht: 1, Fryslân: 2 });
    expect(body.facets.freeSeats).toBe(3);
  });

  it('counts each facet with the other filters applied, not its own', async () => {
    const byRegion = await list('region=Fryslân');
    expect(titles(byRegion)).toEqual(['Excel draaitabellen', 'Woo-verzoeken afhandelen']);
    expect(counts(byRegion.facets.format)).toEqual({ klassikaal: 2 });
    expect(counts(byRegion.facets.topic)).toEqual({ woo: 1, excel: 1 });
    // Its own facet ignores the region chosen: the other options stay visible with their counts.
    expect(counts(byRegion.facets.region)).toEqual({ Utrecht: 1, Fryslân: 2 });
    // Free seats in Fryslân: only c3 (c1's session there is full).
    expect(byRegion.facets.freeSeats).toBe(1);

    const free = await list('region=Fryslân&freeSeats=true');
    expect(titles(free)).toEqual(['Excel draaitabellen']);
    expect(counts(free.facets.region)).toEqual({ Utrecht: 1, Fryslân: 1 });
    expect(counts(free.facets.format)).toEqual({ klassikaal: 1 });

    const both = await list('format=klassikaal&topic=woo');
    expect(titles(both)).toEqual(['Woo-verzoeken afhandelen']);
    expect(counts(both.facets.format)).toEqual({ klassikaal: 1, online: 1 });
    expect(counts(both.facets.topic)).toEqual({ woo: 1, excel: 1 });
    expect(counts(both.facets.level)).toEqual({ basis: 1 });
    expect(both.total).toBe(1);
  });

  it('accepts official and common region names: Friesland finds Fryslân sessions', async () => {
    for (const region of ['Friesland', 'fryslan', 'Provincie Friesland', 'FRYSLÂN']) {
      const body = await list(`region=${encodeURIComponent(region)}`);
      expect(titles(body)).toEqual(['Excel draaitabellen', 'Woo-verzoeken afhandelen']);
    }
    expect((await list('region=Brabant')).total).toBe(0);
  });

  it('lets a region include online sessions ("in Fryslân of online")', async () => {
    expect(titles(await list('region=Friesland'))).not.toContain('Woo voor gevorderden');
    const body = await list('region=Friesland&includeOnline=true');
    expect(titles(body)).toEqual(['Excel draaitabellen', 'Woo voor gevorderden', 'Woo-verzoeken afhandelen']);
    expect(counts(body.facets.format)).toEqual({ klassikaal: 2, online: 1 });
    const bad = await t.http.get('/api/catalogue/courses?region=Utrecht&includeOnline=misschien').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('includeOnline');
  });

  it('filters on a teacher', async () => {
    expect(titles(await list(`teacherId=${teacher}`))).toEqual(['Excel draaitabellen', 'Woo-verzoeken afhandelen']);
    const bad = await t.http.get('/api/catalogue/courses?teacherId=nope').expect(400);
    expect(bad.body.errors[0].field).toBe('teacherId');
  });

  it('counts the session facets of a text search or a teacher over only the courses found', async () => {
    // Factories write courses directly; the indexer picks them up as an import would.
    const indexer = t.app.get(SearchIndexer);
    await indexer.reindex();
    await indexer.drain();
    const woo = await list('q=woo');
    expect(titles(woo)).toEqual(['Woo voor gevorderden', 'Woo-verzoeken afhandelen']);
    // c1's Utrecht and Fryslân sessions; c3's Fryslân session is not a Woo course.
    expect(counts(woo.facets.region)).toEqual({ Utrecht: 1, Fryslân: 1 });
    expect(woo.facets.freeSeats).toBe(2);

    const byTeacher = await list(`teacherId=${teacher}`);
    expect(counts(byTeacher.facets.region)).toEqual({ Utrecht: 1, Fryslân: 2 });
    expect(byTeacher.facets.freeSeats).toBe(2);

    const both = await list(`teacherId=${teacher}&q=woo&region=Friesland`);
    expect(titles(both)).toEqual(['Woo-verzoeken afhandelen']);
    expect(counts(both.facets.region)).toEqual({ Utrecht: 1, Fryslân: 1 });
    expect(both.facets.freeSeats).toBe(0);
  });

  it('suggests courses, topics and trainers as you type, publicly, within limits', async () => {
    const woo = (await t.http.get('/api/catalogue/suggestions?q=woo').expect(200)).body;
    expect(woo.courses.map((c: { title: string }) => c.title)).toEqual([
      'Woo voor gevorderden',
      'Woo-verzoeken afhandelen',
    ]);
    expect(woo.topics).toEqual([{ value: 'woo', label: 'Woo', count: 2 }]);
    expect(woo.trainers).toEqual([]);
    const truus = (await t.http.get('/api/catalogue/suggestions?q=truus').expect(200)).body;
    expect(truus.trainers).toEqual([{ id: teacher, name: 'Truus Teststra', jobTitle: 'Adviseur' }]);
    expect((await t.http.get('/api/catalogue/suggestions?q=concept').expect(200)).body.courses).toEqual([]);
    expect((await t.http.get('/api/catalogue/suggestions?q=wo&limit=1').expect(200)).body.courses).toHaveLength(1);
    expect((await t.http.get('/api/catalogue/suggestions?q=%25%25').expect(200)).body.courses).toEqual([]);
    for (const bad of ['', '?q=w', `?q=${'x'.repeat(101)}`, '?q=woo&limit=0', '?q=woo&limit=11', '?q=woo&limit=x']) {
      const res = await t.http.get(`/api/catalogue/suggestions${bad}`).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.length).toBeGreaterThan(0);
    }
  });
});
