import { EMAIL_JOB } from '#libs/notifications';
import { JobQueue } from '#libs/jobs';
import { createTestApp, type TestApp } from './support/app.js';
import { mailsTo } from './support/mail.js';
import { confirm, people, programmeWithCohort } from './support/programme-fixture.js';
import { actor, bookableSession, createOrganisation, type Actor, type OrgRow } from './support/factories.js';

/**
 * Issue #12 item 1: after attendance the learner is asked for an evaluation (in-app and by
 * e-mail, in the attendance's transaction); teachers and L&D see aggregates only, and only once
 * EVALUATION_MIN_RESPONSES people answered; the course page shows the average and count.
 */
interface Ctx {
  t: TestApp;
  org: OrgRow;
}

/** A session that starts in ten minutes (attendance may be marked), with learners enrolled. */
async function sessionWithLearners(c: Ctx, n: number) {
  const s = await bookableSession(c.t, c.org.id, {
    startsAt: new Date(Date.now() + 10 * 60_000),
    enrolmentDeadline: new Date(Date.now() + 5 * 60_000),
  });
  const learners: { who: Actor; enrolmentId: string }[] = [];
  for (let i = 0; i < n; i++) {
    const who = await actor(c.t, c.org.id, { name: `Deelnemer ${i + 1}` });
    const res = await c.t.http.post(`/api/sessions/${s.sessionId}/enrolments`).set(who.auth).send({}).expect(201);
    learners.push({ who, enrolmentId: res.body.id as string });
  }
  return { ...s, learners };
}

const attend = (c: Ctx, teacher: Actor, enrolmentId: string, status: 'attended' | 'no_show' = 'attended') =>
  c.t.http.put(`/api/enrolments/${enrolmentId}/attendance`).set(teacher.auth).send({ status }).expect(200);

const evaluate = (c: Ctx, who: Actor, enrolmentId: string, body: object) =>
  c.t.http.post(`/api/enrolments/${enrolmentId}/evaluation`).set(who.auth).send(body);

const GOOD = { overall: 4, usefulness: 5, teacher: 3, comment: 'Heel praktisch, meer tijd voor casussen graag.' };

describe('Evaluations', () => {
  const c = {} as Ctx;
  beforeAll(async () => {
    c.t = await createTestApp();
    c.org = await createOrganisation(c.t.dataSource, { slug: 'eval-org', emailDomains: ['eval-org.nl'] });
  });
  afterAll(() => c.t.close());

  it('asks the learner in-app and by e-mail once attendance is marked, and lists it as pending', async () => {
    const s = await sessionWithLearners(c, 2);
    const [a, b] = s.learners;
    await attend(c, s.teacher, a.enrolmentId);
    await attend(c, s.teacher, b.enrolmentId, 'no_show');

    const notes = (await c.t.http.get('/api/me/notifications').set(a.who.auth).expect(200)).body.items as {
      id: string;
      kind: string;
      link: string;
      title: string;
    }[];
    const ask = notes.find((n) => n.kind === 'evaluation.requested');
    expect(ask).toMatchObject({ link: `/evaluaties/${a.enrolmentId}`, title: expect.stringMatching(/^Hoe was /) });
    if (!ask) throw new Error('no ask');
    const jobs = await c.t.dataSource.query(
      `SELECT 1 FROM pgboss.job WHERE name = $1 AND data->>'notificationId' = $2`,
      [EMAIL_JOB, ask.id],
    );
    expect(jobs).toHaveLength(1);
    await c.t.app.get(JobQueue).runNow(EMAIL_JOB, { notificationId: ask.id });
    expect((await mailsTo(c.t, a.who.email)).some((m) => m.includes(`/evaluaties/${a.enrolmentId}`))).toBe(true);

    // The no-show is not asked.
    const bNotes = (await c.t.http.get('/api/me/notifications').set(b.who.auth).expect(200)).body.items as {
      kind: string;
    }[];
    expect(bNotes.some((n) => n.kind === 'evaluation.requested')).toBe(false);

    const pending = (await c.t.http.get('/api/me/evaluations/pending').set(a.who.auth).expect(200)).body;
    expect(pending).toEqual([
      expect.objectContaining({ enrolmentId: a.enrolmentId, sessionId: s.sessionId, courseId: s.courseId }),
    ]);
    await evaluate(c, a.who, a.enrolmentId, GOOD).expect(201);
    expect((await c.t.http.get('/api/me/evaluations/pending').set(a.who.auth).expect(200)).body).toEqual([]);
    expect((await c.t.http.get('/api/me/evaluations/pending').set(b.who.auth).expect(200)).body).toEqual([]);
  });

  it('refuses a session not attended (409), someone else’s enrolment (404) and bad values (400), storing nothing', async () => {
    const s = await sessionWithLearners(c, 3);
    const [a, b, d] = s.learners;
    // Confirmed, attendance not marked yet; then marked as no-show.
    expect((await evaluate(c, a.who, a.enrolmentId, GOOD).expect(409)).body.code).toBe('EVALUATION_NOT_ATTENDED');
    await attend(c, s.teacher, d.enrolmentId, 'no_show');
    expect((await evaluate(c, d.who, d.enrolmentId, GOOD).expect(409)).body.code).toBe('EVALUATION_NOT_ATTENDED');

    await attend(c, s.teacher, a.enrolmentId);
    for (const other of [b.who, s.teacher]) {
      const res = await evaluate(c, other, a.enrolmentId, GOOD).expect(404);
      expect(res.type).toBe('application/problem+json');
      await c.t.http.get(`/api/enrolments/${a.enrolmentId}/evaluation`).set(other.auth).expect(404);
    }
    await evaluate(c, a.who, '00000000-0000-4000-8000-000000000000', GOOD).expect(404);

    const bad: [object, string][] = [
      [{ ...GOOD, overall: 0 }, 'overall'],
      [{ ...GOOD, overall: 6 }, 'overall'],
      [{ ...GOOD, usefulness: 3.5 }, 'usefulness'],
      [{ ...GOOD, teacher: '4' }, 'teacher'],
      [{ overall: 4, usefulness: 4 }, 'teacher'],
      [{ ...GOOD, teacher: null }, 'teacher'],
      [{ ...GOOD, comment: 'x'.repeat(2001) }, 'comment'],
      [{ ...GOOD, comment: 12 }, 'comment'],
      [{ ...GOOD, name: 'Sanne' }, 'name'],
    ];
    for (const [body, field] of bad) {
      const res = await evaluate(c, a.who, a.enrolmentId, body).expect(400);
      expect(res.type).toBe('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    await c.t.http.get(`/api/enrolments/${a.enrolmentId}/evaluation`).set(a.who.auth).expect(404);
    const [{ n }] = await c.t.dataSource.query(`SELECT count(*)::int AS n FROM evaluations WHERE session_id = $1`, [
      s.sessionId,
    ]);
    expect(n).toBe(0);

    // 2000 characters and no comment at all are fine; a second answer replaces the first.
    await evaluate(c, a.who, a.enrolmentId, { ...GOOD, comment: 'y'.repeat(2000) }).expect(201);
    const changed = await evaluate(c, a.who, a.enrolmentId, { overall: 2, usefulness: 2, teacher: 2 }).expect(201);
    expect(changed.body).toMatchObject({ overall: 2, usefulness: 2, teacher: 2, comment: null });
    const mine = (await c.t.http.get(`/api/enrolments/${a.enrolmentId}/evaluation`).set(a.who.auth).expect(200)).body;
    expect(mine).toMatchObject({ enrolmentId: a.enrolmentId, overall: 2, comment: null });
  });

  it('shows nothing with 2 answers and aggregates without names from 3, to the course’s teachers and L&D only', async () => {
    const s = await sessionWithLearners(c, 3);
    const ld = await actor(c.t, c.org.id, { roles: ['ld'] });
    const otherOrg = await createOrganisation(c.t.dataSource);
    const otherLd = await actor(c.t, otherOrg.id, { roles: ['ld'] });
    const scores = [
      { overall: 5, usefulness: 4, teacher: 5, comment: 'Zeer leerzaam' },
      { overall: 4, usefulness: 4, teacher: 4 },
      { overall: 4, usefulness: 3, teacher: 5, comment: 'Andere keer meer pauze' },
    ];
    for (const l of s.learners) await attend(c, s.teacher, l.enrolmentId);
    for (let i = 0; i < 2; i++) await evaluate(c, s.learners[i].who, s.learners[i].enrolmentId, scores[i]).expect(201);

    const hidden = {
      shown: false,
      minResponses: 3,
      count: null,
      overall: null,
      usefulness: null,
      teacher: null,
      comments: [],
    };
    const session2 = (await c.t.http.get(`/api/sessions/${s.sessionId}/evaluations`).set(s.teacher.auth).expect(200))
      .body;
    expect(session2.results).toEqual(hidden);
    const course2 = (await c.t.http.get(`/api/courses/${s.courseId}/evaluations`).set(ld.auth).expect(200)).body;
    expect(course2.results).toEqual(hidden);
    expect(course2.sessions.map((x: { results: unknown }) => x.results)).toEqual([hidden]);
    expect((await c.t.http.get(`/api/courses/${s.courseId}/evaluation-summary`).expect(200)).body).toEqual({
      evaluation: null,
    });

    await evaluate(c, s.learners[2].who, s.learners[2].enrolmentId, scores[2]).expect(201);
    const shown = {
      shown: true,
      minResponses: 3,
      count: 3,
      overall: 4.3,
      usefulness: 3.7,
      teacher: 4.7,
      comments: ['Andere keer meer pauze', 'Zeer leerzaam'],
    };
    const session3 = (await c.t.http.get(`/api/sessions/${s.sessionId}/evaluations`).set(s.teacher.auth).expect(200))
      .body;
    expect(session3).toEqual({
      sessionId: s.sessionId,
      courseId: s.courseId,
      courseTitle: expect.any(String),
      startsAt: expect.any(String),
      results: shown,
    });
    // Nothing in the answer names or points to a person.
    const text = JSON.stringify(session3);
    for (const l of s.learners) {
      expect(text).not.toContain(l.who.name);
      expect(text).not.toContain(l.who.id);
      expect(text).not.toContain(l.enrolmentId);
    }
    const course3 = (await c.t.http.get(`/api/courses/${s.courseId}/evaluations`).set(ld.auth).expect(200)).body;
    expect(course3).toMatchObject({ courseId: s.courseId, results: shown, sessions: [{ results: shown }] });
    expect((await c.t.http.get(`/api/courses/${s.courseId}/evaluation-summary`).expect(200)).body).toEqual({
      evaluation: { average: 4.3, count: 3 },
    });

    // Learners, other organisations' L&D: 403; unknown ids: 404.
    for (const who of [s.learners[0].who, otherLd]) {
      await c.t.http.get(`/api/sessions/${s.sessionId}/evaluations`).set(who.auth).expect(403);
      await c.t.http.get(`/api/courses/${s.courseId}/evaluations`).set(who.auth).expect(403);
    }
    const none = '00000000-0000-4000-8000-000000000000';
    await c.t.http.get(`/api/sessions/${none}/evaluations`).set(ld.auth).expect(404);
    await c.t.http.get(`/api/courses/${none}/evaluations`).set(ld.auth).expect(404);
    await c.t.http.get(`/api/courses/${none}/evaluation-summary`).expect(404);

    // A corrected no-show drops out of the figures again.
    await attend(c, s.teacher, s.learners[2].enrolmentId, 'no_show');
    expect(
      (await c.t.http.get(`/api/sessions/${s.sessionId}/evaluations`).set(s.teacher.auth).expect(200)).body.results,
    ).toEqual(hidden);
  });

  it('does not let a course total reveal the answers of a session below the threshold', async () => {
    const s = await sessionWithLearners(c, 3);
    for (const l of s.learners) await attend(c, s.teacher, l.enrolmentId);
    for (const l of s.learners) await evaluate(c, l.who, l.enrolmentId, GOOD).expect(201);
    // A second session of the same course with one answer.
    const second = await c.t.dataSource.query<{ id: string }[]>(
      `INSERT INTO course_sessions (course_id, starts_at, ends_at, venue_name, capacity, enrolment_deadline, cancellation_deadline)
       SELECT course_id, starts_at, ends_at, venue_name, capacity, enrolment_deadline, cancellation_deadline
         FROM course_sessions WHERE id = $1 RETURNING id`,
      [s.sessionId],
    );
    const lone = await actor(c.t, c.org.id);
    const e = (await c.t.http.post(`/api/sessions/${second[0].id}/enrolments`).set(lone.auth).send({}).expect(201)).body
      .id as string;
    await attend(c, s.teacher, e);
    await evaluate(c, lone, e, { overall: 1, usefulness: 1, teacher: 1 }).expect(201);

    const course = (await c.t.http.get(`/api/courses/${s.courseId}/evaluations`).set(s.teacher.auth).expect(200)).body;
    expect(course.results.shown).toBe(false);
    expect(course.sessions.map((x: { results: { shown: boolean } }) => x.results.shown).sort()).toEqual([false, true]);
    expect(
      (await c.t.http.get(`/api/courses/${s.courseId}/evaluation-summary`).expect(200)).body.evaluation,
    ).toBeNull();
  });

  it('asks after attendance of a programme cohort too, and its L&D sees the results from 3 answers', async () => {
    const p = await programmeWithCohort(c.t, c.org.id, [{ title: 'Startdag', kind: 'plenary', startsInDays: 0 }]);
    const ld = await actor(c.t, c.org.id, { roles: ['ld'] });
    const learners = await people(c.t, c.org.id, ['Cohort Een', 'Cohort Twee', 'Cohort Drie']);
    await confirm(c.t, p.cohortId, learners);
    const rows = await c.t.dataSource.query<{ id: string; user_id: string }[]>(
      `SELECT id, user_id FROM enrolments WHERE session_id = $1`,
      [p.cohortId],
    );
    for (const who of learners) {
      const id = rows.find((r) => r.user_id === who.id)?.id ?? '';
      await attend(c, ld, id);
      const notes = (await c.t.http.get('/api/me/notifications').set(who.auth).expect(200)).body.items as {
        kind: string;
        link: string;
      }[];
      expect(notes).toContainEqual(
        expect.objectContaining({ kind: 'evaluation.requested', link: `/evaluaties/${id}` }),
      );
      await evaluate(c, who, id, GOOD).expect(201);
    }
    const results = (await c.t.http.get(`/api/sessions/${p.cohortId}/evaluations`).set(ld.auth).expect(200)).body;
    expect(results.results).toMatchObject({ shown: true, count: 3, overall: 4 });
  });

  it('can be given and changed until 30 days after the session, not later (409)', async () => {
    const s = await sessionWithLearners(c, 1);
    const [a] = s.learners;
    await attend(c, s.teacher, a.enrolmentId);
    await evaluate(c, a.who, a.enrolmentId, GOOD).expect(201);
    await c.t.dataSource.query(
      `UPDATE course_sessions SET starts_at = now() - interval '31 days', ends_at = now() - interval '31 days' + interval '3 hours' WHERE id = $1`,
      [s.sessionId],
    );
    expect((await evaluate(c, a.who, a.enrolmentId, GOOD).expect(409)).body.code).toBe('EVALUATION_CLOSED');
  });
});

describe('Evaluations with EVALUATION_MIN_RESPONSES=2', () => {
  const c = {} as Ctx;
  beforeAll(async () => {
    c.t = await createTestApp({ EVALUATION_MIN_RESPONSES: '2' });
    c.org = await createOrganisation(c.t.dataSource);
  });
  afterAll(() => c.t.close());

  it('honours the setting: 1 answer shows nothing, 2 show the aggregates', async () => {
    const s = await sessionWithLearners(c, 2);
    for (const l of s.learners) await attend(c, s.teacher, l.enrolmentId);
    await evaluate(c, s.learners[0].who, s.learners[0].enrolmentId, GOOD).expect(201);
    const one = (await c.t.http.get(`/api/sessions/${s.sessionId}/evaluations`).set(s.teacher.auth).expect(200)).body;
    expect(one.results).toMatchObject({ shown: false, minResponses: 2, count: null });
    await evaluate(c, s.learners[1].who, s.learners[1].enrolmentId, { ...GOOD, overall: 5 }).expect(201);
    const two = (await c.t.http.get(`/api/sessions/${s.sessionId}/evaluations`).set(s.teacher.auth).expect(200)).body;
    expect(two.results).toMatchObject({ shown: true, minResponses: 2, count: 2, overall: 4.5 });
    expect((await c.t.http.get(`/api/courses/${s.courseId}/evaluation-summary`).expect(200)).body).toEqual({
      evaluation: { average: 4.5, count: 2 },
    });
  });
  it('is in my personal-data export; erasure keeps the scores in the aggregates and removes the open text', async () => {
    const s = await sessionWithLearners(c, 1);
    const [a] = s.learners;
    await attend(c, s.teacher, a.enrolmentId);
    await evaluate(c, a.who, a.enrolmentId, GOOD).expect(201);
    const exported = (await c.t.http.get('/api/me/personal-data').set(a.who.auth).expect(200)).body as {
      evaluations: { enrolmentId: string; comment: string | null }[];
    };
    expect(exported.evaluations).toEqual([
      expect.objectContaining({ enrolmentId: a.enrolmentId, comment: GOOD.comment }),
    ]);
    await c.t.http.post('/api/me/erasure').set(a.who.auth).send({ confirmEmail: a.who.email }).expect(204);
    const [row] = await c.t.dataSource.query<{ overall: number; comment: string | null }[]>(
      `SELECT overall, comment FROM evaluations WHERE enrolment_id = $1`,
      [a.enrolmentId],
    );
    expect(row).toEqual({ overall: GOOD.overall, comment: null });
  });
});
