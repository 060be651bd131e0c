import { EMAIL_JOB } from '#libs/notifications';
import { JobQueue } from '#libs/jobs';
import { ProgrammesPersonalData } from '#libs/programmes';
import { createTestApp, type TestApp } from './support/app.js';
import { mailsTo } from './support/mail.js';
import { confirm, people, programmeWithCohort, staff } from './support/programme-fixture.js';
import { actor, createOrganisation, type Actor, type OrgRow } from './support/factories.js';
import { addCohort, answered } from './tranche-feedback-fixture.js';

/**
 * Issue #12 item 2, "Jullie zeiden, wij deden": organisers see each cohort's evaluation next to
 * the previous cohorts' (averages only from EVALUATION_MIN_RESPONSES answers, 3 here), write what
 * they changed for the next tranche and publish it; the participants of the cohorts still to
 * start are told, and the programme page shows the published notes only.
 */
interface Ctx {
  t: TestApp;
  org: OrgRow;
  ld: Actor;
  programmeId: string;
  /** Past cohorts: 2 and 3 answers. */
  early: string;
  late: string;
  /** Still to start, with participants. */
  next: string;
  organiser: Actor;
  trainer: Actor;
  pastLearners: Actor[];
  nextLearners: Actor[];
}

const NOTE = {
  youSaid: 'De bijeenkomsten lagen te dicht op elkaar en de uitvoering ontbrak aan tafel.',
  weDid: 'Nu zes weken tussen de bijeenkomsten, en bij elke intervisie een gast uit de uitvoering.',
};

const notificationsOf = async (c: Ctx, who: Actor) =>
  (await c.t.http.get('/api/me/notifications').set(who.auth).expect(200)).body.items as {
    id: string;
    kind: string;
    link: string;
    title: string;
  }[];

describe('Tranche feedback ("Jullie zeiden, wij deden")', () => {
  const c = {} as Ctx;
  beforeAll(async () => {
    c.t = await createTestApp();
    c.org = await createOrganisation(c.t.dataSource, { slug: 'tranche-org', emailDomains: ['tranche-org.nl'] });
    c.ld = await actor(c.t, c.org.id, { roles: ['ld'] });
    const p = await programmeWithCohort(c.t, c.org.id, [{ title: 'Startdag', kind: 'plenary', startsInDays: -200 }]);
    c.programmeId = p.programmeId;
    c.early = p.cohortId;
    c.late = await addCohort(c.t, c.programmeId, 'Tranche 2', -100);
    c.next = await addCohort(c.t, c.programmeId, 'Tranche 3', 30);
    c.organiser = await actor(c.t, c.org.id, { name: 'Olga Organisator' });
    c.trainer = await actor(c.t, c.org.id, { name: 'Tom Trainer' });
    await staff(c.t, c.late, c.organiser, 'organiser');
    await staff(c.t, c.late, c.trainer, 'trainer');
    c.pastLearners = await people(c.t, c.org.id, ['Past Een', 'Past Twee', 'Past Drie', 'Past Vier', 'Past Vijf']);
    await answered(c.t, c.early, c.pastLearners.slice(0, 2), [
      [5, 5, 5],
      [1, 1, 1],
    ]);
    await answered(c.t, c.late, c.pastLearners.slice(2), [
      [4, 5, 3],
      [4, 4, 3],
      [5, 3, 4],
    ]);
    c.nextLearners = await people(c.t, c.org.id, ['Straks Een', 'Straks Twee']);
    await confirm(c.t, c.next, c.nextLearners);
  });
  afterAll(() => c.t.close());

  it('shows each cohort in start order: 2 answers only as a count, 3 with the averages', async () => {
    const res = await c.t.http.get(`/api/programmes/${c.programmeId}/evaluation-trend`).set(c.ld.auth).expect(200);
    expect(res.body).toMatchObject({ programmeId: c.programmeId, programmeTitle: 'Samen in Beleid', minResponses: 3 });
    expect(res.body.cohorts).toEqual([
      expect.objectContaining({
        cohortId: c.early,
        name: 'Tranche 1',
        respondents: 2,
        shown: false,
        overall: null,
        usefulness: null,
        teacher: null,
        note: 'none',
      }),
      expect.objectContaining({
        cohortId: c.late,
        name: 'Tranche 2',
        respondents: 3,
        shown: true,
        overall: 4.3,
        usefulness: 4,
        teacher: 3.3,
      }),
      expect.objectContaining({ cohortId: c.next, respondents: 0, shown: false, overall: null }),
    ]);
    // The cohort's organiser and trainer read it too.
    await c.t.http.get(`/api/programmes/${c.programmeId}/evaluation-trend`).set(c.organiser.auth).expect(200);
    await c.t.http.get(`/api/programmes/${c.programmeId}/evaluation-trend`).set(c.trainer.auth).expect(200);
  });

  it('keeps the trend from learners and strangers (403 on a public programme) and unknown programmes (404)', async () => {
    const res = await c.t.http
      .get(`/api/programmes/${c.programmeId}/evaluation-trend`)
      .set(c.pastLearners[0].auth)
      .expect(403);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    await c.t.http
      .get(`/api/programmes/00000000-0000-4000-8000-000000000000/evaluation-trend`)
      .set(c.ld.auth)
      .expect(404);
    await c.t.http.get(`/api/programmes/${c.programmeId}/evaluation-trend`).expect(401);
  });

  it('refuses bad input with field errors and changes nothing (400)', async () => {
    for (const body of [
      {},
      { youSaid: '', weDid: 'x' },
      { youSaid: '   ', weDid: 'x' },
      { youSaid: 'x', weDid: 'y'.repeat(4001) },
      { youSaid: 1, weDid: 'x' },
      { youSaid: 'x', weDid: null },
      { ...NOTE, published: true },
    ]) {
      const res = await c.t.http.put(`/api/cohorts/${c.late}/feedback-note`).set(c.ld.auth).send(body).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.length).toBeGreaterThan(0);
    }
    await c.t.http.get(`/api/cohorts/${c.late}/feedback-note`).set(c.ld.auth).expect(404);
    await c.t.http.get(`/api/cohorts/not-a-uuid/feedback-note`).set(c.ld.auth).expect(400);
    // Publishing what was never written: 404 with its own code.
    const none = await c.t.http.post(`/api/cohorts/${c.late}/feedback-note/publish`).set(c.ld.auth).expect(404);
    expect(none.body.code).toBe('FEEDBACK_NOTE_NOT_FOUND');
  });

  it('lets no learner, trainer or stranger write or publish a note (403, or 404 on an unknown cohort)', async () => {
    const learner = c.pastLearners[3];
    await c.t.http.put(`/api/cohorts/${c.late}/feedback-note`).set(learner.auth).send(NOTE).expect(403);
    await c.t.http.put(`/api/cohorts/${c.late}/feedback-note`).set(c.trainer.auth).send(NOTE).expect(403);
    await c.t.http.post(`/api/cohorts/${c.late}/feedback-note/publish`).set(learner.auth).expect(403);
    await c.t.http.get(`/api/cohorts/${c.late}/feedback-note`).set(learner.auth).expect(403);
    await c.t.http
      .put(`/api/cohorts/00000000-0000-4000-8000-000000000000/feedback-note`)
      .set(c.ld.auth)
      .send(NOTE)
      .expect(404);
    await c.t.http.put(`/api/cohorts/${c.late}/feedback-note`).send(NOTE).expect(401);
  });

  it('keeps a draft from the public and from the upcoming participants; its organisers see it with the author', async () => {
    const draft = await c.t.http.put(`/api/cohorts/${c.late}/feedback-note`).set(c.organiser.auth).send(NOTE);
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({
      cohortId: c.late,
      cohortName: 'Tranche 2',
      status: 'draft',
      publishedAt: null,
      authorName: 'Olga Organisator',
      ...NOTE,
    });
    expect((await c.t.http.get(`/api/programmes/${c.programmeId}/feedback-notes`).expect(200)).body).toEqual([]);
    expect(
      (await c.t.http.get(`/api/programmes/${c.programmeId}/feedback-notes`).set(c.nextLearners[0].auth).expect(200))
        .body,
    ).toEqual([]);
    const internal = await c.t.http.get(`/api/programmes/${c.programmeId}/feedback-notes`).set(c.ld.auth).expect(200);
    expect(internal.body).toEqual([expect.objectContaining({ status: 'draft', authorName: 'Olga Organisator' })]);
    expect((await notificationsOf(c, c.nextLearners[0])).some((n) => n.kind === 'tranche_feedback.published')).toBe(
      false,
    );
    const trend = await c.t.http.get(`/api/programmes/${c.programmeId}/evaluation-trend`).set(c.ld.auth).expect(200);
    expect(trend.body.cohorts[1]).toMatchObject({ cohortId: c.late, note: 'draft' });
  });

  it('on publishing tells the upcoming cohort’s participants only (in-app and e-mail), once', async () => {
    const res = await c.t.http.post(`/api/cohorts/${c.late}/feedback-note/publish`).set(c.organiser.auth).expect(200);
    expect(res.body).toMatchObject({ status: 'published', publishedAt: expect.any(String) });

    for (const who of c.nextLearners) {
      const told = (await notificationsOf(c, who)).filter((n) => n.kind === 'tranche_feedback.published');
      expect(told).toEqual([
        expect.objectContaining({
          link: `/programmas/${c.programmeId}#jullie-zeiden`,
          title: 'Jullie zeiden, wij deden: Samen in Beleid',
        }),
      ]);
      const jobs = await c.t.dataSource.query(
        `SELECT 1 FROM pgboss.job WHERE name = $1 AND data->>'notificationId' = $2`,
        [EMAIL_JOB, told[0].id],
      );
      expect(jobs).toHaveLength(1);
    }
    const first = (await notificationsOf(c, c.nextLearners[0])).find((n) => n.kind === 'tranche_feedback.published');
    if (!first) throw new Error('not told');
    await c.t.app.get(JobQueue).runNow(EMAIL_JOB, { notificationId: first.id });
    expect((await mailsTo(c.t, c.nextLearners[0].email)).some((m) => m.includes('Jullie zeiden, wij deden'))).toBe(
      true,
    );
    // Past cohorts' participants, staff and L&D are not told.
    for (const who of [...c.pastLearners, c.organiser, c.trainer, c.ld])
      expect((await notificationsOf(c, who)).some((n) => n.kind === 'tranche_feedback.published')).toBe(false);

    // Publishing again, or again after taking it back, tells nobody twice.
    await c.t.http.post(`/api/cohorts/${c.late}/feedback-note/publish`).set(c.ld.auth).expect(200);
    await c.t.http.post(`/api/cohorts/${c.late}/feedback-note/unpublish`).set(c.ld.auth).expect(200);
    await c.t.http.post(`/api/cohorts/${c.late}/feedback-note/publish`).set(c.ld.auth).expect(200);
    const again = (await notificationsOf(c, c.nextLearners[1])).filter((n) => n.kind === 'tranche_feedback.published');
    expect(again).toHaveLength(1);
  });

  it('shows the published note to everyone, without the author’s name; an edit stays published', async () => {
    const pub = await c.t.http.get(`/api/programmes/${c.programmeId}/feedback-notes`).expect(200);
    expect(pub.body).toEqual([
      expect.objectContaining({ cohortId: c.late, status: 'published', authorName: null, ...NOTE }),
    ]);
    const edited = { ...NOTE, weDid: `${NOTE.weDid} En de terugkomdag is een dag later.` };
    const res = await c.t.http.put(`/api/cohorts/${c.late}/feedback-note`).set(c.ld.auth).send(edited).expect(200);
    expect(res.body).toMatchObject({ status: 'published', weDid: edited.weDid });
    const after = await c.t.http.get(`/api/programmes/${c.programmeId}/feedback-notes`).expect(200);
    expect(after.body[0]).toMatchObject({ weDid: edited.weDid, authorName: null });

    await c.t.http.post(`/api/cohorts/${c.late}/feedback-note/unpublish`).set(c.organiser.auth).expect(200);
    expect((await c.t.http.get(`/api/programmes/${c.programmeId}/feedback-notes`).expect(200)).body).toEqual([]);
    await c.t.http.post(`/api/cohorts/${c.late}/feedback-note/publish`).set(c.organiser.auth).expect(200);
  });

  it('is in its author’s personal-data export; erasing the author keeps the note without them', async () => {
    const data = c.t.app.get(ProgrammesPersonalData);
    const ldNotes = (await data.export(c.ld.id)).feedbackNotesWritten;
    expect(ldNotes).toEqual([
      expect.objectContaining({ cohortId: c.late, cohort: 'Tranche 2', weDid: expect.any(String) }),
    ]);
    expect((await data.export(c.organiser.id)).feedbackNotesWritten).toEqual([]);
    await data.erase(c.ld.id);
    expect((await data.export(c.ld.id)).feedbackNotesWritten).toEqual([]);
    const note = await c.t.http.get(`/api/cohorts/${c.late}/feedback-note`).set(c.organiser.auth).expect(200);
    expect(note.body).toMatchObject({ status: 'published', authorName: null });
  });

  it('is as visible as the programme: a draft programme’s notes are 404 to the public', async () => {
    await c.t.dataSource.query(`UPDATE courses SET status = 'draft' WHERE id = $1`, [c.programmeId]);
    try {
      await c.t.http.get(`/api/programmes/${c.programmeId}/feedback-notes`).expect(404);
      await c.t.http.get(`/api/programmes/${c.programmeId}/feedback-notes`).set(c.nextLearners[0].auth).expect(404);
      await c.t.http.get(`/api/programmes/${c.programmeId}/evaluation-trend`).set(c.nextLearners[0].auth).expect(404);
      const owner = await actor(c.t, c.org.id, { roles: ['ld'] });
      await c.t.http.get(`/api/programmes/${c.programmeId}/feedback-notes`).set(owner.auth).expect(200);
    } finally {
      await c.t.dataSource.query(`UPDATE courses SET status = 'published' WHERE id = $1`, [c.programmeId]);
    }
    await c.t.http.get(`/api/programmes/00000000-0000-4000-8000-000000000000/feedback-notes`).expect(404);
  });
});
