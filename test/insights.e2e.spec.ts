import { parse } from 'csv-parse/sync';
import { EnrolmentSeedingService } from '#libs/enrolments';
import { EvaluationSeedingService } from '#libs/evaluations';
import { CSV_COLUMNS } from '#libs/insights';
import { createTestApp, type TestApp } from './support/app.js';
import {
  actor,
  createCourse,
  createOrganisation,
  createSession,
  createTeacherProfile,
  createUser,
  type Actor,
  type OrgRow,
  type UserRow,
} from './support/factories.js';
import { programmeWithCohort } from './support/programme-fixture.js';

/**
 * Issue #12 item 6: the knowledge-capital dashboard against a fixture computed by hand.
 *
 * Organisations A (Alfa), B (Beta), C (Gamma); trainers tA1, tA2 (A) and tB1 (B).
 * - S1, 60 days ago, 3 h, course K1 (Omgevingswet, Vergunningen), taught by tA1: b1, b2, c1 attended
 *   (b3 no-show) → 9 learner-hours: A→B 6, A→C 3. Evaluations 4/5/3, 5/4/4, 3/3/5 (three: shown).
 * - S2, 30 days ago, 2 h, K2 (Woo), tA1 and tB1: a1, c1, c2, c3 → 8, each teacher half:
 *   A→A 1, A→C 3, B→A 1, B→C 3. Evaluations 5/5/5 and 2/3/1 (two: hidden).
 * - S3, 10 days ago, 4 h, K3 (Data), tB1: a1, a2 → 8: B→A 8.
 * - A programme cohort (Leiderschap) with trainer tA2 (tB1 is its versneller, not a teacher):
 *   parts of 4 h 20 and 5 days ago and one in 10 days → 8 h so far; b1, c1 → 16: A→B 8, A→C 8.
 * - Outside the period: S4 400 days ago (tA2, b1). Not held: S5 in 10 days (b1 confirmed).
 * Totals: 41 learner-hours; hours taught A 3+2+8 = 13, B 2+4 = 6; received A 10, B 14, C 17.
 */
const RATE = 92.5;

const at = (daysFromNow: number, hourUtc = 9) => {
  const d = new Date(Date.now() + daysFromNow * 86_400_000);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
};
const day = (daysFromNow: number) => at(daysFromNow, 9).toISOString().slice(0, 10);

interface Fixture {
  A: OrgRow;
  B: OrgRow;
  C: OrgRow;
  tA1: UserRow;
  tA2: UserRow;
  tB1: UserRow;
  ldA: Actor;
  admin: Actor;
  learner: Actor;
  k1: string;
  k2: string;
}

describe('Knowledge capital dashboard', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await createTestApp({ KNOWLEDGE_CAPITAL_HOURLY_RATE_EUR: String(RATE) });
    const ds = t.dataSource;
    const A = await createOrganisation(ds, { slug: 'kk-alfa', name: 'Gemeente Alfa' });
    const B = await createOrganisation(ds, { slug: 'kk-beta', name: 'Ministerie Beta' });
    const C = await createOrganisation(ds, { slug: 'kk-gamma', name: 'Provincie Gamma' });
    const user = (org: OrgRow, name: string) => createUser(ds, org.id, { name });
    const [tA1, tA2, tB1] = [await user(A, 'Anouk Alfa'), await user(A, 'Bas Alfa'), await user(B, 'Cor Beta')];
    const [pA1, pA2, pB1] = [
      await createTeacherProfile(ds, tA1.id),
      await createTeacherProfile(ds, tA2.id),
      await createTeacherProfile(ds, tB1.id),
    ];
    const [a1, a2] = [await user(A, 'a1'), await user(A, 'a2')];
    const [b1, b2, b3] = [await user(B, 'b1'), await user(B, 'b2'), await user(B, 'b3')];
    const [c1, c2, c3] = [await user(C, 'c1'), await user(C, 'c2'), await user(C, 'c3')];

    const k1 = await createCourse(ds, A.id, [pA1.id], {
      title: 'Omgevingswet basis',
      topics: ['Omgevingswet', 'Vergunningen'],
    });
    const k2 = await createCourse(ds, A.id, [pA1.id, pB1.id], { title: 'Woo in de praktijk', topics: ['Woo'] });
    const k3 = await createCourse(ds, B.id, [pB1.id], { title: 'Data lezen', topics: ['Data'] });
    const k4 = await createCourse(ds, A.id, [pA2.id], { title: 'Oud nieuws', topics: ['Archief'] });
    const session = (courseId: string, daysFromNow: number, hours: number) =>
      createSession(ds, courseId, { startsAt: at(daysFromNow), endsAt: at(daysFromNow, 9 + hours) });
    const s1 = await session(k1.id, -60, 3);
    const s2 = await session(k2.id, -30, 2);
    const s3 = await session(k3.id, -10, 4);
    const s4 = await session(k4.id, -400, 5);
    const s5 = await session(k1.id, 10, 3);

    const seeding = t.app.get(EnrolmentSeedingService);
    const enrol = async (sessionId: string, people: UserRow[], status: 'attended' | 'no_show' | 'confirmed') => {
      for (const p of people)
        await seeding.record({
          sessionId,
          userId: p.id,
          status,
          managerId: null,
          approvalExpiresAt: null,
          reason: 'test',
        });
    };
    await enrol(s1.id, [b1, b2, c1], 'attended');
    await enrol(s1.id, [b3], 'no_show');
    await enrol(s2.id, [a1, c1, c2, c3], 'attended');
    await enrol(s3.id, [a1, a2], 'attended');
    await enrol(s4.id, [b1], 'attended');
    await enrol(s5.id, [b1], 'confirmed');

    const programme = await programmeWithCohort(
      t,
      A.id,
      [
        { title: 'Start', kind: 'plenary', startsInDays: -20 },
        { title: 'Verdieping', kind: 'plenary', startsInDays: -5 },
        { title: 'Afsluiting', kind: 'plenary', startsInDays: 10 },
      ],
      'Leiderschap in de publieke zaak',
    );
    await ds.query(`UPDATE courses SET topics = '{Leiderschap}' WHERE id = $1`, [programme.programmeId]);
    await ds.query(
      `INSERT INTO cohort_staff (cohort_id, user_id, role) VALUES ($1, $2, 'trainer'), ($1, $3, 'versneller')`,
      [programme.cohortId, tA2.id, tB1.id],
    );
    await enrol(programme.cohortId, [b1, c1], 'attended');

    const evaluations = t.app.get(EvaluationSeedingService);
    const answer = (sessionId: string, u: UserRow, [overall, usefulness, teacher]: number[]) =>
      evaluations.record({
        sessionId,
        userId: u.id,
        overall,
        usefulness,
        teacher,
        comment: null,
        answeredAt: new Date(),
      });
    await answer(s1.id, b1, [4, 5, 3]);
    await answer(s1.id, b2, [5, 4, 4]);
    await answer(s1.id, c1, [3, 3, 5]);
    await answer(s2.id, a1, [5, 5, 5]);
    await answer(s2.id, c2, [2, 3, 1]);
    // A no-show has no answer to give.
    expect(await answer(s1.id, b3, [1, 1, 1])).toBe(false);

    const question = (org: OrgRow, topics: string[], strong: boolean, daysAgo = 3) =>
      ds.query(
        `INSERT INTO knowledge_questions (text, organisation_id, topics, strong_match, created_at) VALUES ('vraag', $1, $2, $3, $4)`,
        [org.id, topics, strong, at(-daysAgo)],
      );
    await question(A, ['woo', 'archief'], false);
    await question(A, ['woo'], false);
    await question(A, ['woo'], true);
    await question(A, [], false);
    await question(B, ['data'], false);
    await question(A, ['woo'], false, 400);

    f = {
      A,
      B,
      C,
      tA1,
      tA2,
      tB1,
      ldA: await actor(t, A.id, { roles: ['ld'] }),
      admin: await actor(t, A.id, { roles: ['admin'] }),
      learner: await actor(t, A.id),
      k1: k1.id,
      k2: k2.id,
    };
  });
  afterAll(() => t.close());

  const get = (who: Actor, query = '') => t.http.get(`/api/insights/knowledge-capital${query}`).set(who.auth);

  it('gives admins every organisation: hours, flows, learner-hours, trainers and topics as computed by hand', async () => {
    const res = await get(f.admin).expect(200);
    const d = res.body;
    expect(d.organisationId).toBeNull();
    expect(d.period).toEqual({ from: expect.any(String), to: expect.any(String) });
    expect(d.totals).toEqual({
      hoursTaught: 19,
      learnerHoursGiven: 41,
      learnerHoursReceived: 41,
      sessions: 4,
      activeTrainers: 3,
      learners: 7,
    });
    const flows = Object.fromEntries(
      d.flows.map((x: { fromOrganisationName: string; toOrganisationName: string; learnerHours: number }) => [
        `${x.fromOrganisationName} → ${x.toOrganisationName}`,
        x.learnerHours,
      ]),
    );
    expect(flows).toEqual({
      'Gemeente Alfa → Ministerie Beta': 14,
      'Gemeente Alfa → Provincie Gamma': 14,
      'Gemeente Alfa → Gemeente Alfa': 1,
      'Ministerie Beta → Gemeente Alfa': 9,
      'Ministerie Beta → Provincie Gamma': 3,
    });
    expect(d.organisations).toEqual([
      {
        organisationId: f.A.id,
        name: 'Gemeente Alfa',
        hoursTaught: 13,
        learnerHoursGiven: 29,
        learnerHoursReceived: 10,
      },
      {
        organisationId: f.B.id,
        name: 'Ministerie Beta',
        hoursTaught: 6,
        learnerHoursGiven: 12,
        learnerHoursReceived: 14,
      },
      {
        organisationId: f.C.id,
        name: 'Provincie Gamma',
        hoursTaught: 0,
        learnerHoursGiven: 0,
        learnerHoursReceived: 17,
      },
    ]);
    expect(d.trainers).toEqual([
      expect.objectContaining({ userId: f.tA2.id, name: 'Bas Alfa', hoursTaught: 8, sessions: 1, learnerHours: 16 }),
      expect.objectContaining({
        userId: f.tB1.id,
        organisationName: 'Ministerie Beta',
        hoursTaught: 6,
        sessions: 2,
        learnerHours: 12,
      }),
      expect.objectContaining({ userId: f.tA1.id, hoursTaught: 5, sessions: 2, learnerHours: 13 }),
    ]);
    expect(d.topics).toEqual([
      { topic: 'Leiderschap', courses: 1, trainers: 1, learnerHours: 16 },
      { topic: 'Omgevingswet', courses: 1, trainers: 1, learnerHours: 9 },
      { topic: 'Vergunningen', courses: 1, trainers: 1, learnerHours: 9 },
      { topic: 'Data', courses: 1, trainers: 1, learnerHours: 8 },
      { topic: 'Woo', courses: 1, trainers: 2, learnerHours: 8 },
    ]);
    expect(d.demand).toEqual({
      unanswered: 4,
      topics: [
        { topic: 'woo', unanswered: 2 },
        { topic: 'archief', unanswered: 1 },
        { topic: 'data', unanswered: 1 },
      ],
    });
  });

  it('shows evaluation averages only from EVALUATION_MIN_RESPONSES answers', async () => {
    const { evaluations } = (await get(f.admin).expect(200)).body;
    expect(evaluations.minResponses).toBe(3);
    // Five answers on taught sessions: (4+5+3+5+2)/5, (5+4+3+5+3)/5, (3+4+5+5+1)/5.
    expect(evaluations.all).toEqual({ shown: true, count: 5, overall: 3.8, usefulness: 4, teacher: 3.6 });
    const byTitle = Object.fromEntries(evaluations.courses.map((c: { title: string }) => [c.title, c]));
    expect(byTitle['Omgevingswet basis']).toEqual({
      courseId: f.k1,
      title: 'Omgevingswet basis',
      shown: true,
      count: 3,
      overall: 4,
      usefulness: 4,
      teacher: 4,
    });
    // Two answers: nothing at all, not even the count.
    expect(byTitle['Woo in de praktijk']).toEqual({
      courseId: f.k2,
      title: 'Woo in de praktijk',
      shown: false,
      count: null,
      overall: null,
      usefulness: null,
      teacher: null,
    });
    expect(byTitle['Data lezen'].shown).toBe(false);
  });

  it('gives L&D their own organisation: what our colleagues taught to whom, and what we received', async () => {
    const d = (await get(f.ldA).expect(200)).body;
    expect(d.organisationId).toBe(f.A.id);
    expect(d.organisationName).toBe('Gemeente Alfa');
    expect(d.totals).toEqual({
      hoursTaught: 13,
      learnerHoursGiven: 29,
      learnerHoursReceived: 10,
      sessions: 4,
      activeTrainers: 2,
      learners: 2,
    });
    // Beta → Gamma is none of Alfa's business.
    expect(
      d.flows.map((x: { fromOrganisationId: string; toOrganisationId: string; learnerHours: number }) => [
        x.fromOrganisationId,
        x.toOrganisationId,
        x.learnerHours,
      ]),
    ).toEqual([
      [f.A.id, f.B.id, 14],
      [f.A.id, f.C.id, 14],
      [f.B.id, f.A.id, 9],
      [f.A.id, f.A.id, 1],
    ]);
    expect(d.trainers.map((x: { userId: string }) => x.userId)).toEqual([f.tA2.id, f.tA1.id]);
    expect(d.topics.map((x: { topic: string; trainers: number }) => [x.topic, x.trainers])).toEqual([
      ['Leiderschap', 1],
      ['Omgevingswet', 1],
      ['Vergunningen', 1],
      ['Woo', 1],
    ]);
    expect(d.demand).toEqual({
      unanswered: 3,
      topics: [
        { topic: 'woo', unanswered: 2 },
        { topic: 'archief', unanswered: 1 },
      ],
    });
    expect(d.evaluations.all).toMatchObject({ shown: true, count: 5 });
    // Asking for your own organisation by id is the same.
    expect((await get(f.ldA, `?organisationId=${f.A.id}`).expect(200)).body.totals).toEqual(d.totals);
  });

  it('computes the cost avoided as learner-hours received × the configured rate, with the assumption', async () => {
    const mine = (await get(f.ldA).expect(200)).body.costAvoided;
    expect(mine).toMatchObject({ learnerHours: 10, hourlyRateEur: RATE, amountEur: 925 });
    expect(mine.assumption).toMatch(/deelnemersuren × €92,5 per deelnemersuur/);
    expect(mine.assumption).toMatch(/KNOWLEDGE_CAPITAL_HOURLY_RATE_EUR/);
    const all = (await get(f.admin).expect(200)).body.costAvoided;
    // 41 × 92.5 = 3792.5, rounded to whole euros.
    expect(all).toMatchObject({ learnerHours: 41, hourlyRateEur: RATE, amountEur: 3793 });
    const beta = (await get(f.admin, `?organisationId=${f.B.id}`).expect(200)).body;
    expect(beta.organisationName).toBe('Ministerie Beta');
    expect(beta.costAvoided).toMatchObject({ learnerHours: 14, amountEur: 1295 });
    expect(beta.totals).toMatchObject({
      hoursTaught: 6,
      learnerHoursGiven: 12,
      learnerHoursReceived: 14,
      activeTrainers: 1,
    });
  });

  it('keeps L&D to their own organisation and others out', async () => {
    const res = await get(f.ldA, `?organisationId=${f.B.id}`).expect(403);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('INSIGHTS_FORBIDDEN_ORGANISATION');
    await t.http.get(`/api/insights/knowledge-capital.csv?organisationId=${f.B.id}`).set(f.ldA.auth).expect(403);
    await get(f.learner).expect(403);
    await t.http.get('/api/insights/knowledge-capital').expect(401);
    const unknown = await get(f.admin, '?organisationId=00000000-0000-4000-8000-000000000000').expect(404);
    expect(unknown.body.code).toBe('INSIGHTS_ORGANISATION_NOT_FOUND');
  });

  it('takes a period of days, to inclusive, and refuses a bad one with 400 field errors', async () => {
    // Only S3 (10 days ago) falls in it; the cohort's parts (20 and 5 days ago) do not.
    const d = (await get(f.admin, `?from=${day(-11)}&to=${day(-10)}`).expect(200)).body;
    expect(d.period).toEqual({ from: day(-11), to: day(-10) });
    expect(d.totals).toMatchObject({ hoursTaught: 4, learnerHoursReceived: 8, sessions: 1, activeTrainers: 1 });
    // A year ago: S4 only.
    expect((await get(f.admin, `?from=${day(-401)}&to=${day(-399)}`).expect(200)).body.totals).toMatchObject({
      hoursTaught: 5,
      learnerHoursReceived: 5,
    });
    for (const [query, field] of [
      ['?from=2026-13-01', 'from'],
      ['?from=2026-02-30', 'from'],
      ['?to=yesterday', 'to'],
      ['?from=2026-06-01&to=2026-05-31', 'from'],
      ['?from=2001-01-01&to=2026-01-01', 'from'],
      ['?organisationId=abc', 'organisationId'],
      ['?colour=blue', 'colour'],
    ]) {
      const res = await get(f.admin, query).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    await t.http.get('/api/insights/knowledge-capital.csv?from=2026-06-01&to=2026-05-01').set(f.ldA.auth).expect(400);
  });

  it('exports the same figures as CSV with Dutch column names', async () => {
    const res = await t.http.get('/api/insights/knowledge-capital.csv').set(f.ldA.auth).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="kenniskapitaal.csv"/);
    const rows: string[][] = parse(res.text);
    expect(rows[0]).toEqual(CSV_COLUMNS);
    expect(rows[0]).toEqual([
      'Onderdeel',
      'Cijfer',
      'Naam',
      'Van organisatie',
      'Naar organisatie',
      'Waarde',
      'Eenheid',
    ]);
    expect(rows).toContainEqual(['Totalen', 'Gegeven lesuren', 'Gemeente Alfa', '', '', '13', 'uur']);
    expect(rows).toContainEqual([
      'Kennisstroom',
      'Deelnemersuren',
      '',
      'Gemeente Alfa',
      'Ministerie Beta',
      '14',
      'deelnemersuur',
    ]);
    expect(rows).toContainEqual(['Vermeden kosten', 'Vermeden kosten', 'Gemeente Alfa', '', '', '925', 'euro']);
    expect(rows).toContainEqual(['Evaluatie', 'Gemiddelde totaal', 'Omgevingswet basis', '', '', '4', 'score 1-5']);
    // Below the threshold: the row is there, the figure is not.
    expect(rows).toContainEqual(['Evaluatie', 'Gemiddelde totaal', 'Woo in de praktijk', '', '', '', 'score 1-5']);
    expect(rows).toContainEqual(['Vraag zonder antwoord', 'Vragen', 'woo', '', '', '2', 'aantal']);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });
});
