import { CatalogueImportService } from '#libs/catalogue-import';
import type { CatalogueBundle } from '#libs/catalogue-import';
import { MatcherService, SearchIndexer } from '#libs/knowledge-bank';
import { createTestApp, type TestApp } from './support/app.js';
import { actor, type Actor } from './support/factories.js';

const trainer = (
  id: string,
  organisationId: string,
  jobTitle: string,
  bio: string,
  expertise: string[],
): CatalogueBundle['trainers'][number] => ({
  id,
  name: `Trainer ${id}`,
  organisationId,
  jobTitle,
  bio,
  expertise,
  languages: ['nl'],
  formats: ['online'],
  inCompany: true,
  region: 'Utrecht',
});

/**
 * t1 answers a Woo question in its own words; t2 shares none of them but works in the same field
 * (archiefbeheer, informatiebeheer), so only the query expansion finds t2; t3 is elsewhere.
 */
const bundle: CatalogueBundle = {
  organisations: [
    { id: 'gemeente-a', name: 'Gemeente A', kind: 'gemeente', region: 'Utrecht', emailDomains: ['a.nl'] },
    { id: 'uwv', name: 'UWV', kind: 'uitvoeringsorganisatie', region: 'Utrecht', emailDomains: ['uwv.nl'] },
  ],
  trainers: [
    trainer('t1', 'uwv', 'Woo-coördinator', 'Ik help collega’s met Woo-verzoeken afhandelen.', [
      'Woo-verzoeken',
      'archiefbeheer',
      'informatiebeheer',
    ]),
    trainer('t2', 'uwv', 'Records manager', 'Ik richt bewaartermijnen en selectielijsten in.', [
      'archiefbeheer',
      'informatiebeheer',
    ]),
    trainer('t3', 'uwv', 'Financieel adviseur', 'Begrotingen en subsidies voor gemeenten.', ['begroting', 'subsidies']),
  ],
  courses: [],
};

interface Trainer {
  id: string;
  fit: string;
  why: { expertise: string[]; courses: string[]; snippets: string[]; related?: string[] };
}

describe('Reasons from the field of the best matches', () => {
  let t: TestApp;
  let ld: Actor;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(CatalogueImportService).import(bundle);
    await t.app.get(SearchIndexer).drain();
    await t.app.get(MatcherService).lsa.ready();
    const [org] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM organisations WHERE slug = 'gemeente-a'`);
    ld = await actor(t, org.id, { roles: ['ld'] });
    ids = Object.fromEntries(
      (
        await t.dataSource.query<{ external_id: string; id: string }[]>(`SELECT external_id, id FROM teacher_profiles`)
      ).map((r) => [r.external_id, r.id]),
    );
  });
  afterAll(() => t.close());

  const QUESTION = 'Wie kan ons helpen met Woo-verzoeken?';

  it('offers a colleague who shares no word of the question, only the field, as "misschien ook" with that field as the reason', async () => {
    const answer = (
      await t.http.post('/api/knowledge-bank/questions').set(ld.auth).send({ text: QUESTION }).expect(200)
    ).body as { trainers: Trainer[]; alsoConsider: Trainer[] };
    expect(answer.trainers.map((x) => x.id)).toEqual([ids['t1']]);
    const related = answer.alsoConsider.find((x) => x.id === ids['t2']);
    expect(related).toEqual(
      expect.objectContaining({
        fit: 'weak',
        why: expect.objectContaining({
          expertise: [],
          courses: [],
          snippets: [],
          related: ['archiefbeheer', 'informatiebeheer'],
        }),
      }),
    );
    expect([...answer.trainers, ...answer.alsoConsider].map((x) => x.id)).not.toContain(ids['t3']);
  });

  it('suggests nobody for an in-company request without a reason to show', async () => {
    const request = (
      await t.http
        .post('/api/incompany-requests')
        .set(ld.auth)
        .send({ topic: 'Training Woo-verzoeken voor ons team', groupSize: 8 })
        .expect(201)
    ).body as { id: string };
    const suggestions = (await t.http.get(`/api/incompany-requests/${request.id}/suggestions`).set(ld.auth).expect(200))
      .body as { trainers: Trainer[] };
    expect(suggestions.trainers.length).toBeGreaterThan(0);
    for (const s of suggestions.trainers) {
      const reasons =
        s.why.expertise.length + s.why.courses.length + s.why.snippets.length + (s.why.related?.length ?? 0);
      expect({ id: s.id, reasons: reasons > 0 }).toEqual({ id: s.id, reasons: true });
    }
  });
});
