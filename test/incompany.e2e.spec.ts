import { jest } from '@jest/globals';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { SearchIndexer } from '#libs/knowledge-bank';
import { createTestApp, type TestApp } from './support/app.js';
import { actor, createOrganisation, daysFromNow, TEACHER_PROFILE, type Actor } from './support/factories.js';

describe('In-company request journey', () => {
  let t: TestApp;
  let ld: Actor;
  let trainer: Actor;
  let otherTrainer: Actor;
  let manager: Actor;
  let stranger: Actor;
  let colleague: Actor;
  let trainerProfileId: string;
  let otherProfileId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const bzk = await createOrganisation(t.dataSource, {
      slug: 'bzk',
      name: 'Ministerie van BZK',
      kind: 'ministerie',
      region: 'Zuid-Holland',
    });
    const zwolle = await createOrganisation(t.dataSource, {
      slug: 'zwolle',
      name: 'Gemeente Zwolle',
      region: 'Overijssel',
    });
    ld = await actor(t, bzk.id, { roles: ['ld'] });
    colleague = await actor(t, bzk.id);
    trainer = await actor(t, zwolle.id, { name: 'Marieke van den Berg' });
    otherTrainer = await actor(t, zwolle.id, { name: 'Johan Kuipers' });
    manager = await actor(t, zwolle.id, { name: 'Peter Manager' });
    stranger = await actor(t, zwolle.id);
    trainerProfileId = (
      await t.http
        .put('/api/me/teacher-profile')
        .set(trainer.auth)
        .send({ ...TEACHER_PROFILE, expertise: ['Woo', 'openbaarheid'] })
        .expect(201)
    ).body.id;
    otherProfileId = (
      await t.http
        .put('/api/me/teacher-profile')
        .set(otherTrainer.auth)
        .send({ ...TEACHER_PROFILE, expertise: ['Woo'] })
        .expect(201)
    ).body.id;
    await t.app.get(SearchIndexer).drain();
  });
  afterAll(() => t.close());

  it('runs from request to evaluation, and only the people involved can see it', async () => {
    await t.http
      .post('/api/incompany-requests')
      .set(colleague.auth)
      .send({ topic: 'Woo-verzoeken afhandelen', groupSize: 12 })
      .expect(403);
    const created = await t.http
      .post('/api/incompany-requests')
      .set(ld.auth)
      .send({
        topic: 'Training Woo-verzoeken afhandelen voor ons juridisch team',
        groupSize: 12,
        preferredPeriod: 'maart 2027',
        location: 'Den Haag',
      })
      .expect(201);
    const id = created.body.id;
    expect(created.body.status).toBe('open');

    const suggestions = (await t.http.get(`/api/incompany-requests/${id}/suggestions`).set(ld.auth).expect(200)).body;
    expect(suggestions.trainers.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining([trainerProfileId, otherProfileId]),
    );
    expect(suggestions.trainers[0].why.expertise).toContain('Woo');
    for (const s of suggestions.trainers) expect(['strong', 'fair', 'weak']).toContain(s.fit);

    await t.http.get(`/api/incompany-requests/${id}`).set(stranger.auth).expect(404);
    const invited = (
      await t.http
        .post(`/api/incompany-requests/${id}/invitations`)
        .set(ld.auth)
        .send({ teacherIds: [trainerProfileId, otherProfileId] })
        .expect(200)
    ).body;
    expect(invited.status).toBe('inviting');
    const invitation = (who: string) =>
      invited.invitations.find((i: { teacherProfileId: string }) => i.teacherProfileId === who).id;
    const inbox = (await t.http.get('/api/me/notifications').set(trainer.auth).expect(200)).body;
    expect(inbox.items[0]).toMatchObject({
      kind: 'incompany.invited',
      title: 'In-company verzoek van Ministerie van BZK',
    });
    await t.http.get(`/api/incompany-requests/${id}`).set(trainer.auth).expect(200);

    // Another trainer declines; the first accepts and names a manager who must release the time.
    await t.http
      .post(`/api/incompany-invitations/${invitation(otherProfileId)}/respond`)
      .set(otherTrainer.auth)
      .send({ accept: false, message: 'Helaas geen tijd' })
      .expect(200);
    await t.http
      .post(`/api/incompany-invitations/${invitation(trainerProfileId)}/respond`)
      .set(otherTrainer.auth)
      .send({ accept: true })
      .expect(404);
    const accepted = (
      await t.http
        .post(`/api/incompany-invitations/${invitation(trainerProfileId)}/respond`)
        .set(trainer.auth)
        .send({ accept: true, message: 'Graag!', managerId: manager.id })
        .expect(200)
    ).body;
    expect(accepted.status).toBe('awaiting_release');
    await t.http
      .post(`/api/incompany-requests/${id}/schedule`)
      .set(ld.auth)
      .send({ startsAt: daysFromNow(30, 9), endsAt: daysFromNow(30, 12), venueName: 'Zaal 3', city: 'Den Haag' })
      .expect(409);
    await t.http
      .post(`/api/incompany-invitations/${invitation(trainerProfileId)}/release`)
      .set(stranger.auth)
      .send({ release: true })
      .expect(404);
    expect(
      (
        await t.http
          .post(`/api/incompany-invitations/${invitation(trainerProfileId)}/release`)
          .set(manager.auth)
          .send({ release: true })
          .expect(200)
      ).body.status,
    ).toBe('accepted');

    const scheduled = (
      await t.http
        .post(`/api/incompany-requests/${id}/schedule`)
        .set(ld.auth)
        .send({ startsAt: daysFromNow(30, 9), endsAt: daysFromNow(30, 12), venueName: 'Zaal 3', city: 'Den Haag' })
        .expect(200)
    ).body;
    expect(scheduled).toMatchObject({
      status: 'scheduled',
      trainerId: trainerProfileId,
      sessionId: expect.any(String),
    });
    const [session] = await t.dataSource.query(
      `SELECT capacity, visible_to_organisation_id FROM course_sessions WHERE id = $1`,
      [scheduled.sessionId],
    );
    expect(session).toEqual({ capacity: 12, visible_to_organisation_id: ld.organisationId });

    // The private session: colleagues of the requesting organisation can enrol, others not, and it is not in the public catalogue.
    await t.http.post(`/api/sessions/${scheduled.sessionId}/enrolments`).set(colleague.auth).send({}).expect(201);
    await t.http.post(`/api/sessions/${scheduled.sessionId}/enrolments`).set(stranger.auth).send({}).expect(404);
    expect((await t.http.get('/api/catalogue/courses').expect(200)).body.total).toBe(0);

    // Delivered only after it started, by the trainer; then evaluated by L&D.
    await t.http.post(`/api/incompany-requests/${id}/delivered`).set(trainer.auth).expect(409);
    await t.dataSource.query(
      `UPDATE course_sessions SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour', enrolment_deadline = now() - interval '4 hours', cancellation_deadline = now() - interval '5 hours' WHERE id = $1`,
      [scheduled.sessionId],
    );
    await t.http.post(`/api/incompany-requests/${id}/evaluation`).set(ld.auth).send({ rating: 5 }).expect(409);
    await t.http.post(`/api/incompany-requests/${id}/delivered`).set(ld.auth).expect(403);
    expect(
      (await t.http.post(`/api/incompany-requests/${id}/delivered`).set(trainer.auth).expect(200)).body.status,
    ).toBe('delivered');
    await t.http.post(`/api/incompany-requests/${id}/evaluation`).set(ld.auth).send({ rating: 6 }).expect(400);
    const evaluated = (
      await t.http
        .post(`/api/incompany-requests/${id}/evaluation`)
        .set(ld.auth)
        .send({ rating: 5, comment: 'Heel praktisch' })
        .expect(200)
    ).body;
    expect(evaluated).toMatchObject({ status: 'evaluated', rating: 5, evaluation: 'Heel praktisch' });
    await t.http.post(`/api/incompany-requests/${id}/cancel`).set(ld.auth).expect(409);
  });

  it('sends the request back to inviting when the manager refuses to release the time', async () => {
    const id = (
      await t.http
        .post('/api/incompany-requests')
        .set(ld.auth)
        .send({ topic: 'Openbaarheid en actieve openbaarmaking', groupSize: 8 })
        .expect(201)
    ).body.id;
    const invited = (
      await t.http
        .post(`/api/incompany-requests/${id}/invitations`)
        .set(ld.auth)
        .send({ teacherIds: [trainerProfileId] })
        .expect(200)
    ).body;
    const inv = invited.invitations[0].id;
    await t.http
      .post(`/api/incompany-invitations/${inv}/respond`)
      .set(trainer.auth)
      .send({ accept: true, managerId: trainer.id })
      .expect(400);
    const unknown = await t.http
      .post(`/api/incompany-invitations/${inv}/respond`)
      .set(trainer.auth)
      .send({ accept: true, managerEmail: 'niemand@example.nl' })
      .expect(400);
    // One rule for every manager (issue #10): an active, verified colleague, never yourself.
    expect(unknown.body).toMatchObject({
      code: 'INVALID_MANAGER',
      errors: [expect.objectContaining({ field: 'managerEmail' })],
    });
    // The manager named by e-mail address, as the web app does.
    await t.http
      .post(`/api/incompany-invitations/${inv}/respond`)
      .set(trainer.auth)
      .send({ accept: true, managerEmail: manager.email })
      .expect(200);
    const refused = (
      await t.http
        .post(`/api/incompany-invitations/${inv}/release`)
        .set(manager.auth)
        .send({ release: false, message: 'Te druk dit kwartaal' })
        .expect(200)
    ).body;
    expect(refused).toMatchObject({ status: 'inviting', trainerId: null });
    expect(refused.invitations[0]).toMatchObject({ status: 'declined', releaseStatus: 'refused' });
    await t.http.post(`/api/incompany-invitations/${inv}/respond`).set(trainer.auth).send({ accept: true }).expect(409);
    expect((await t.http.post(`/api/incompany-requests/${id}/cancel`).set(ld.auth).expect(200)).body.status).toBe(
      'cancelled',
    );
    const list = (await t.http.get('/api/incompany-requests').set(ld.auth).expect(200)).body;
    expect(list.map((r: { status: string }) => r.status).sort()).toEqual(['cancelled', 'evaluated']);
    expect((await t.http.get('/api/incompany-requests').set(stranger.auth).expect(200)).body).toEqual([]);
  });

  it('cancelling a scheduled request cancels its session: participants are cancelled, notified and recorded', async () => {
    const id = (
      await t.http
        .post('/api/incompany-requests')
        .set(ld.auth)
        .send({ topic: 'Woo voor beleidsmedewerkers', groupSize: 6 })
        .expect(201)
    ).body.id;
    const inv = (
      await t.http
        .post(`/api/incompany-requests/${id}/invitations`)
        .set(ld.auth)
        .send({ teacherIds: [trainerProfileId] })
        .expect(200)
    ).body.invitations[0].id;
    expect(
      (
        await t.http
          .post(`/api/incompany-invitations/${inv}/respond`)
          .set(trainer.auth)
          .send({ accept: true })
          .expect(200)
      ).body.status,
    ).toBe('accepted');
    const { sessionId } = (
      await t.http
        .post(`/api/incompany-requests/${id}/schedule`)
        .set(ld.auth)
        .send({ startsAt: daysFromNow(40, 9), endsAt: daysFromNow(40, 12), venueName: 'Zaal 1', city: 'Den Haag' })
        .expect(200)
    ).body;
    const enrolment = (
      await t.http.post(`/api/sessions/${sessionId}/enrolments`).set(colleague.auth).send({}).expect(201)
    ).body;
    expect(enrolment.status).toBe('confirmed');
    expect(
      (await t.dataSource.query(`SELECT seats_taken FROM session_availability WHERE session_id = $1`, [sessionId]))[0]
        .seats_taken,
    ).toBe(1);

    expect((await t.http.post(`/api/incompany-requests/${id}/cancel`).set(ld.auth).expect(200)).body.status).toBe(
      'cancelled',
    );

    const [session] = await t.dataSource.query(
      `SELECT status::text, a.seats_taken FROM course_sessions s JOIN session_availability a ON a.session_id = s.id WHERE s.id = $1`,
      [sessionId],
    );
    expect(session).toEqual({ status: 'cancelled', seats_taken: 0 });
    const [row] = await t.dataSource.query(`SELECT status::text, cancel_reason::text FROM enrolments WHERE id = $1`, [
      enrolment.id,
    ]);
    expect(row).toEqual({ status: 'cancelled', cancel_reason: 'session_cancelled' });
    const events = await t.dataSource.query(
      `SELECT from_status::text, to_status::text, actor_id, reason FROM enrolment_events WHERE enrolment_id = $1 AND to_status = 'cancelled'`,
      [enrolment.id],
    );
    expect(events).toEqual([
      { from_status: 'confirmed', to_status: 'cancelled', actor_id: ld.id, reason: 'session_cancelled' },
    ]);
    const inbox = (await t.http.get('/api/me/notifications').set(colleague.auth).expect(200)).body;
    expect(inbox.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'session.cancelled',
          title: 'Bijeenkomst geannuleerd: Woo voor beleidsmedewerkers',
        }),
      ]),
    );
    // Cancelling again is refused by the request's own state machine, and the session stays as it is.
    await t.http.post(`/api/incompany-requests/${id}/cancel`).set(ld.auth).expect(409);
  });

  /** An accepted request (one trainer invited and accepting), ready to schedule. */
  const acceptedRequest = async (topic: string) => {
    const id = (await t.http.post('/api/incompany-requests').set(ld.auth).send({ topic, groupSize: 10 }).expect(201))
      .body.id;
    const inv = (
      await t.http
        .post(`/api/incompany-requests/${id}/invitations`)
        .set(ld.auth)
        .send({ teacherIds: [trainerProfileId] })
        .expect(200)
    ).body.invitations[0].id;
    await t.http.post(`/api/incompany-invitations/${inv}/respond`).set(trainer.auth).send({ accept: true }).expect(200);
    return id as string;
  };

  const queriesDuring = async (fn: () => Promise<unknown>) => {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      await fn();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  };

  it('a scheduled request answers its session: when, where, the link and the course; null before', async () => {
    const id = await acceptedRequest('Hybride Woo-sessie');
    const before = (await t.http.get(`/api/incompany-requests/${id}`).set(ld.auth).expect(200)).body;
    expect(before).toMatchObject({ status: 'accepted', sessionId: null, session: null });
    const startsAt = daysFromNow(50, 8);
    const endsAt = daysFromNow(50, 11);
    const { sessionId } = (
      await t.http
        .post(`/api/incompany-requests/${id}/schedule`)
        .set(ld.auth)
        .send({ startsAt, endsAt, venueName: 'Zaal 4', city: 'Den Haag', onlineUrl: 'https://meet.example.nl/woo' })
        .expect(200)
    ).body;
    const [{ course_id: courseId }] = await t.dataSource.query(`SELECT course_id FROM course_sessions WHERE id = $1`, [
      sessionId,
    ]);
    const expected = {
      sessionId,
      session: {
        startsAt,
        endsAt,
        venueName: 'Zaal 4',
        city: 'Den Haag',
        onlineUrl: 'https://meet.example.nl/woo',
        courseId,
        status: 'scheduled',
      },
    };
    for (const who of [ld, trainer]) {
      expect((await t.http.get(`/api/incompany-requests/${id}`).set(who.auth).expect(200)).body).toMatchObject(
        expected,
      );
      const listed = (await t.http.get('/api/incompany-requests').set(who.auth).expect(200)).body;
      expect(listed.find((r: { id: string }) => r.id === id)).toMatchObject(expected);
    }
  });

  it('lists scheduled requests with their sessions in the same number of queries for one or many', async () => {
    const list = () => t.http.get('/api/incompany-requests').set(ld.auth).expect(200);
    const few = await queriesDuring(list);
    for (const [i, topic] of ['Archiefwet in de praktijk', 'Omgevingswet voor juristen'].entries()) {
      const id = await acceptedRequest(topic);
      await t.http
        .post(`/api/incompany-requests/${id}/schedule`)
        .set(ld.auth)
        .send({
          startsAt: daysFromNow(60 + i, 9),
          endsAt: daysFromNow(60 + i, 12),
          venueName: 'Zaal 2',
          city: 'Utrecht',
        })
        .expect(200);
    }
    expect(await queriesDuring(list)).toBe(few);
    const scheduled = (await list()).body.filter((r: { status: string }) => r.status === 'scheduled');
    expect(scheduled.length).toBeGreaterThanOrEqual(3);
    for (const r of scheduled)
      expect(r.session).toMatchObject({ startsAt: expect.any(String), courseId: expect.any(String) });
  });
});
