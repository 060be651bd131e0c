import { GO_NO_GO_JOB } from '#libs/catalogue';
import { subtractWorkingDays } from '#libs/common';
import { GoNoGoHandler } from '#libs/enrolments';
import { JobQueue } from '#libs/jobs';
import { createTestApp, type TestApp } from './support/app.js';
import { confirm, people, programmeWithCohort, staff } from './support/programme-fixture.js';
import {
  actor,
  createOrganisation,
  daysFromNow,
  publishedCourse,
  sessionBody,
  type Actor,
  type OrgRow,
} from './support/factories.js';

/**
 * Issue #11 item 2: a session with a minimum number of participants and a go/no-go moment. At that
 * moment the organisers (the course's teachers and its organisation's L&D) hear whether it goes
 * ahead; below the minimum with auto-cancel on, it is cancelled like a teacher's cancellation.
 */
describe('A session with a minimum number of participants', () => {
  let t: TestApp;
  let org: OrgRow;
  let ld: Actor;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource, { slug: 'minfin', emailDomains: ['minfin.nl'] });
    ld = await actor(t, org.id, { name: 'Lotte L&D', roles: ['ld'] });
  });
  afterAll(() => t.close());

  type Item = { id: string; kind: string; title: string; body: string; link: string | null };
  const notices = async (who: Actor, kind?: string): Promise<Item[]> =>
    (await t.http.get('/api/me/notifications').set(who.auth).expect(200)).body.items.filter(
      (n: Item) => !kind || n.kind === kind,
    );
  const enrol = (who: Actor, sessionId: string) =>
    t.http.post(`/api/sessions/${sessionId}/enrolments`).set(who.auth).send({}).expect(201);
  const editorSession = async (teacher: Actor, courseId: string, sessionId: string) =>
    (await t.http.get(`/api/courses/${courseId}`).set(teacher.auth).expect(200)).body.sessions.find(
      (s: { id: string }) => s.id === sessionId,
    );
  const goNoGoJobs = async (sessionId: string): Promise<{ data: { sessionId: string }; start_after: Date }[]> =>
    t.dataSource.query(`SELECT data, start_after FROM pgboss.job WHERE name = $1 AND data->>'sessionId' = $2`, [
      GO_NO_GO_JOB,
      sessionId,
    ]);
  /** The moment has come: set it a minute back, then run the enqueued job as the worker would. */
  const reachMoment = async (sessionId: string) => {
    await t.dataSource.query(`UPDATE course_sessions SET go_no_go_at = now() - interval '1 minute' WHERE id = $1`, [
      sessionId,
    ]);
    for (const job of await goNoGoJobs(sessionId)) await t.app.get(JobQueue).runNow(GO_NO_GO_JOB, job.data);
  };

  /** A teacher, their published course with one session with the given minimum, and `n` confirmed participants. */
  async function sessionWith(minimum: Record<string, unknown>, confirmed: number, capacity = 6) {
    const teacher = await actor(t, org.id, { name: 'Tom Trainer' });
    const { courseId, sessionId } = await publishedCourse(t, teacher, {}, { capacity, ...minimum });
    const participants: Actor[] = [];
    for (let i = 0; i < confirmed; i++) {
      const p = await actor(t, org.id, { name: `Deelnemer ${String(i + 1)}` });
      expect((await enrol(p, sessionId)).body.status).toBe('confirmed');
      participants.push(p);
    }
    return { teacher, courseId, sessionId, participants };
  }

  it('takes the minimum on creation, defaults the moment to 5 working days before the start and schedules it', async () => {
    const { teacher, courseId, sessionId } = await sessionWith({ minParticipants: 4 }, 0);
    const s = await editorSession(teacher, courseId, sessionId);
    const expected = subtractWorkingDays(new Date(s.startsAt), 5).toISOString();
    expect(s).toMatchObject({ minParticipants: 4, goNoGoAt: expected, autoCancel: false, goNoGoOutcome: null });
    const jobs = await goNoGoJobs(sessionId);
    expect(jobs).toHaveLength(1);
    expect(new Date(jobs[0].start_after).toISOString()).toBe(expected);

    // Everyone sees the minimum and its moment ("gaat door bij minimaal 4 deelnemers"), not the editors' fields.
    const learner = await actor(t, org.id);
    const pub = (await t.http.get(`/api/courses/${courseId}`).set(learner.auth).expect(200)).body.sessions[0];
    expect(pub).toMatchObject({ minParticipants: 4, goNoGoAt: expected });
    expect(pub).not.toHaveProperty('autoCancel');
    expect(pub).not.toHaveProperty('goNoGoOutcome');

    // Moving the moment schedules it again; clearing the minimum clears it.
    const moment = daysFromNow(8, 10);
    const moved = await t.http
      .patch(`/api/sessions/${sessionId}`)
      .set(teacher.auth)
      .send({ goNoGoAt: moment, autoCancel: true })
      .expect(200);
    expect(moved.body).toMatchObject({ minParticipants: 4, goNoGoAt: moment, autoCancel: true });
    expect(await goNoGoJobs(sessionId)).toHaveLength(2);
    const cleared = await t.http
      .patch(`/api/sessions/${sessionId}`)
      .set(teacher.auth)
      .send({ minParticipants: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ minParticipants: null, goNoGoAt: null, autoCancel: false });
    // Its jobs find nothing due.
    for (const job of await goNoGoJobs(sessionId))
      expect(await t.app.get(GoNoGoHandler).decide(job.data.sessionId, new Date(Date.now() + 9 * 86_400_000))).toBe(
        null,
      );
  });

  it('below the minimum without auto-cancel: the organisers are told, the session stays', async () => {
    const { teacher, courseId, sessionId, participants } = await sessionWith({ minParticipants: 3 }, 2);
    await reachMoment(sessionId);

    for (const who of [teacher, ld]) {
      const [n] = await notices(who, 'session.below_minimum');
      expect(n.title).toMatch(/^Te weinig deelnemers: /);
      expect(n.body).toContain('zijn 2 deelnemers bevestigd, minder dan het minimum van 3');
      expect(n.link).toBe(`/lesgeven/cursussen/${courseId}`);
    }
    const s = await editorSession(teacher, courseId, sessionId);
    expect(s).toMatchObject({ status: 'scheduled', goNoGoOutcome: 'below_minimum' });
    expect(s.goNoGoDecidedAt).not.toBeNull();
    for (const p of participants) expect(await notices(p, 'session.cancelled')).toHaveLength(0);
    const mine = (await t.http.get('/api/me/enrolments').set(participants[0].auth).expect(200)).body;
    expect(JSON.stringify(mine)).toContain('"confirmed"');
  });

  it('below the minimum with auto-cancel: cancelled, every participant told, the seats released', async () => {
    const { teacher, courseId, sessionId, participants } = await sessionWith(
      { minParticipants: 3, autoCancel: true },
      2,
      3,
    );
    // A pending approval holds a seat but is no confirmed participant.
    const asking = await actor(t, org.id, { name: 'Wim Wacht' });
    const manager = await actor(t, org.id, { name: 'Mia Manager' });
    await t.dataSource.query(`UPDATE courses SET requires_manager_approval = true WHERE id = $1`, [courseId]);
    const pending = await t.http
      .post(`/api/sessions/${sessionId}/enrolments`)
      .set(asking.auth)
      .send({ managerId: manager.id })
      .expect(201);
    expect(pending.body.status).toBe('pending_approval');
    await reachMoment(sessionId);

    const s = await editorSession(teacher, courseId, sessionId);
    expect(s).toMatchObject({ status: 'cancelled', goNoGoOutcome: 'cancelled', seatsLeft: 3 });
    for (const who of [teacher, ld]) {
      const [n] = await notices(who, 'session.auto_cancelled');
      expect(n.title).toMatch(/^Geannuleerd wegens te weinig deelnemers: /);
    }
    for (const p of [...participants, asking]) {
      const [n] = await notices(p, 'session.cancelled');
      expect(n.title).toMatch(/^Bijeenkomst geannuleerd: /);
    }
    const statuses: { status: string; n: number }[] = await t.dataSource.query(
      `SELECT status::text, count(*)::int AS n FROM enrolments WHERE session_id = $1 GROUP BY status`,
      [sessionId],
    );
    expect(statuses).toEqual([{ status: 'cancelled', n: 3 }]);
    const [seats] = await t.dataSource.query(`SELECT seats_taken FROM session_seat_counts WHERE session_id = $1`, [
      sessionId,
    ]);
    expect(seats.seats_taken).toBe(0);
    // The history names no person: the go/no-go decision cancelled.
    const [event] = await t.dataSource.query(
      `SELECT ev.actor_id, ev.reason FROM enrolment_events ev JOIN enrolments e ON e.id = ev.enrolment_id
        WHERE e.session_id = $1 AND ev.to_status = 'cancelled' LIMIT 1`,
      [sessionId],
    );
    expect(event).toEqual({ actor_id: null, reason: 'session_cancelled' });
  });

  it('at the minimum: the organisers are told it goes ahead, in their own language', async () => {
    const { teacher, courseId, sessionId, participants } = await sessionWith(
      { minParticipants: 2, autoCancel: true },
      2,
    );
    await t.http.put('/api/me/preferences').set(teacher.auth).send({ language: 'en' }).expect(200);
    await reachMoment(sessionId);
    const [en] = await notices(teacher, 'session.go_ahead');
    expect(en.title).toMatch(/^Going ahead: /);
    expect(en.body).toContain('2 participants confirmed, the minimum was 2');
    const nl = (await notices(ld, 'session.go_ahead')).find((n) => n.body.includes('het minimum was 2'));
    expect(nl?.title).toMatch(/^Gaat door: /);
    expect(await editorSession(teacher, courseId, sessionId)).toMatchObject({
      status: 'scheduled',
      goNoGoOutcome: 'go',
    });
    for (const p of participants) expect(await notices(p, 'session.cancelled')).toHaveLength(0);
  });

  it('decides once, however often the job and the sweep run', async () => {
    const { teacher, courseId, sessionId } = await sessionWith({ minParticipants: 3, autoCancel: true }, 1);
    await reachMoment(sessionId);
    const first = await editorSession(teacher, courseId, sessionId);
    await reachMoment(sessionId);
    await Promise.all([
      t.app.get(JobQueue).runNow(GO_NO_GO_JOB, { sessionId }),
      t.app.get(JobQueue).runNow(GO_NO_GO_JOB, { sessionId }),
    ]);
    await t.app.get(GoNoGoHandler).sweep();
    expect(await notices(teacher, 'session.auto_cancelled')).toHaveLength(1);
    const again = await editorSession(teacher, courseId, sessionId);
    expect(again.goNoGoDecidedAt).toBe(first.goNoGoDecidedAt);
    expect(again.status).toBe('cancelled');
  });

  it('the sweep decides a session whose job was lost', async () => {
    const { teacher, courseId, sessionId } = await sessionWith({ minParticipants: 1 }, 1);
    await t.dataSource.query(`UPDATE course_sessions SET go_no_go_at = now() - interval '1 minute' WHERE id = $1`, [
      sessionId,
    ]);
    expect(await t.app.get(GoNoGoHandler).sweep()).toBeGreaterThanOrEqual(1);
    expect(await editorSession(teacher, courseId, sessionId)).toMatchObject({ goNoGoOutcome: 'go' });
    // Once decided the minimum no longer changes (409), other fields still do.
    const refused = await t.http
      .patch(`/api/sessions/${sessionId}`)
      .set(teacher.auth)
      .send({ minParticipants: 2 })
      .expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    await t.http.patch(`/api/sessions/${sessionId}`).set(teacher.auth).send({ capacity: 8 }).expect(200);
  });

  it("a programme's cohort: its organisers and co-owners' L&D are told too, and auto-cancel cancels the package", async () => {
    const { cohortId, programmeId } = await programmeWithCohort(t, org.id, [
      { title: 'Verkenning', kind: 'plenary', startsInDays: 20 },
      { title: 'Vervolg', kind: 'group_meeting', startsInDays: 40 },
    ]);
    const partner = await createOrganisation(t.dataSource, { name: 'Inspectie Samen' });
    await t.dataSource.query(`INSERT INTO programme_owners (programme_id, organisation_id) VALUES ($1, $2)`, [
      programmeId,
      partner.id,
    ]);
    const partnerLd = await actor(t, partner.id, { name: 'Pim Partner', roles: ['ld'] });
    const [organiser, trainer, learner] = await people(t, org.id, ['Olga Organisator', 'Tim Trainer', 'Lisa Leert']);
    await staff(t, cohortId, organiser, 'organiser');
    await staff(t, cohortId, trainer, 'trainer');
    await confirm(t, cohortId, [learner]);
    await t.dataSource.query(
      `UPDATE course_sessions SET min_participants = 3, auto_cancel = true, go_no_go_at = now() - interval '1 minute'
        WHERE id = $1`,
      [cohortId],
    );
    const decision = await t.app.get(GoNoGoHandler).decide(cohortId);
    expect(decision).toMatchObject({ outcome: 'cancelled', confirmed: 1, minParticipants: 3 });
    for (const who of [organiser, partnerLd, ld]) {
      const mine = (await notices(who, 'session.auto_cancelled')).filter((n) => n.title.includes('Samen in Beleid'));
      expect(mine).toHaveLength(1);
      expect(mine[0].body).toContain('was 1 deelnemer bevestigd, minder dan het minimum van 3');
      expect(mine[0].link).toBe(`/programmas/${programmeId}`);
    }
    expect(await notices(trainer, 'session.auto_cancelled')).toHaveLength(0);
    expect(await notices(learner, 'session.cancelled')).toHaveLength(1);
    const [s] = await t.dataSource.query(`SELECT status::text FROM course_sessions WHERE id = $1`, [cohortId]);
    expect(s.status).toBe('cancelled');
  });

  it('refuses bad input with 400 problem+json per field and changes nothing', async () => {
    const teacher = await actor(t, org.id);
    const { courseId, sessionId } = await publishedCourse(t, teacher, {}, { minParticipants: 2 });
    const count = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM course_sessions WHERE course_id = $1`, [courseId]))[0]
        .n;
    const before = await count();
    const post = (extra: Record<string, unknown>) =>
      t.http
        .post(`/api/courses/${courseId}/sessions`)
        .set(teacher.auth)
        .send(sessionBody(14, { capacity: 10, ...extra }));
    const bad: [Record<string, unknown>, string][] = [
      [{ minParticipants: 11 }, 'minParticipants'],
      [{ minParticipants: 0 }, 'minParticipants'],
      [{ minParticipants: 2.5 }, 'minParticipants'],
      [{ minParticipants: '3' }, 'minParticipants'],
      [{ minParticipants: 3, goNoGoAt: daysFromNow(15) }, 'goNoGoAt'],
      [{ minParticipants: 3, goNoGoAt: daysFromNow(14, 9) }, 'goNoGoAt'],
      [{ minParticipants: 3, goNoGoAt: daysFromNow(-1) }, 'goNoGoAt'],
      [{ minParticipants: 3, goNoGoAt: 'morgen' }, 'goNoGoAt'],
      [{ goNoGoAt: daysFromNow(7) }, 'goNoGoAt'],
      [{ autoCancel: true }, 'autoCancel'],
      [{ minParticipants: 3, autoCancel: 'ja' }, 'autoCancel'],
    ];
    for (const [extra, field] of bad) {
      const res = await post(extra).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    // A session starting in two days has no default moment left: it must be given.
    const soon = await post({ minParticipants: 3, startsAt: daysFromNow(2, 9), endsAt: daysFromNow(2, 12) }).expect(
      400,
    );
    expect(soon.body.errors[0]).toMatchObject({ field: 'goNoGoAt' });
    expect(await count()).toBe(before);
    expect(await goNoGoJobs(sessionId)).toHaveLength(1);

    const original = await editorSession(teacher, courseId, sessionId);
    const patches: [Record<string, unknown>, string][] = [
      [{ minParticipants: 13 }, 'minParticipants'],
      [{ capacity: 1 }, 'minParticipants'],
      [{ goNoGoAt: original.endsAt }, 'goNoGoAt'],
      [{ minParticipants: 0 }, 'minParticipants'],
    ];
    for (const [body, field] of patches) {
      const res = await t.http.patch(`/api/sessions/${sessionId}`).set(teacher.auth).send(body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await editorSession(teacher, courseId, sessionId)).toEqual(original);
    expect(await goNoGoJobs(sessionId)).toHaveLength(1);
  });
});
