import { createTestApp, type TestApp } from './support/app.js';
import { type Actor, actor, bookableSession, createOrganisation, type OrgRow } from './support/factories.js';

interface TeamEnrolment {
  id: string;
  status: string;
  position: number | null;
  awaitsMyApproval: boolean;
  session: { courseTitle: string; durationHours: number };
}
interface TeamMember {
  userId: string;
  name: string;
  hoursThisYear: number;
  pendingApprovals: number;
  enrolments: TeamEnrolment[];
}

describe("A manager's team page (GET /api/me/team)", () => {
  let t: TestApp;
  let org: OrgRow;
  let manager: Actor;
  let otherManager: Actor;
  let ld: Actor;
  const enrol = async (a: Actor, sessionId: string, body: Record<string, unknown> = {}) =>
    (await t.http.post(`/api/sessions/${sessionId}/enrolments`).set(a.auth).send(body).expect(201)).body as {
      id: string;
      status: string;
    };
  const link = (learner: Actor, m: Actor) =>
    t.http.put(`/api/ld/manager-links/${learner.id}`).set(ld.auth).send({ managerEmail: m.email }).expect(200);
  const team = async (a: Actor) => (await t.http.get('/api/me/team').set(a.auth).expect(200)).body as TeamMember[];

  /** An enrolment that was attended: confirmed on a coming session, then the session moved to `startsAt`. */
  const attended = async (learner: Actor, startsAt: string, durationHours: number) => {
    const { sessionId, courseId } = await bookableSession(t, org.id);
    const e = await enrol(learner, sessionId);
    await t.dataSource.query(`UPDATE courses SET duration_hours = $2 WHERE id = $1`, [courseId, durationHours]);
    await t.dataSource.query(
      `UPDATE course_sessions SET starts_at = $2::timestamptz, ends_at = $2::timestamptz + interval '3 hours',
              enrolment_deadline = $2::timestamptz, cancellation_deadline = $2::timestamptz - interval '2 days'
        WHERE id = $1`,
      [sessionId, startsAt],
    );
    await t.dataSource.query(`UPDATE enrolments SET status = 'attended' WHERE id = $1`, [e.id]);
    return e.id;
  };

  /** This year's and last year's New Year in Amsterdam, as PostgreSQL computes them. */
  const newYear = async () =>
    (
      await t.dataSource.query<{ thisYear: string; lastYear: string }[]>(
        `SELECT (date_trunc('year', now() AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam')::text AS "thisYear",
                ((date_trunc('year', now() AT TIME ZONE 'Europe/Amsterdam') - interval '1 year') AT TIME ZONE 'Europe/Amsterdam')::text AS "lastYear"`,
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource);
    ld = await actor(t, org.id, { roles: ['ld'] });
    manager = await actor(t, org.id, { name: 'Marit Manager' });
    otherManager = await actor(t, org.id, { name: 'Otto Andere' });
  });
  afterAll(() => t.close());

  it('shows exactly the own team: states, waitlist positions, hours this year and pending approvals first', async () => {
    const linked = await actor(t, org.id, { name: 'Bea Gekoppeld' });
    const quiet = await actor(t, org.id, { name: 'Aad Zonder' });
    const named = await actor(t, org.id, { name: 'Cor Genoemd' });
    const elsewhere = await actor(t, org.id, { name: 'Dirk Ander Team' });
    await link(linked, manager);
    await link(quiet, manager);
    await link(elsewhere, otherManager);

    // Bea: a request waiting for the manager (linked, so asked by default), a confirmed seat,
    // second on a waiting list, an offer, attended this year (2,5 + 3 hours) and last year, and a cancellation.
    const approval = await bookableSession(t, org.id, {}, { requiresManagerApproval: true, title: 'Aanvraag' });
    const pending = await enrol(linked, approval.sessionId);
    expect(pending.status).toBe('pending_approval');
    const confirmedSession = await bookableSession(t, org.id, {}, { title: 'Bevestigd' });
    const confirmed = await enrol(linked, confirmedSession.sessionId);
    const full = await bookableSession(t, org.id, { capacity: 1 }, { title: 'Wachtlijst' });
    await enrol(await actor(t, org.id), full.sessionId);
    await enrol(await actor(t, org.id), full.sessionId);
    const waiting = await enrol(linked, full.sessionId);
    expect(waiting.status).toBe('waitlisted');
    const offerSession = await bookableSession(t, org.id, { capacity: 1 }, { title: 'Aanbod' });
    await enrol(await actor(t, org.id), offerSession.sessionId);
    const offered = await enrol(linked, offerSession.sessionId);
    await t.dataSource.query(
      `UPDATE enrolments SET status = 'offered', offer_expires_at = now() + interval '1 day' WHERE id = $1`,
      [offered.id],
    );
    const { thisYear, lastYear } = await newYear();
    // Half past midnight on New Year in Amsterdam is still last year in UTC: it counts.
    const early = await attended(linked, thisYear, 2.5);
    await t.dataSource.query(
      `UPDATE course_sessions SET starts_at = starts_at + interval '30 minutes' WHERE id = (SELECT session_id FROM enrolments WHERE id = $1)`,
      [early],
    );
    const late = await attended(linked, new Date(Date.now() - 7 * 86_400_000).toISOString(), 3);
    // Half past eleven on New Year's Eve in Amsterdam, last year: it does not count.
    const lastYearId = await attended(linked, thisYear, 4);
    await t.dataSource.query(
      `UPDATE course_sessions SET starts_at = starts_at - interval '30 minutes', ends_at = starts_at + interval '2 hours'
        WHERE id = (SELECT session_id FROM enrolments WHERE id = $1)`,
      [lastYearId],
    );
    const longAgo = await attended(linked, lastYear, 5);
    const cancelledSession = await bookableSession(t, org.id);
    const cancelled = await enrol(linked, cancelledSession.sessionId);
    await t.http.post(`/api/enrolments/${cancelled.id}/cancel`).set(linked.auth).send({ reason: 'ziekte' }).expect(200);

    // Cor: not linked, but named the manager on a request.
    const named1 = await bookableSession(t, org.id, {}, { requiresManagerApproval: true });
    const corPending = await enrol(named, named1.sessionId, { managerEmail: manager.email });
    // Dirk: the other manager's team.
    const dirkSession = await bookableSession(t, org.id, {}, { requiresManagerApproval: true });
    const dirkPending = await enrol(elsewhere, dirkSession.sessionId);

    const mine = await team(manager);
    // People with a request waiting first (by name), then the others.
    expect(mine.map((m) => m.name)).toEqual(['Bea Gekoppeld', 'Cor Genoemd', 'Aad Zonder']);
    const [bea, cor, aad] = mine;
    expect(bea.pendingApprovals).toBe(1);
    expect(bea.hoursThisYear).toBe(5.5);
    expect(bea.enrolments.map((e) => [e.id, e.status, e.position, e.awaitsMyApproval])).toEqual([
      [pending.id, 'pending_approval', null, true],
      [confirmed.id, 'confirmed', null, false],
      [offered.id, 'offered', null, false],
      [waiting.id, 'waitlisted', 2, false],
      [early, 'attended', null, false],
      [late, 'attended', null, false],
    ]);
    const shown = JSON.stringify(mine);
    for (const hidden of [lastYearId, longAgo, cancelled.id, dirkPending.id, elsewhere.id, elsewhere.email])
      expect(shown).not.toContain(hidden);
    expect(cor).toMatchObject({ userId: named.id, pendingApprovals: 1, hoursThisYear: 0 });
    expect(cor.enrolments.map((e) => e.id)).toEqual([corPending.id]);
    expect(aad).toMatchObject({ userId: quiet.id, pendingApprovals: 0, hoursThisYear: 0, enrolments: [] });

    // The other manager sees only their own team, nothing of this one.
    const theirs = await team(otherManager);
    expect(theirs.map((m) => m.userId)).toEqual([elsewhere.id]);
    expect(theirs[0].enrolments.map((e) => e.id)).toEqual([dirkPending.id]);
    const theirText = JSON.stringify(theirs);
    for (const hidden of [linked.id, named.id, quiet.id, pending.id, corPending.id])
      expect(theirText).not.toContain(hidden);
  });

  it('gives a non-manager (even a team member) an empty list, and refuses a signed-out request', async () => {
    const learner = await actor(t, org.id);
    expect(await team(learner)).toEqual([]);
    const member = await actor(t, org.id);
    await link(member, manager);
    expect(await team(member)).toEqual([]);
    const res = await t.http.get('/api/me/team').expect(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('asks the database the same number of times for a team of one and a team of five', async () => {
    const counted = async (m: Actor) => {
      const queries: string[] = [];
      const original = t.dataSource.driver.createQueryRunner.bind(t.dataSource.driver);
      t.dataSource.driver.createQueryRunner = (mode) => {
        const runner = original(mode);
        const query = runner.query.bind(runner);
        runner.query = ((sql: string, ...rest: unknown[]) => {
          queries.push(sql);
          return (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest);
        }) as typeof runner.query;
        return runner;
      };
      try {
        await team(m);
      } finally {
        t.dataSource.driver.createQueryRunner = original;
      }
      return queries.length;
    };
    const small = await actor(t, org.id);
    const big = await actor(t, org.id);
    const one = await actor(t, org.id);
    await link(one, small);
    for (let i = 0; i < 5; i++) {
      const member = await actor(t, org.id);
      await link(member, big);
      await enrol(member, (await bookableSession(t, org.id)).sessionId);
    }
    await enrol(one, (await bookableSession(t, org.id)).sessionId);
    const [forFive, forOne] = [await counted(big), await counted(small)];
    // The link, the people and their enrolments at least.
    expect(forOne).toBeGreaterThanOrEqual(3);
    expect(forFive).toBe(forOne);
  });
});
