import { DEMO_LOGINS, DemoDataService, SAMEN_IN_BELEID_TITLE } from '#libs/demo-data';
import { createTestApp, type TestApp } from './support/app.js';

/**
 * The demo's feedback loop (issue #12 item 2): Samen in Beleid's two held tranches have
 * evaluations above the threshold, tranche 1's "Jullie zeiden, wij deden" is published and told
 * to the upcoming tranches' participants, tranche 2's is a draft for the demo L&D.
 */
describe('Demo: tranche feedback of Samen in Beleid', () => {
  let t: TestApp;
  let auth: { Authorization: string };
  let programmeId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoDataService).seedIfEmpty();
    const ld = DEMO_LOGINS.accounts.find((a) => a.role === 'ld');
    if (!ld) throw new Error('no demo L&D');
    const res = await t.http.post('/api/auth/login').send({ email: ld.email, password: DEMO_LOGINS.password });
    auth = { Authorization: `Bearer ${res.body.accessToken as string}` };
    const list = (await t.http.get('/api/programmes?managed=true').set(auth).expect(200)).body as {
      id: string;
      title: string;
    }[];
    programmeId = list.find((p) => p.title === SAMEN_IN_BELEID_TITLE)?.id ?? '';
    // The whole demo seed runs first; on a busy machine it takes longer than a test's minute.
  }, 300_000);
  afterAll(() => t.close());

  it('shows the two held tranches with averages, the later one better, and the rest without', async () => {
    const trend = (await t.http.get(`/api/programmes/${programmeId}/evaluation-trend`).set(auth).expect(200)).body as {
      cohorts: { name: string; respondents: number; shown: boolean; overall: number | null; note: string }[];
    };
    expect(trend.cohorts.map((c) => c.name)).toEqual(['Tranche 1', 'Tranche 2', 'Tranche 3', 'Tranche 4', 'Tranche 5']);
    const [first, second, ...rest] = trend.cohorts;
    for (const c of [first, second]) {
      expect(c.shown).toBe(true);
      expect(c.respondents).toBeGreaterThanOrEqual(3);
    }
    expect(second.overall).toBeGreaterThan(first.overall ?? 5);
    expect(first.note).toBe('published');
    expect(second.note).toBe('draft');
    for (const c of rest) expect(c).toMatchObject({ shown: false, overall: null, note: 'none' });
  });

  it('shows the published note to the public and tells the upcoming tranches', async () => {
    const notes = (await t.http.get(`/api/programmes/${programmeId}/feedback-notes`).expect(200)).body as {
      cohortName: string;
      weDid: string;
      authorName: string | null;
    }[];
    expect(notes).toEqual([expect.objectContaining({ cohortName: 'Tranche 1', authorName: null })]);
    expect(notes[0].weDid).toMatch(/gast aan tafel/);
    const [told] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(DISTINCT user_id)::int AS n FROM notifications WHERE kind = 'tranche_feedback.published'`,
    );
    expect(told.n).toBeGreaterThan(10);
  });
});
