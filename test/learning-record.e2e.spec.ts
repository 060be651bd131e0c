import { createTestApp, type TestApp } from './support/app.js';
import { type Actor, actor, bookableSession, createOrganisation, type OrgRow } from './support/factories.js';
import { enrolInCohort, programmeWithCohort } from './support/programme-factories.js';

interface Entry {
  enrolmentId: string;
  title: string;
  kind: string;
  startsAt: string;
  durationHours: number;
  organisationId: string;
  organisationName: string | null;
}
interface LearningRecord {
  learnerName: string;
  entries: Entry[];
  totals: { completed: number; hoursThisYear: number; hoursAllTime: number };
}
interface Proof {
  enrolmentId: string;
  learnerName: string;
  title: string;
  durationHours: number;
  verificationCode: string;
  verificationUrl: string;
}

describe('Learning record and proofs of participation (issue #12 item 7)', () => {
  let t: TestApp;
  let home: OrgRow;
  let offering: OrgRow;
  let learner: Actor;
  let other: Actor;
  let thisYear: string;
  let lastYear: string;
  const enrolled: Record<string, string> = {};

  const enrol = async (a: Actor, sessionId: string) =>
    (
      (await t.http.post(`/api/sessions/${sessionId}/enrolments`).set(a.auth).send({}).expect(201)).body as {
        id: string;
      }
    ).id;
  /** Moves the enrolment's session to `startsAt` (plus a few hours) and sets the enrolment's status. */
  const settle = async (enrolmentId: string, startsAt: string, status: string) => {
    await t.dataSource.query(
      `UPDATE course_sessions SET starts_at = $2::timestamptz, ends_at = $2::timestamptz + interval '3 hours',
              enrolment_deadline = $2::timestamptz, cancellation_deadline = $2::timestamptz - interval '2 days'
        WHERE id = (SELECT session_id FROM enrolments WHERE id = $1)`,
      [enrolmentId, startsAt],
    );
    await t.dataSource.query(`UPDATE enrolments SET status = $2 WHERE id = $1`, [enrolmentId, status]);
  };
  const course = async (title: string, hours: number, a: Actor = learner) => {
    const { sessionId, courseId } = await bookableSession(t, offering.id, {}, { title });
    await t.dataSource.query(`UPDATE courses SET duration_hours = $2 WHERE id = $1`, [courseId, hours]);
    return enrol(a, sessionId);
  };
  const record = async (a: Actor) =>
    (await t.http.get('/api/me/learning-record').set(a.auth).expect(200)).body as LearningRecord;
  const proof = (a: Actor, enrolmentId: string) =>
    t.http.get(`/api/me/learning-record/${enrolmentId}/proof`).set(a.auth);

  beforeAll(async () => {
    t = await createTestApp();
    home = await createOrganisation(t.dataSource, { name: 'Gemeente Thuis' });
    offering = await createOrganisation(t.dataSource, { name: 'Rijkswaterstaat Academie' });
    learner = await actor(t, home.id, { name: 'Lotte Leerling' });
    other = await actor(t, home.id, { name: 'Otto Ander' });
    const years = (
      await t.dataSource.query<{ thisYear: string; lastYear: string }[]>(
        `SELECT ((date_trunc('year', now() AT TIME ZONE 'Europe/Amsterdam') + interval '2 hours') AT TIME ZONE 'Europe/Amsterdam')::text AS "thisYear",
                ((date_trunc('year', now() AT TIME ZONE 'Europe/Amsterdam') - interval '1 year' + interval '2 hours') AT TIME ZONE 'Europe/Amsterdam')::text AS "lastYear"`,
      )
    )[0];
    ({ thisYear, lastYear } = years);

    // Hand-computed fixture: attended this year 2,5 h (course) + 21 h (programme: 6 + 7 + 6 + 2),
    // last year 3,25 h; the cancelled, no-show and confirmed ones and Otto's count for nobody here.
    enrolled.woo = await course('Wet open overheid in de praktijk', 2.5);
    await settle(enrolled.woo, thisYear, 'attended');
    enrolled.subsidies = await course('Subsidies verlenen', 3.25);
    await settle(enrolled.subsidies, lastYear, 'attended');
    const ld = await actor(t, offering.id, { roles: ['ld'] });
    const { cohort } = await programmeWithCohort(t, ld);
    enrolled.programme = (await enrolInCohort(t, learner, cohort.id)).id;
    await t.dataSource.query(
      `UPDATE course_sessions SET starts_at = $2::timestamptz + interval '1 day', ends_at = $2::timestamptz + interval '30 days'
        WHERE id = $1`,
      [cohort.id, thisYear],
    );
    await t.dataSource.query(`UPDATE enrolments SET status = 'attended' WHERE id = $1`, [enrolled.programme]);
    enrolled.cancelled = await course('Afgezegd', 4);
    await t.http
      .post(`/api/enrolments/${enrolled.cancelled}/cancel`)
      .set(learner.auth)
      .send({ reason: 'ziekte' })
      .expect(200);
    enrolled.noShow = await course('Niet verschenen', 5);
    await settle(enrolled.noShow, thisYear, 'no_show');
    enrolled.confirmed = await course('Nog te volgen', 6);
    enrolled.others = await course('Van een ander', 7, other);
    await settle(enrolled.others, thisYear, 'attended');
  });
  afterAll(() => t.close());

  it('lists only attended enrolments, a programme once with its total hours, and totals that add up', async () => {
    const mine = await record(learner);
    expect(mine.learnerName).toBe('Lotte Leerling');
    expect(mine.entries.map((e) => [e.enrolmentId, e.kind, e.durationHours])).toEqual([
      [enrolled.programme, 'programme', 21],
      [enrolled.woo, 'course', 2.5],
      [enrolled.subsidies, 'course', 3.25],
    ]);
    expect(mine.entries.every((e) => e.organisationId === offering.id)).toBe(true);
    expect(mine.entries[1]).toMatchObject({
      title: 'Wet open overheid in de praktijk',
      organisationName: 'Rijkswaterstaat Academie',
      startsAt: new Date(thisYear).toISOString(),
    });
    expect(mine.totals).toEqual({ completed: 3, hoursThisYear: 23.5, hoursAllTime: 26.75 });
    expect((await record(other)).totals).toEqual({ completed: 1, hoursThisYear: 7, hoursAllTime: 7 });
    const fresh = await actor(t, home.id);
    expect(await record(fresh)).toMatchObject({ entries: [], totals: { completed: 0, hoursThisYear: 0 } });
    await t.http.get('/api/me/learning-record').expect(401);
  });

  it('gives a proof whose code verifies publicly, showing who took what, when and for how long — nothing else', async () => {
    const p = (await proof(learner, enrolled.programme).expect(200)).body as Proof;
    expect(p).toMatchObject({ enrolmentId: enrolled.programme, learnerName: 'Lotte Leerling', durationHours: 21 });
    expect(p.verificationUrl).toMatch(new RegExp(`/bewijs/${p.verificationCode}$`));
    // The same code every time: nothing is stored, it is computed.
    expect(((await proof(learner, enrolled.programme).expect(200)).body as Proof).verificationCode).toBe(
      p.verificationCode,
    );
    const checked = await t.http.get(`/api/proofs/${p.verificationCode}`).expect(200);
    expect(Object.keys(checked.body as object).sort()).toEqual(
      [
        'durationHours',
        'endsAt',
        'kind',
        'learnerName',
        'organisationName',
        'startsAt',
        'title',
        'verificationCode',
      ].sort(),
    );
    expect(checked.body).toMatchObject({
      learnerName: 'Lotte Leerling',
      title: 'Werkatelier Vakmanschap',
      kind: 'programme',
      durationHours: 21,
      organisationName: 'Rijkswaterstaat Academie',
    });
    const text = JSON.stringify(checked.body);
    for (const hidden of [learner.email, learner.id, enrolled.programme, home.name]) expect(text).not.toContain(hidden);
  });

  it('answers 404 to a tampered, made-up or malformed code, and to a code whose enrolment is no longer attended', async () => {
    const { verificationCode: code } = (await proof(learner, enrolled.woo).expect(200)).body as Proof;
    await t.http.get(`/api/proofs/${code}`).expect(200);
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    for (const i of [0, 10, 21, 30, 42]) {
      const res = await t.http.get(`/api/proofs/${flip(code, i)}`).expect(404);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect((res.body as { code: string }).code).toBe('PROOF_NOT_FOUND');
    }
    // Another enrolment's id with this code's signature: the signature binds the enrolment.
    const { verificationCode: theirs } = (await proof(other, enrolled.others).expect(200)).body as Proof;
    await t.http.get(`/api/proofs/${theirs.slice(0, 22)}${code.slice(22)}`).expect(404);
    for (const bad of ['x', code.slice(0, 42), `${code}A`, '0'.repeat(43), encodeURIComponent('ä'.repeat(43))])
      await t.http.get(`/api/proofs/${bad}`).expect(404);
    // Attendance corrected to a no-show: the code stops verifying; corrected back, it works again.
    await t.dataSource.query(`UPDATE enrolments SET status = 'no_show' WHERE id = $1`, [enrolled.woo]);
    await t.http.get(`/api/proofs/${code}`).expect(404);
    await t.dataSource.query(`UPDATE enrolments SET status = 'attended' WHERE id = $1`, [enrolled.woo]);
    await t.http.get(`/api/proofs/${code}`).expect(200);
    // A changed date makes a new code: the old one no longer verifies.
    await t.dataSource.query(
      `UPDATE course_sessions SET starts_at = starts_at + interval '1 hour' WHERE id = (SELECT session_id FROM enrolments WHERE id = $1)`,
      [enrolled.woo],
    );
    await t.http.get(`/api/proofs/${code}`).expect(404);
    await t.dataSource.query(
      `UPDATE course_sessions SET starts_at = starts_at - interval '1 hour' WHERE id = (SELECT session_id FROM enrolments WHERE id = $1)`,
      [enrolled.woo],
    );
  });

  it("refuses a proof of someone else's enrolment (404) and of a cancelled, no-show or coming one (409)", async () => {
    const res = await proof(learner, enrolled.others).expect(404);
    expect((res.body as { code: string }).code).toBe('PROOF_NOT_FOUND');
    await proof(learner, '00000000-0000-4000-8000-000000000000').expect(404);
    for (const id of [enrolled.cancelled, enrolled.noShow, enrolled.confirmed]) {
      const refused = await proof(learner, id).expect(409);
      expect((refused.body as { code: string }).code).toBe('ENROLMENT_NOT_ATTENDED');
    }
    await proof(learner, 'not-a-uuid').expect(400);
    await t.http.get(`/api/me/learning-record/${enrolled.woo}/proof`).expect(401);
  });
  it("stops verifying an erased person's proofs: the name on them is gone", async () => {
    const gone = await actor(t, home.id, { name: 'Gert Gewist' });
    const id = await course('Voor het wissen', 1, gone);
    await settle(id, thisYear, 'attended');
    const { verificationCode } = (await proof(gone, id).expect(200)).body as Proof;
    await t.http.get(`/api/proofs/${verificationCode}`).expect(200);
    await t.http.post('/api/me/erasure').set(gone.auth).send({ confirmEmail: gone.email }).expect(204);
    await t.http.get(`/api/proofs/${verificationCode}`).expect(404);
  });
});
