import { CatalogueImportService } from '#libs/catalogue-import';
import type { CatalogueBundle } from '#libs/catalogue-import';
import { MatcherService, SearchIndexer } from '#libs/knowledge-bank';
import { createTestApp, type TestApp } from './support/app.js';
import { actor, type Actor } from './support/factories.js';

/** Two Woo trainers with the same evidence (so an L&D verdict decides between them), and two who have nothing to do with Woo. */
const bundle: CatalogueBundle = {
  organisations: [
    { id: 'gemeente-a', name: 'Gemeente A', kind: 'gemeente', region: 'Utrecht', emailDomains: ['a.nl'] },
    { id: 'gemeente-b', name: 'Gemeente B', kind: 'gemeente', region: 'Utrecht', emailDomains: ['b.nl'] },
    { id: 'uwv', name: 'UWV', kind: 'uitvoeringsorganisatie', region: 'Noord-Holland', emailDomains: ['uwv.nl'] },
    { id: 'zwolle', name: 'Gemeente Zwolle', kind: 'gemeente', region: 'Overijssel', emailDomains: ['zwolle.nl'] },
  ],
  trainers: [
    {
      id: 't1',
      name: 'Marieke van den Berg',
      organisationId: 'zwolle',
      jobTitle: 'Woo-coördinator',
      bio: 'Ik help collega’s met Woo-verzoeken afhandelen. Ik werk met echte dossiers en besluiten.',
      expertise: ['Woo', 'Woo-verzoeken', 'openbaarheid'],
      languages: ['nl'],
      formats: ['online'],
      inCompany: true,
      region: 'Overijssel',
    },
    {
      id: 't2',
      name: 'Sophie Jansen',
      organisationId: 'uwv',
      jobTitle: 'Woo-coördinator',
      bio: 'Ik help collega’s met Woo-verzoeken afhandelen. Ik werk met echte dossiers en besluiten.',
      expertise: ['Woo', 'Woo-verzoeken', 'openbaarheid'],
      languages: ['nl'],
      formats: ['online'],
      inCompany: true,
      region: 'Noord-Holland',
    },
    {
      id: 't3',
      name: 'Jan de Boer',
      organisationId: 'uwv',
      jobTitle: 'Privacyjurist',
      bio: 'Ik adviseer over de AVG en DPIA’s.',
      expertise: ['AVG', 'DPIA', 'privacy'],
      languages: ['nl'],
      formats: ['online'],
      inCompany: true,
      region: 'Noord-Holland',
    },
    {
      id: 't4',
      name: 'Karin Visser',
      organisationId: 'zwolle',
      jobTitle: 'Financieel adviseur',
      bio: 'Begrotingen en subsidies voor gemeenten.',
      expertise: ['begroting', 'subsidies'],
      languages: ['nl'],
      formats: ['online'],
      inCompany: true,
      region: 'Overijssel',
    },
  ],
  courses: [
    {
      id: 'c1',
      title: 'Woo-verzoeken afhandelen',
      summary: 'Stap voor stap een Woo-verzoek afhandelen, van ontvangst tot besluit.',
      description: 'Met echte dossiers.',
      learningGoals: ['Je handelt een Woo-verzoek af.'],
      topics: ['Woo', 'openbaarheid'],
      level: 'basis',
      durationHours: 3,
      format: 'online',
      teacherIds: ['t1'],
      organisationId: 'zwolle',
    },
    {
      id: 'c2',
      title: 'Woo-verzoeken afhandelen',
      summary: 'Stap voor stap een Woo-verzoek afhandelen, van ontvangst tot besluit.',
      description: 'Met echte dossiers.',
      learningGoals: ['Je handelt een Woo-verzoek af.'],
      topics: ['Woo', 'openbaarheid'],
      level: 'verdieping',
      durationHours: 3,
      format: 'online',
      teacherIds: ['t2'],
      organisationId: 'uwv',
    },
    {
      id: 'c3',
      title: 'DPIA in de praktijk',
      summary: 'Wanneer is een DPIA verplicht onder de AVG?',
      description: 'Privacy met oefeningen.',
      learningGoals: [],
      topics: ['DPIA', 'privacy', 'AVG'],
      level: 'verdieping',
      durationHours: 3,
      format: 'online',
      teacherIds: ['t3'],
      organisationId: 'uwv',
    },
  ],
};

interface Trainer {
  id: string;
  name: string;
  score: number;
  fit: string;
  why: { expertise: string[]; courses: string[]; snippets: string[]; precedent?: { verdict: string } };
}

interface Answer {
  questionId: string;
  strongMatch: boolean;
  trainers: Trainer[];
  alsoConsider: Trainer[];
}

const QUESTION = 'Wie kan ons team leren hoe je Woo-verzoeken afhandelt en openbaarheid regelt?';
/** The same question in other words. */
const PARAPHRASE = 'Wie leert ons Woo-verzoeken afhandelen en openbaarheid regelen?';

describe('Learn from L&D: feedback on suggestions (issue #13 item 3)', () => {
  let t: TestApp;
  let ldA: Actor;
  let learnerA: Actor;
  let ldB: Actor;
  let learnerB: Actor;
  let admin: Actor;
  let ids: Record<string, string>;
  const ask = async (who: Actor, text: string): Promise<Answer> =>
    (await t.http.post('/api/knowledge-bank/questions').set(who.auth).send({ text }).expect(200)).body as Answer;
  const all = (a: Answer): Trainer[] => [...a.trainers, ...a.alsoConsider];
  const find = (a: Answer, id: string): Trainer | undefined => all(a).find((x) => x.id === id);
  const position = (a: Answer, id: string): number => all(a).findIndex((x) => x.id === id);
  const mark = (who: Actor, questionId: string, trainerId: string, verdict: unknown) =>
    t.http.put(`/api/knowledge-bank/questions/${questionId}/feedback/${trainerId}`).set(who.auth).send({ verdict });
  const withdraw = (who: Actor, questionId: string, trainerId: string) =>
    t.http.delete(`/api/knowledge-bank/questions/${questionId}/feedback/${trainerId}`).set(who.auth);

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(CatalogueImportService).import(bundle);
    await t.app.get(SearchIndexer).drain();
    // The latent model is built in the background; wait for it, so similarity is the model's.
    await t.app.get(MatcherService).lsa.ready();
    const orgs = Object.fromEntries(
      (await t.dataSource.query<{ slug: string; id: string }[]>(`SELECT slug, id FROM organisations`)).map((r) => [
        r.slug,
        r.id,
      ]),
    );
    ids = Object.fromEntries(
      (
        await t.dataSource.query<{ external_id: string; id: string }[]>(`SELECT external_id, id FROM teacher_profiles`)
      ).map((r) => [r.external_id, r.id]),
    );
    ldA = await actor(t, orgs['gemeente-a'], { roles: ['ld'] });
    learnerA = await actor(t, orgs['gemeente-a']);
    ldB = await actor(t, orgs['gemeente-b'], { roles: ['ld'] });
    learnerB = await actor(t, orgs['gemeente-b']);
    admin = await actor(t, orgs['uwv'], { roles: ['admin'] });
  });
  afterAll(() => t.close());

  it('a "goede match" lifts that trainer for a paraphrase of the judged question, explained; "geen match" lowers; withdrawing undoes', async () => {
    const judged = await ask(learnerA, QUESTION);
    const before = await ask(learnerA, PARAPHRASE);
    const beforeB = await ask(learnerB, PARAPHRASE);
    expect(before.strongMatch).toBe(true);
    // Both Woo trainers are candidates with a reason; the one placed second gets the "goede match".
    const second = all(before)[1];
    const first = all(before)[0];
    expect([ids['t1'], ids['t2']].sort()).toEqual([first.id, second.id].sort());
    expect(position(judged, second.id)).toBeGreaterThanOrEqual(0);

    const stored = await mark(ldA, judged.questionId, second.id, 'good').expect(200);
    expect(stored.body).toMatchObject({ questionId: judged.questionId, trainerId: second.id, verdict: 'good' });

    const after = await ask(learnerA, PARAPHRASE);
    expect(find(after, second.id)!.score).toBeGreaterThan(second.score);
    expect(position(after, second.id)).toBeLessThan(position(before, second.id));
    expect(find(after, second.id)!.why.precedent).toMatchObject({ verdict: 'good' });
    expect(find(after, first.id)!.why.precedent).toBeUndefined();
    // Fit and abstention stay with the lexical evidence.
    expect(after.strongMatch).toBe(before.strongMatch);
    expect(find(after, second.id)!.fit).toBe(second.fit);

    // Organisation B's asker gets exactly what they got before A's mark: no precedent of A's.
    const afterB = await ask(learnerB, PARAPHRASE);
    expect(all(afterB).map((x) => [x.id, x.score, x.why.precedent])).toEqual(
      all(beforeB).map((x) => [x.id, x.score, undefined]),
    );

    // A new mark replaces the old: "geen match" lowers the trainer below where it was.
    await mark(ldA, judged.questionId, second.id, 'bad').expect(200);
    const lowered = await ask(learnerA, PARAPHRASE);
    expect(find(lowered, second.id)!.score).toBeLessThan(second.score);
    expect(find(lowered, second.id)!.why.precedent).toMatchObject({ verdict: 'bad' });
    expect(
      (await t.dataSource.query(`SELECT verdict FROM match_feedback WHERE question_id = $1`, [judged.questionId])).map(
        (r: { verdict: string }) => r.verdict,
      ),
    ).toEqual(['bad']);

    await withdraw(ldA, judged.questionId, second.id).expect(204);
    const undone = await ask(learnerA, PARAPHRASE);
    expect(all(undone).map((x) => [x.id, x.score])).toEqual(all(before).map((x) => [x.id, x.score]));
  });

  it('is capped and needs lexical evidence: a trainer without a reason does not become a match through feedback', async () => {
    const judged = await ask(learnerA, QUESTION);
    // The privacy lawyer and the financial adviser have nothing to do with Woo.
    await mark(ldA, judged.questionId, ids['t3'], 'good').expect(200);
    await mark(ldA, judged.questionId, ids['t4'], 'good').expect(200);
    const after = await ask(learnerA, PARAPHRASE);
    expect(after.trainers.map((x) => x.id)).not.toContain(ids['t3']);
    expect(after.trainers.map((x) => x.id)).not.toContain(ids['t4']);
    for (const x of all(after)) if (x.id === ids['t3'] || x.id === ids['t4']) expect(x.why.precedent).toBeUndefined();
    // A question nobody matches stays unmatched, whatever was marked for similar ones.
    const none = await ask(learnerA, 'Wie kan ons een drone leren besturen voor dijkinspecties?');
    expect(none.strongMatch).toBe(false);
    expect(none.trainers).toEqual([]);
    await withdraw(ldA, judged.questionId, ids['t3']).expect(204);
    await withdraw(ldA, judged.questionId, ids['t4']).expect(204);
  });

  it('answers 400, 403 and 404 as problem+json and never reveals another organisation’s question', async () => {
    const judged = await ask(learnerA, QUESTION);
    const trainer = ids['t1'];
    const bad = await mark(ldA, judged.questionId, trainer, 'great').expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors[0].field).toBe('verdict');
    await mark(ldA, judged.questionId, trainer, 'invited').expect(400);
    await t.http
      .put(`/api/knowledge-bank/questions/${judged.questionId}/feedback/${trainer}`)
      .set(ldA.auth)
      .send({})
      .expect(400);
    await mark(ldA, 'not-a-uuid', trainer, 'good').expect(400);
    await mark(learnerA, judged.questionId, trainer, 'good').expect(403);
    await withdraw(learnerA, judged.questionId, trainer).expect(403);
    const foreign = await mark(ldB, judged.questionId, trainer, 'good').expect(404);
    const unknown = await mark(ldB, '00000000-0000-4000-8000-000000000000', trainer, 'good').expect(404);
    expect(foreign.body.code).toBe(unknown.body.code);
    expect(foreign.body.detail.replace(judged.questionId, 'x')).toBe(
      unknown.body.detail.replace('00000000-0000-4000-8000-000000000000', 'x'),
    );
    await withdraw(ldB, judged.questionId, trainer).expect(404);
    await mark(ldA, judged.questionId, '00000000-0000-4000-8000-000000000000', 'good').expect(404);
    await t.http.put(`/api/knowledge-bank/questions/${judged.questionId}/feedback/${trainer}`).send({}).expect(401);
    expect(
      await t.dataSource.query(`SELECT 1 FROM match_feedback WHERE question_id = $1`, [judged.questionId]),
    ).toEqual([]);
    // An admin may mark any organisation's question; it counts for that question's organisation.
    await mark(admin, judged.questionId, trainer, 'good').expect(200);
    const rows = await t.dataSource.query<{ organisation_id: string }[]>(
      `SELECT f.organisation_id FROM match_feedback f WHERE f.question_id = $1`,
      [judged.questionId],
    );
    expect(rows).toEqual([{ organisation_id: ldA.organisationId }]);
    await withdraw(admin, judged.questionId, trainer).expect(204);
  });

  it('keeps an erased giver’s verdicts for their organisation, without who gave them; exports them to the giver first', async () => {
    const leaving = await actor(t, ldA.organisationId, { roles: ['ld'] });
    const judged = await ask(learnerA, QUESTION);
    await mark(leaving, judged.questionId, ids['t1'], 'good').expect(200);
    const exported = (await t.http.get('/api/me/personal-data').set(leaving.auth).expect(200)).body as {
      matchFeedback: unknown[];
    };
    expect(exported.matchFeedback).toEqual([
      {
        questionId: judged.questionId,
        requestId: null,
        trainerId: ids['t1'],
        verdict: 'good',
        createdAt: expect.any(String),
      },
    ]);
    const asker = (await t.http.get('/api/me/personal-data').set(learnerA.auth).expect(200)).body as {
      matchFeedback: unknown[];
    };
    expect(asker.matchFeedback).toEqual([]);
    await t.http.post('/api/me/erasure').set(leaving.auth).send({ confirmEmail: leaving.email }).expect(204);
    expect(
      await t.dataSource.query(`SELECT given_by_id, verdict FROM match_feedback WHERE question_id = $1`, [
        judged.questionId,
      ]),
    ).toEqual([{ given_by_id: null, verdict: 'good' }]);
    await t.dataSource.query(`DELETE FROM match_feedback WHERE question_id = $1`, [judged.questionId]);
  });

  it('an in-company invitation records "invited" and lifts that trainer for the same organisation only', async () => {
    const request = { topic: 'Woo-verzoeken afhandelen en openbaarheid', groupSize: 10, notes: 'Voor ons team.' };
    const a = (await t.http.post('/api/incompany-requests').set(ldA.auth).send(request).expect(201)).body.id as string;
    const b = (await t.http.post('/api/incompany-requests').set(ldB.auth).send(request).expect(201)).body.id as string;
    const suggestionsB = (await t.http.get(`/api/incompany-requests/${b}/suggestions`).set(ldB.auth).expect(200))
      .body as { trainers: Trainer[] };
    const suggestionsA = (await t.http.get(`/api/incompany-requests/${a}/suggestions`).set(ldA.auth).expect(200))
      .body as { trainers: Trainer[] };
    const invited = suggestionsA.trainers[1];
    await t.http
      .post(`/api/incompany-requests/${a}/invitations`)
      .set(ldA.auth)
      .send({ teacherIds: [invited.id] })
      .expect(200);
    expect(
      await t.dataSource.query(
        `SELECT request_id, teacher_id, verdict, given_by_id, organisation_id, text FROM match_feedback WHERE request_id = $1`,
        [a],
      ),
    ).toEqual([
      {
        request_id: a,
        teacher_id: invited.id,
        verdict: 'invited',
        given_by_id: ldA.id,
        organisation_id: ldA.organisationId,
        text: `${request.topic} ${request.notes}`,
      },
    ]);
    // A's next similar request is lifted and explained; B's suggestions are what they were.
    const again = (await t.http.get(`/api/incompany-requests/${a}/suggestions`).set(ldA.auth).expect(200)).body as {
      trainers: Trainer[];
    };
    const lifted = again.trainers.find((x) => x.id === invited.id)!;
    expect(lifted.score).toBeGreaterThan(invited.score);
    expect(lifted.why.precedent).toMatchObject({ verdict: 'invited' });
    const laterB = (await t.http.get(`/api/incompany-requests/${b}/suggestions`).set(ldB.auth).expect(200)).body as {
      trainers: Trainer[];
    };
    expect(laterB).toEqual(suggestionsB);
    const answerB = await ask(learnerB, PARAPHRASE);
    for (const x of all(answerB)) expect(x.why.precedent).toBeUndefined();
  });
});
