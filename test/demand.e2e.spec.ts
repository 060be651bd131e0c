import { SESSION_SCHEDULED_JOB } from '#libs/catalogue';
import { CatalogueImportService } from '#libs/catalogue-import';
import type { CatalogueBundle } from '#libs/catalogue-import';
import { JobQueue } from '#libs/jobs';
import { SearchIndexer } from '#libs/knowledge-bank';
import { EMAIL_JOB } from '#libs/notifications';
import { createTestApp, type TestApp } from './support/app.js';
import { mailsTo } from './support/mail.js';
import { actor, COURSE, sessionBody, TEACHER_PROFILE, type Actor } from './support/factories.js';

/**
 * Issue #12 item 5, demand becomes offering: interest lists told once when a session is
 * scheduled, teachers nudged at DEMAND_NUDGE_THRESHOLD, and L&D's demand per topic counted from
 * the question's own topics, with gaps, suggested trainers, CSV and organisation scope.
 */
const bundle: CatalogueBundle = {
  organisations: [
    { id: 'bzk', name: 'Ministerie van BZK', kind: 'ministerie', region: 'Zuid-Holland', emailDomains: ['minbzk.nl'] },
    { id: 'uwv', name: 'UWV', kind: 'uitvoeringsorganisatie', region: 'Noord-Holland', emailDomains: ['uwv.nl'] },
  ],
  trainers: [
    {
      id: 't1',
      name: 'Marieke van den Berg',
      organisationId: 'bzk',
      jobTitle: 'Woo-coördinator',
      bio: 'Ik help collega’s met Woo-verzoeken. Ik werk met echte dossiers.',
      expertise: ['Woo', 'openbaarheid', 'informatieverzoeken'],
      languages: ['nl'],
      formats: ['online'],
      inCompany: true,
      region: 'Zuid-Holland',
    },
    {
      id: 't2',
      name: 'Jan de Boer',
      organisationId: 'uwv',
      jobTitle: 'Privacyjurist',
      bio: 'Ik adviseer over de AVG en DPIA’s.',
      expertise: ['AVG', 'DPIA', 'privacy'],
      languages: ['nl'],
      formats: ['online'],
      inCompany: false,
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
      organisationId: 'bzk',
    },
  ],
};

interface Note {
  id: string;
  kind: string;
  title: string;
  link: string;
}

interface Topic {
  topic: string;
  questions: number;
  unanswered: number;
  alsoWanted: number;
  interested: number;
  unmet: number;
  suggestedTrainers: { name: string }[];
}

describe('Demand', () => {
  let t: TestApp;
  let orgs: Record<string, string>;
  let ld: Actor;
  let ldUwv: Actor;
  let admin: Actor;
  let ann: Actor;
  let bob: Actor;
  let uwvLearner: Actor;
  let wooCourse: string;

  const ask = (who: Actor, text: string) =>
    t.http.post('/api/knowledge-bank/questions').set(who.auth).send({ text, filters: {} }).expect(200);
  const notes = async (who: Actor) =>
    (await t.http.get('/api/me/notifications?pageSize=100').set(who.auth).expect(200)).body.items as Note[];
  const runScheduled = (sessionId: string, courseId: string) =>
    t.app.get(JobQueue).runNow(SESSION_SCHEDULED_JOB, { sessionId, courseId });
  const demand = async (who: Actor, days = 90) =>
    (await t.http.get(`/api/demand?days=${days}`).set(who.auth).expect(200)).body as {
      topics: Topic[];
      gaps: { questionId: string; text: string; topics: string[]; alsoWanted: number; askedOn: string }[];
      nudgeThreshold: number;
    };
  const topic = (rows: Topic[], name: string) => rows.find((r) => r.topic.toLowerCase() === name.toLowerCase());

  /** A published course without sessions, taught by a new teacher of `org` through the API. */
  async function courseWithoutDates(org: string, title: string) {
    const teacher = await actor(t, org, { name: `Docent ${title}` });
    await t.http.put('/api/me/teacher-profile').set(teacher.auth).send(TEACHER_PROFILE).expect(201);
    const c = await t.http
      .post('/api/courses')
      .set(teacher.auth)
      .send({ ...COURSE, title })
      .expect(201);
    await t.http.post(`/api/courses/${c.body.id}/publish`).set(teacher.auth).expect(200);
    return { courseId: c.body.id as string, teacher };
  }

  beforeAll(async () => {
    t = await createTestApp({ DEMAND_NUDGE_THRESHOLD: '3' });
    await t.app.get(CatalogueImportService).import(bundle);
    await t.app.get(SearchIndexer).drain();
    orgs = Object.fromEntries(
      (await t.dataSource.query(`SELECT slug, id FROM organisations`)).map((r: { slug: string; id: string }) => [
        r.slug,
        r.id,
      ]),
    );
    ld = await actor(t, orgs['bzk'], { roles: ['ld'], name: 'Lotte L&D' });
    ldUwv = await actor(t, orgs['uwv'], { roles: ['ld'] });
    admin = await actor(t, orgs['bzk'], { roles: ['admin'] });
    ann = await actor(t, orgs['bzk'], { name: 'Ann' });
    bob = await actor(t, orgs['bzk'], { name: 'Bob' });
    uwvLearner = await actor(t, orgs['uwv'], { name: 'Uma' });
    [{ id: wooCourse }] = await t.dataSource.query(`SELECT id FROM courses WHERE external_id = 'c1'`);
  });
  afterAll(() => t.close());

  it('tells everyone on the interest list exactly once when a session is scheduled, and nobody else', async () => {
    const { courseId, teacher } = await courseWithoutDates(orgs['bzk'], 'Helder schrijven voor beleid');
    const carol = await actor(t, orgs['bzk'], { name: 'Carol' });
    const dave = await actor(t, orgs['bzk'], { name: 'Dave' });
    const outsider = await actor(t, orgs['bzk'], { name: 'Otto' });
    await t.http.put('/api/me/preferences').set(dave.auth).send({ language: 'en' }).expect(200);
    for (const who of [carol, dave]) {
      const res = await t.http.put(`/api/courses/${courseId}/interest`).set(who.auth).expect(200);
      expect(res.body).toMatchObject({ courseId, notifiedAt: null, upcomingSessions: 0 });
    }
    // Idempotent: a second sign-up changes nothing.
    await t.http.put(`/api/courses/${courseId}/interest`).set(carol.auth).expect(200);
    expect((await t.http.get(`/api/courses/${courseId}/interest`).set(outsider.auth).expect(200)).body).toEqual({
      courseId,
      interested: false,
      notifiedAt: null,
      waiting: 2,
    });

    const s = await t.http
      .post(`/api/courses/${courseId}/sessions`)
      .set(teacher.auth)
      .send(sessionBody(20))
      .expect(201);
    const jobs = await t.dataSource.query(
      `SELECT singleton_key FROM pgboss.job WHERE name = $1 AND data->>'sessionId' = $2`,
      [SESSION_SCHEDULED_JOB, s.body.id],
    );
    expect(jobs).toEqual([{ singleton_key: s.body.id }]);
    await runScheduled(s.body.id, courseId);
    await runScheduled(s.body.id, courseId); // a retried job tells nobody twice

    const carolNotes = (await notes(carol)).filter((n) => n.kind === 'demand.session_scheduled');
    expect(carolNotes).toHaveLength(1);
    expect(carolNotes[0]).toMatchObject({
      link: `/cursussen/${courseId}`,
      title: 'Er is een datum voor Helder schrijven voor beleid',
    });
    const daveNotes = (await notes(dave)).filter((n) => n.kind === 'demand.session_scheduled');
    expect(daveNotes).toHaveLength(1);
    expect(daveNotes[0].title).toBe('There is a date for Helder schrijven voor beleid');
    expect((await notes(outsider)).filter((n) => n.kind === 'demand.session_scheduled')).toHaveLength(0);
    expect((await notes(teacher)).filter((n) => n.kind === 'demand.session_scheduled')).toHaveLength(0);

    // The e-mail, in the reader's language.
    await t.app.get(JobQueue).runNow(EMAIL_JOB, { notificationId: daveNotes[0].id });
    expect((await mailsTo(t, dave.email)).some((m) => m.includes('There is a date for Helder schrijven'))).toBe(true);

    // Marked notified: my interests say so; a second session tells nobody until they sign up again.
    const mine = (await t.http.get('/api/me/interests').set(carol.auth).expect(200)).body;
    expect(mine).toEqual([
      expect.objectContaining({
        courseId,
        notifiedSessionId: s.body.id,
        notifiedAt: expect.any(String),
        upcomingSessions: 1,
      }),
    ]);
    const s2 = await t.http
      .post(`/api/courses/${courseId}/sessions`)
      .set(teacher.auth)
      .send(sessionBody(40))
      .expect(201);
    await runScheduled(s2.body.id, courseId);
    expect((await notes(carol)).filter((n) => n.kind === 'demand.session_scheduled')).toHaveLength(1);
  });

  it('tells nobody for a draft course or a cancelled session', async () => {
    const teacher = await actor(t, orgs['bzk']);
    await t.http.put('/api/me/teacher-profile').set(teacher.auth).send(TEACHER_PROFILE).expect(201);
    const draft = (
      await t.http
        .post('/api/courses')
        .set(teacher.auth)
        .send({ ...COURSE, title: 'Nog in concept' })
        .expect(201)
    ).body.id as string;
    // A draft course has no interest list for others …
    await t.http.put(`/api/courses/${draft}/interest`).set(ann.auth).expect(404);
    // … and a list on it (written here directly) is not told of its sessions.
    await t.dataSource.query(`INSERT INTO course_interests (user_id, course_id) VALUES ($1, $2)`, [ann.id, draft]);
    const s = await t.http.post(`/api/courses/${draft}/sessions`).set(teacher.auth).send(sessionBody(20)).expect(201);
    await runScheduled(s.body.id, draft);
    expect((await notes(ann)).filter((n) => n.kind === 'demand.session_scheduled')).toHaveLength(0);

    const { courseId, teacher: t2 } = await courseWithoutDates(orgs['bzk'], 'Vergaderen met impact');
    await t.http.put(`/api/courses/${courseId}/interest`).set(bob.auth).expect(200);
    const cancelled = await t.http
      .post(`/api/courses/${courseId}/sessions`)
      .set(t2.auth)
      .send(sessionBody(20))
      .expect(201);
    await t.http.post(`/api/sessions/${cancelled.body.id}/cancel`).set(t2.auth).expect(200);
    await runScheduled(cancelled.body.id, courseId);
    expect((await notes(bob)).filter((n) => n.kind === 'demand.session_scheduled')).toHaveLength(0);
    expect((await t.http.get(`/api/courses/${courseId}/interest`).set(bob.auth).expect(200)).body.interested).toBe(
      true,
    );
  });

  it('nudges the teachers and L&D once when the list reaches the threshold, again only after it dropped below', async () => {
    const { courseId, teacher } = await courseWithoutDates(orgs['bzk'], 'Omgevingsvisie schrijven');
    const people = [ann, bob, await actor(t, orgs['bzk']), await actor(t, orgs['bzk'])];
    const nudges = async (who: Actor) =>
      (await notes(who)).filter(
        (n) => n.kind === 'demand.interest_threshold' && n.link === `/lesgeven/cursussen/${courseId}`,
      ).length;
    await t.http.put(`/api/courses/${courseId}/interest`).set(people[0].auth).expect(200);
    await t.http.put(`/api/courses/${courseId}/interest`).set(people[1].auth).expect(200);
    expect(await nudges(teacher)).toBe(0);
    await t.http.put(`/api/courses/${courseId}/interest`).set(people[2].auth).expect(200);
    expect(await nudges(teacher)).toBe(1);
    expect(await nudges(ld)).toBe(1);
    expect(await nudges(ldUwv)).toBe(0);
    expect(await nudges(people[0])).toBe(0);
    // Above it, and back to the threshold: the same crossing.
    await t.http.put(`/api/courses/${courseId}/interest`).set(people[3].auth).expect(200);
    await t.http.delete(`/api/courses/${courseId}/interest`).set(people[3].auth).expect(204);
    await t.http.put(`/api/courses/${courseId}/interest`).set(people[2].auth).expect(200);
    expect(await nudges(teacher)).toBe(1);
    // Below it (idempotent sign-off), then up again: a new crossing.
    await t.http.delete(`/api/courses/${courseId}/interest`).set(people[2].auth).expect(204);
    await t.http.delete(`/api/courses/${courseId}/interest`).set(people[2].auth).expect(204);
    await t.http.put(`/api/courses/${courseId}/interest`).set(people[3].auth).expect(200);
    expect(await nudges(teacher)).toBe(2);
    expect(await nudges(ld)).toBe(2);
  });

  it('counts the question’s own topics, lists unanswered questions as gaps, scoped to the organisation', async () => {
    const q1 = (await ask(ann, 'Hoe handel ik een Woo-verzoek af?')).body;
    const q2 = (await ask(bob, 'Wie weet hoe het zat met de Wob?')).body;
    const q3 = (await ask(ann, 'Wie kan uitleggen hoe je een heftruck veilig bestuurt?')).body;
    const q4 = (await ask(uwvLearner, 'Wanneer is een DPIA verplicht?')).body;
    const stored = async (id: string) =>
      (await t.dataSource.query(`SELECT topics, strong_match FROM knowledge_questions WHERE id = $1`, [id]))[0];
    // What was asked, not the matched trainers' tags (Marieke's "openbaarheid", "informatieverzoeken").
    expect(await stored(q1.questionId)).toEqual({ topics: ['Woo'], strong_match: true });
    expect(await stored(q2.questionId)).toEqual({ topics: ['wob'], strong_match: q2.strongMatch });
    expect(await stored(q3.questionId)).toEqual({ topics: ['heftruck', 'veilig', 'bestuurt'], strong_match: false });
    expect(await stored(q4.questionId)).toEqual({ topics: ['DPIA'], strong_match: true });

    // "Ik wil dit ook": the asker on their own answer, L&D of the organisation; nobody else.
    await t.http.put(`/api/knowledge-bank/questions/${q3.questionId}/interest`).set(ann.auth).expect(200);
    const marked = await t.http.put(`/api/knowledge-bank/questions/${q3.questionId}/interest`).set(ld.auth).expect(200);
    expect(marked.body).toEqual({ questionId: q3.questionId, interested: true, count: 2 });
    await t.http.put(`/api/knowledge-bank/questions/${q3.questionId}/interest`).set(ld.auth).expect(200);
    await t.http.put(`/api/knowledge-bank/questions/${q3.questionId}/interest`).set(bob.auth).expect(404);
    await t.http.put(`/api/knowledge-bank/questions/${q3.questionId}/interest`).set(ldUwv.auth).expect(404);

    // Interest lists of the Woo course: two of BZK, one of UWV.
    for (const who of [ann, bob, uwvLearner])
      await t.http.put(`/api/courses/${wooCourse}/interest`).set(who.auth).expect(200);

    // Hand-computed for BZK (ann's and bob's questions; ann and bob waiting for the Woo course).
    const bzk = await demand(ld);
    expect(topic(bzk.topics, 'woo')).toMatchObject({
      questions: 1,
      unanswered: 0,
      alsoWanted: 0,
      interested: 2,
      unmet: 2,
    });
    expect(topic(bzk.topics, 'woo')?.suggestedTrainers.map((s) => s.name)).toEqual(['Marieke van den Berg']);
    expect(topic(bzk.topics, 'heftruck')).toMatchObject({
      questions: 1,
      unanswered: 1,
      alsoWanted: 2,
      interested: 0,
      unmet: 3,
    });
    expect(topic(bzk.topics, 'heftruck')?.suggestedTrainers).toEqual([]);
    expect(topic(bzk.topics, 'openbaarheid')).toBeUndefined();
    expect(topic(bzk.topics, 'dpia')).toBeUndefined();
    // Most unmet first.
    expect(bzk.topics[0].unmet).toBeGreaterThanOrEqual(bzk.topics[bzk.topics.length - 1].unmet);
    expect(bzk.nudgeThreshold).toBe(3);
    const gap = bzk.gaps.find((g) => g.questionId === q3.questionId);
    expect(gap).toEqual({
      questionId: q3.questionId,
      text: 'Wie kan uitleggen hoe je een heftruck veilig bestuurt?',
      topics: ['heftruck', 'veilig', 'bestuurt'],
      askedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      alsoWanted: 2,
      wantedByMe: true,
    });
    expect(JSON.stringify(bzk.gaps)).not.toContain(ann.id);
    expect(JSON.stringify(bzk.gaps)).not.toContain('Ann');
    expect(bzk.gaps.some((g) => g.questionId === q1.questionId)).toBe(false); // answered well: no gap

    // UWV's L&D sees UWV only; admins see every organisation.
    const uwv = await demand(ldUwv);
    expect(topic(uwv.topics, 'dpia')).toMatchObject({ questions: 1, unanswered: 0, interested: 0 });
    expect(topic(uwv.topics, 'dpia')?.suggestedTrainers.map((s) => s.name)).toEqual(['Jan de Boer']);
    expect(topic(uwv.topics, 'woo')).toMatchObject({ questions: 0, interested: 1, unmet: 1 });
    expect(topic(uwv.topics, 'heftruck')).toBeUndefined();
    expect(uwv.gaps.some((g) => g.questionId === q3.questionId)).toBe(false);
    const all = await demand(admin);
    expect(topic(all.topics, 'woo')).toMatchObject({ questions: 1, interested: 3 });
    expect(topic(all.topics, 'dpia')).toMatchObject({ questions: 1 });
    expect(all.gaps.some((g) => g.questionId === q3.questionId)).toBe(true);

    // Learners may not; the old GET /api/knowledge-bank/demand is retired (this route replaced it).
    await t.http.get('/api/demand').set(ann.auth).expect(403);
    await t.http.get('/api/demand/export').set(ann.auth).expect(403);
    await t.http.get('/api/demand').expect(401);
    expect((await demand(ld)).topics).toEqual(
      expect.arrayContaining([expect.objectContaining({ topic: 'Woo', questions: 1 })]),
    );
    await t.http.get('/api/knowledge-bank/demand').set(ld.auth).expect(404);
  });

  it('exports the topics as CSV with a Dutch header row', async () => {
    const res = await t.http.get('/api/demand/export?days=90').set(ld.auth).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="vraag-per-onderwerp.csv"/);
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toBe(
      'Onderwerp,Vragen,Zonder sterke match,Ik wil dit ook,Op interesselijst,Onvervulde vraag,Voorgestelde trainers',
    );
    expect(lines).toContain('heftruck,1,1,2,0,3,');
    expect(lines.find((l) => /^woo,/i.test(l))).toMatch(/^Woo,1,0,0,2,2,Marieke van den Berg \(Ministerie van BZK\)$/i);
  });

  it('refuses bad input with 400 field errors and changes nothing', async () => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM course_interests`))[0].n;
    await t.http.put('/api/courses/not-a-uuid/interest').set(ann.auth).expect(400);
    await t.http.put('/api/knowledge-bank/questions/not-a-uuid/interest').set(ann.auth).expect(400);
    for (const days of ['0', '731', 'abc', '1.5']) {
      const res = await t.http.get(`/api/demand?days=${days}`).set(ld.auth).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors[0].field).toBe('days');
    }
    await t.http.get('/api/demand/export?days=0').set(ld.auth).expect(400);
    await t.http.put('/api/courses/00000000-0000-4000-8000-000000000000/interest').set(ann.auth).expect(404);
    await t.http.put('/api/courses/not-a-uuid/interest').expect(401);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM course_interests`))[0].n).toBe(before);
  });

  it('puts interests and marks in the personal-data export; erasure removes them', async () => {
    const erin = await actor(t, orgs['bzk'], { name: 'Erin' });
    await t.http.put(`/api/courses/${wooCourse}/interest`).set(erin.auth).expect(200);
    const q = (await ask(erin, 'Hoe maak ik een goede planning voor een verbouwing?')).body;
    await t.http.put(`/api/knowledge-bank/questions/${q.questionId}/interest`).set(erin.auth).expect(200);
    const exported = (await t.http.get('/api/me/personal-data').set(erin.auth).expect(200)).body;
    expect(exported.interests.courseInterests).toEqual([expect.objectContaining({ courseId: wooCourse })]);
    expect(exported.interests.questionInterests).toEqual([expect.objectContaining({ questionId: q.questionId })]);
    await t.http
      .post('/api/me/erasure')
      .set(erin.auth)
      .send({ confirmEmail: erin.email })
      .expect((r) => {
        if (r.status >= 300) throw new Error(`erase: ${r.status}`);
      });
    const left = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM course_interests WHERE user_id = $1) AS c,
              (SELECT count(*)::int FROM question_interests WHERE user_id = $1) AS q`,
      [erin.id],
    );
    expect(left).toEqual([{ c: 0, q: 0 }]);
  });
});
