import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EnrolmentEngine } from '#libs/enrolments';
import { EMAIL_JOB } from '#libs/notifications';
import { JobQueue } from '#libs/jobs';
import { createTestApp, type TestApp } from './support/app.js';
import { actor, bookableSession, createOrganisation, days, type Actor, type OrgRow } from './support/factories.js';

describe('Enrolment rules', () => {
  let t: TestApp;
  let org: OrgRow;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource, { slug: 'minbzk', emailDomains: ['minbzk.nl'] });
  });
  afterAll(() => t.close());

  const enrol = (who: Actor, sessionId: string, body: object = {}) =>
    t.http.post(`/api/sessions/${sessionId}/enrolments`).set(who.auth).send(body);
  const statusOf = async (enrolmentId: string) =>
    (await t.dataSource.query(`SELECT status::text FROM enrolments WHERE id = $1`, [enrolmentId]))[0].status;
  const seatsTaken = async (sessionId: string) =>
    (await t.dataSource.query(`SELECT seats_taken FROM session_availability WHERE session_id = $1`, [sessionId]))[0]
      .seats_taken;
  const expireOfferNow = (enrolmentId: string) =>
    t.dataSource.query(`UPDATE enrolments SET offer_expires_at = now() - interval '1 second' WHERE id = $1`, [
      enrolmentId,
    ]);

  describe('1. enrol', () => {
    it('confirms while seats are free, then waitlists with a position', async () => {
      const { sessionId } = await bookableSession(t, org.id, { capacity: 1 });
      const [a, b, c] = await Promise.all([actor(t, org.id), actor(t, org.id), actor(t, org.id)]);
      expect((await enrol(a, sessionId).expect(201)).body).toMatchObject({ status: 'confirmed', position: null });
      expect((await enrol(b, sessionId).expect(201)).body).toMatchObject({ status: 'waitlisted', position: 1 });
      expect((await enrol(c, sessionId).expect(201)).body).toMatchObject({ status: 'waitlisted', position: 2 });
      expect(await seatsTaken(sessionId)).toBe(1);
    });

    it('allows one active enrolment per person per session (409), backed by a unique index', async () => {
      const { sessionId } = await bookableSession(t, org.id);
      const a = await actor(t, org.id);
      await enrol(a, sessionId).expect(201);
      expect((await enrol(a, sessionId).expect(409)).body.code).toBe('ALREADY_ENROLLED');
      await expect(
        t.dataSource.query(`INSERT INTO enrolments (session_id, user_id, status) VALUES ($1, $2, 'waitlisted')`, [
          sessionId,
          a.id,
        ]),
      ).rejects.toMatchObject({ code: '23505' });
    });

    it('keeps teachers out of their own course, and refuses closed, cancelled and unpublished sessions', async () => {
      const { sessionId, teacher } = await bookableSession(t, org.id);
      expect((await enrol(teacher, sessionId).expect(409)).body.code).toBe('TEACHER_CANNOT_ENROL');
      const a = await actor(t, org.id);
      const closed = await bookableSession(t, org.id, { startsAt: days(3), enrolmentDeadline: days(-1) });
      expect((await enrol(a, closed.sessionId).expect(409)).body.code).toBe('ENROLMENT_CLOSED');
      const cancelled = await bookableSession(t, org.id, { status: 'cancelled' });
      expect((await enrol(a, cancelled.sessionId).expect(409)).body.code).toBe('SESSION_CANCELLED');
      const draft = await bookableSession(t, org.id, {}, { status: 'draft' });
      await enrol(a, draft.sessionId).expect(404);
      await enrol(a, '00000000-0000-4000-8000-000000000000').expect(404);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM enrolments WHERE user_id = $1`, [a.id]);
      expect(n).toBe(0);
    });
  });

  describe('3. no queue jumping', () => {
    it('gives a seat freed by an expired offer to the waitlist, not to a newcomer', async () => {
      const { sessionId } = await bookableSession(t, org.id, { capacity: 1 });
      const [a, b, c, newcomer] = await Promise.all([
        actor(t, org.id),
        actor(t, org.id),
        actor(t, org.id),
        actor(t, org.id),
      ]);
      const ea = (await enrol(a, sessionId).expect(201)).body;
      const eb = (await enrol(b, sessionId).expect(201)).body;
      const ec = (await enrol(c, sessionId).expect(201)).body;
      await t.http.post(`/api/enrolments/${ea.id}/cancel`).set(a.auth).send({ reason: 'ziekte' }).expect(200);
      expect(await statusOf(eb.id)).toBe('offered');
      // B's offer runs out; until the expiry job runs the seat is free, but C is still waiting.
      await expireOfferNow(eb.id);
      const late = (await enrol(newcomer, sessionId).expect(201)).body;
      expect(late).toMatchObject({ status: 'waitlisted', position: 2 });
      await t.app.get(EnrolmentEngine).expireHolds(sessionId);
      expect([await statusOf(eb.id), await statusOf(ec.id), await statusOf(late.id)]).toEqual([
        'expired',
        'offered',
        'waitlisted',
      ]);
    });
  });

  describe('4. cancel', () => {
    it('needs a reason from the fixed list, and a note with "anders"', async () => {
      const { sessionId } = await bookableSession(t, org.id);
      const a = await actor(t, org.id);
      const e = (await enrol(a, sessionId).expect(201)).body;
      const bad = await t.http
        .post(`/api/enrolments/${e.id}/cancel`)
        .set(a.auth)
        .send({ reason: 'geen zin' })
        .expect(400);
      expect(bad.body.errors[0].field).toBe('reason');
      const noNote = await t.http
        .post(`/api/enrolments/${e.id}/cancel`)
        .set(a.auth)
        .send({ reason: 'anders' })
        .expect(400);
      expect(noNote.body.errors[0].field).toBe('note');
      expect(await statusOf(e.id)).toBe('confirmed');
      const ok = await t.http
        .post(`/api/enrolments/${e.id}/cancel`)
        .set(a.auth)
        .send({ reason: 'anders', note: 'Verhuizing' })
        .expect(200);
      expect(ok.body).toMatchObject({ status: 'cancelled', cancelReason: 'anders' });
      expect(await seatsTaken(sessionId)).toBe(0);
    });

    it('is refused after the cancellation deadline with a clear message; the teacher can still cancel; leaving the waitlist always works', async () => {
      const { sessionId, teacher } = await bookableSession(t, org.id, {
        capacity: 1,
        startsAt: days(1.5),
        cancellationDeadline: days(-0.1),
      });
      const [a, b, stranger] = await Promise.all([actor(t, org.id), actor(t, org.id), actor(t, org.id)]);
      const ea = (await enrol(a, sessionId).expect(201)).body;
      const eb = (await enrol(b, sessionId).expect(201)).body;
      expect(ea.canCancel).toBe(false);
      const late = await t.http
        .post(`/api/enrolments/${ea.id}/cancel`)
        .set(a.auth)
        .send({ reason: 'werkdruk_prioriteiten' })
        .expect(409);
      expect(late.body).toMatchObject({
        code: 'CANCELLATION_DEADLINE_PASSED',
        detail: expect.stringMatching(/teacher/),
      });
      await t.http.post(`/api/enrolments/${ea.id}/cancel`).set(stranger.auth).send({ reason: 'ziekte' }).expect(404);
      await t.http
        .post(`/api/enrolments/${ea.id}/cancel-for-learner`)
        .set(stranger.auth)
        .send({ reason: 'ziekte' })
        .expect(403);
      await t.http
        .post(`/api/enrolments/${ea.id}/cancel-for-learner`)
        .set(teacher.auth)
        .send({ reason: 'ziekte' })
        .expect(200);
      // The freed seat goes to B: offered, since the start is more than 24 hours away.
      expect(await statusOf(eb.id)).toBe('offered');
      const c = await actor(t, org.id);
      const ec = (await enrol(c, sessionId).expect(201)).body;
      await t.http
        .post(`/api/enrolments/${ec.id}/cancel`)
        .set(c.auth)
        .send({ reason: 'andere_verplichting' })
        .expect(200);
    });
  });

  describe('5. promotion', () => {
    it('offers a freed seat to the head for at most 48 hours; accepting confirms, declining passes it on', async () => {
      const { sessionId } = await bookableSession(t, org.id, { capacity: 1, startsAt: days(10) });
      const [a, b, c] = await Promise.all([actor(t, org.id), actor(t, org.id), actor(t, org.id)]);
      const ea = (await enrol(a, sessionId).expect(201)).body;
      const eb = (await enrol(b, sessionId).expect(201)).body;
      const ec = (await enrol(c, sessionId).expect(201)).body;
      await t.http.post(`/api/enrolments/${ea.id}/cancel`).set(a.auth).send({ reason: 'ziekte' }).expect(200);
      const offer = (await t.http.get(`/api/enrolments/${eb.id}`).set(b.auth).expect(200)).body;
      expect(offer.status).toBe('offered');
      const hold = new Date(offer.offerExpiresAt).getTime() - Date.now();
      expect(hold).toBeGreaterThan(47 * 3600_000);
      expect(hold).toBeLessThanOrEqual(48 * 3600_000);
      await t.http.post(`/api/enrolments/${eb.id}/accept`).set(c.auth).expect(404);
      await t.http.post(`/api/enrolments/${ec.id}/accept`).set(c.auth).expect(409);
      await t.http.post(`/api/enrolments/${eb.id}/decline`).set(b.auth).expect(200);
      expect(await statusOf(ec.id)).toBe('offered');
      expect((await t.http.post(`/api/enrolments/${ec.id}/accept`).set(c.auth).expect(200)).body.status).toBe(
        'confirmed',
      );
      expect(await seatsTaken(sessionId)).toBe(1);
    });

    it('shortens the hold close to the start and confirms directly within 24 hours of it', async () => {
      const soon = await bookableSession(t, org.id, {
        capacity: 1,
        startsAt: days(1.5),
        cancellationDeadline: days(1),
      });
      const [a, b] = await Promise.all([actor(t, org.id), actor(t, org.id)]);
      const ea = (await enrol(a, soon.sessionId).expect(201)).body;
      const eb = (await enrol(b, soon.sessionId).expect(201)).body;
      await t.http.post(`/api/enrolments/${ea.id}/cancel`).set(a.auth).send({ reason: 'ziekte' }).expect(200);
      const offered = (await t.http.get(`/api/enrolments/${eb.id}`).set(b.auth)).body;
      // Held until 24 hours before the start, not 48 hours from now.
      expect(Math.abs(new Date(offered.offerExpiresAt).getTime() - (days(1.5).getTime() - 24 * 3600_000))).toBeLessThan(
        60_000,
      );

      const tomorrow = await bookableSession(t, org.id, {
        capacity: 1,
        startsAt: days(0.5),
        cancellationDeadline: days(0.4),
      });
      const [c, d] = await Promise.all([actor(t, org.id), actor(t, org.id)]);
      const ec = (await enrol(c, tomorrow.sessionId).expect(201)).body;
      const ed = (await enrol(d, tomorrow.sessionId).expect(201)).body;
      await t.http.post(`/api/enrolments/${ec.id}/cancel`).set(c.auth).send({ reason: 'ziekte' }).expect(200);
      expect(await statusOf(ed.id)).toBe('confirmed');
    });
  });

  describe('6. manager approval', () => {
    it('lets the learner name the manager by e-mail address; an unknown address is a field error and changes nothing', async () => {
      const { sessionId } = await bookableSession(t, org.id, { capacity: 3 }, { requiresManagerApproval: true });
      const [learner, manager] = await Promise.all([actor(t, org.id), actor(t, org.id)]);
      const unknown = await enrol(learner, sessionId, { managerEmail: 'niemand@example.nl' }).expect(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'managerEmail' })]);
      expect(await t.dataSource.query(`SELECT 1 FROM enrolments WHERE session_id = $1`, [sessionId])).toEqual([]);
      const bad = await enrol(learner, sessionId, { managerEmail: 'geen-adres' }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'managerEmail', codes: ['isEmail'] })]);
      const e = (await enrol(learner, sessionId, { managerEmail: manager.email.toUpperCase() }).expect(201)).body;
      expect(e.status).toBe('pending_approval');
      const waiting = (await t.http.get('/api/me/approvals').set(manager.auth).expect(200)).body;
      expect(waiting).toEqual([expect.objectContaining({ id: e.id, name: learner.name })]);
    });

    it('holds a seat while pending; the named manager approves; others may not; illegal transitions are 409', async () => {
      const { sessionId } = await bookableSession(t, org.id, { capacity: 1 }, { requiresManagerApproval: true });
      const [learner, manager, other, second] = await Promise.all([
        actor(t, org.id),
        actor(t, org.id),
        actor(t, org.id),
        actor(t, org.id),
      ]);
      const missing = await enrol(learner, sessionId).expect(400);
      expect(missing.body.errors[0].field).toBe('managerId');
      await enrol(learner, sessionId, { managerId: learner.id }).expect(400);
      const e = (await enrol(learner, sessionId, { managerId: manager.id }).expect(201)).body;
      expect(e.status).toBe('pending_approval');
      const hold = new Date(e.approvalExpiresAt).getTime() - Date.now();
      expect(hold).toBeGreaterThan(5 * 86_400_000 - 60_000);
      expect(hold).toBeLessThanOrEqual(9 * 86_400_000);
      // The pending enrolment holds the only seat.
      expect((await enrol(second, sessionId, { managerId: manager.id }).expect(201)).body.status).toBe('waitlisted');
      const waiting = (await t.http.get('/api/me/approvals').set(manager.auth).expect(200)).body;
      expect(waiting).toEqual([expect.objectContaining({ id: e.id, name: learner.name })]);
      await t.http.post(`/api/enrolments/${e.id}/approve`).set(other.auth).expect(403);
      expect((await t.http.post(`/api/enrolments/${e.id}/approve`).set(manager.auth).expect(200)).body.status).toBe(
        'confirmed',
      );
      const twice = await t.http.post(`/api/enrolments/${e.id}/approve`).set(manager.auth).expect(409);
      expect(twice.body.code).toBe('ILLEGAL_ENROLMENT_TRANSITION');
      await t.http.post(`/api/enrolments/${e.id}/reject`).set(manager.auth).send({ reason: 'Te laat' }).expect(409);
    });

    it('rejecting needs a reason, frees the seat and promotes; expiry frees it too', async () => {
      const { sessionId } = await bookableSession(t, org.id, { capacity: 1 }, { requiresManagerApproval: true });
      const [a, b, c, manager] = await Promise.all([
        actor(t, org.id),
        actor(t, org.id),
        actor(t, org.id),
        actor(t, org.id),
      ]);
      const ea = (await enrol(a, sessionId, { managerId: manager.id }).expect(201)).body;
      const eb = (await enrol(b, sessionId, { managerId: manager.id }).expect(201)).body;
      const ec = (await enrol(c, sessionId, { managerId: manager.id }).expect(201)).body;
      await t.http.post(`/api/enrolments/${ea.id}/reject`).set(manager.auth).send({}).expect(400);
      const rejected = await t.http
        .post(`/api/enrolments/${ea.id}/reject`)
        .set(manager.auth)
        .send({ reason: 'Past niet in de planning' })
        .expect(200);
      expect(rejected.body.status).toBe('rejected');
      expect(await statusOf(eb.id)).toBe('offered');
      // Accepting an offer on an approval course asks the manager again.
      expect((await t.http.post(`/api/enrolments/${eb.id}/accept`).set(b.auth).expect(200)).body.status).toBe(
        'pending_approval',
      );
      await t.dataSource.query(
        `UPDATE enrolments SET approval_expires_at = now() - interval '1 second' WHERE id = $1`,
        [eb.id],
      );
      await t.http.post(`/api/enrolments/${eb.id}/approve`).set(manager.auth).expect(409);
      await t.app.get(EnrolmentEngine).expireHolds(sessionId);
      expect([await statusOf(eb.id), await statusOf(ec.id)]).toEqual(['expired', 'offered']);
    });
  });

  describe('7. capacity changes', () => {
    it('raising promotes the waitlist at once; lowering below the seats held is refused (409)', async () => {
      const { sessionId, teacher } = await bookableSession(t, org.id, { capacity: 1 });
      const people = await Promise.all([0, 1, 2].map(() => actor(t, org.id)));
      const es = [];
      for (const p of people) es.push((await enrol(p, sessionId).expect(201)).body);
      await t.http.patch(`/api/sessions/${sessionId}`).set(teacher.auth).send({ capacity: 3 }).expect(200);
      expect([await statusOf(es[1].id), await statusOf(es[2].id)]).toEqual(['offered', 'offered']);
      const lower = await t.http
        .patch(`/api/sessions/${sessionId}`)
        .set(teacher.auth)
        .send({ capacity: 2 })
        .expect(409);
      expect(lower.body.code).toBe('CAPACITY_BELOW_TAKEN');
      const [{ capacity }] = await t.dataSource.query(`SELECT capacity FROM course_sessions WHERE id = $1`, [
        sessionId,
      ]);
      expect(capacity).toBe(3);
      await t.http.post(`/api/enrolments/${es[2].id}/decline`).set(people[2].auth).expect(200);
      await t.http.patch(`/api/sessions/${sessionId}`).set(teacher.auth).send({ capacity: 2 }).expect(200);
    });
  });

  describe('8. session cancelled', () => {
    it('cancels every active enrolment and notifies everyone', async () => {
      const { sessionId, teacher } = await bookableSession(t, org.id, { capacity: 1 });
      const [a, b] = await Promise.all([actor(t, org.id), actor(t, org.id)]);
      const ea = (await enrol(a, sessionId).expect(201)).body;
      const eb = (await enrol(b, sessionId).expect(201)).body;
      await t.http.post(`/api/sessions/${sessionId}/cancel`).set(teacher.auth).expect(200);
      expect([await statusOf(ea.id), await statusOf(eb.id)]).toEqual(['cancelled', 'cancelled']);
      for (const who of [a, b]) {
        const inbox = (await t.http.get('/api/me/notifications').set(who.auth).expect(200)).body;
        expect(inbox.items[0]).toMatchObject({
          kind: 'session.cancelled',
          title: expect.stringMatching(/^Bijeenkomst geannuleerd/),
          read: false,
        });
      }
      expect(await seatsTaken(sessionId)).toBe(0);
    });
  });

  describe('9. attendance', () => {
    it('is marked by a teacher from 15 minutes before the start, not earlier, and not by others', async () => {
      const future = await bookableSession(t, org.id, { startsAt: days(2) });
      const a = await actor(t, org.id);
      const ea = (await enrol(a, future.sessionId).expect(201)).body;
      const early = await t.http
        .put(`/api/enrolments/${ea.id}/attendance`)
        .set(future.teacher.auth)
        .send({ status: 'attended' })
        .expect(409);
      expect(early.body.code).toBe('ATTENDANCE_WINDOW_CLOSED');

      const now = await bookableSession(t, org.id, {
        startsAt: new Date(Date.now() + 10 * 60_000),
        enrolmentDeadline: new Date(Date.now() + 5 * 60_000),
      });
      const [b, c] = await Promise.all([actor(t, org.id), actor(t, org.id)]);
      const eb = (await enrol(b, now.sessionId).expect(201)).body;
      const ec = (await enrol(c, now.sessionId).expect(201)).body;
      await t.http.put(`/api/enrolments/${eb.id}/attendance`).set(c.auth).send({ status: 'attended' }).expect(403);
      await t.http
        .put(`/api/enrolments/${eb.id}/attendance`)
        .set(now.teacher.auth)
        .send({ status: 'present' })
        .expect(400);
      expect(
        (
          await t.http
            .put(`/api/enrolments/${eb.id}/attendance`)
            .set(now.teacher.auth)
            .send({ status: 'attended' })
            .expect(200)
        ).body.status,
      ).toBe('attended');
      await t.http
        .put(`/api/enrolments/${ec.id}/attendance`)
        .set(now.teacher.auth)
        .send({ status: 'no_show' })
        .expect(200);
      // A mistake can be corrected within the window.
      await t.http
        .put(`/api/enrolments/${ec.id}/attendance`)
        .set(now.teacher.auth)
        .send({ status: 'attended' })
        .expect(200);
      const participants = (
        await t.http.get(`/api/sessions/${now.sessionId}/participants`).set(now.teacher.auth).expect(200)
      ).body;
      expect(participants.map((p: { status: string }) => p.status).sort()).toEqual(['attended', 'attended']);
      await t.http.get(`/api/sessions/${now.sessionId}/participants`).set(b.auth).expect(403);
    });
  });

  describe('10. history', () => {
    it('records who changed what, when and why', async () => {
      const { sessionId } = await bookableSession(t, org.id);
      const a = await actor(t, org.id);
      const e = (await enrol(a, sessionId).expect(201)).body;
      await t.http.post(`/api/enrolments/${e.id}/cancel`).set(a.auth).send({ reason: 'ziekte' }).expect(200);
      const history = (await t.http.get(`/api/enrolments/${e.id}/history`).set(a.auth).expect(200)).body;
      expect(history).toEqual([
        { fromStatus: null, toStatus: 'confirmed', actorId: a.id, reason: null, at: expect.any(String) },
        { fromStatus: 'confirmed', toStatus: 'cancelled', actorId: a.id, reason: 'ziekte', at: expect.any(String) },
      ]);
      const stranger = await actor(t, org.id);
      await t.http.get(`/api/enrolments/${e.id}/history`).set(stranger.auth).expect(404);
    });
  });

  describe('My learning, calendar and notifications', () => {
    it('groups my enrolments into upcoming, pending, offers (with expiry), waitlist (with position) and history', async () => {
      const me = await actor(t, org.id);
      const manager = await actor(t, org.id);
      const confirmed = await bookableSession(t, org.id);
      const approval = await bookableSession(t, org.id, {}, { requiresManagerApproval: true });
      const full = await bookableSession(t, org.id, { capacity: 1 });
      const offered = await bookableSession(t, org.id, { capacity: 1 });
      const other = await actor(t, org.id);
      await enrol(other, full.sessionId).expect(201);
      const holder = (await enrol(other, offered.sessionId).expect(201)).body;
      await enrol(me, confirmed.sessionId).expect(201);
      await enrol(me, approval.sessionId, { managerId: manager.id }).expect(201);
      await enrol(me, full.sessionId).expect(201);
      await enrol(me, offered.sessionId).expect(201);
      await t.http.post(`/api/enrolments/${holder.id}/cancel`).set(other.auth).send({ reason: 'ziekte' }).expect(200);
      const mine = (await t.http.get('/api/me/enrolments').set(me.auth).expect(200)).body;
      expect(mine.upcoming.map((e: { session: { id: string } }) => e.session.id)).toEqual([confirmed.sessionId]);
      expect(mine.pending).toHaveLength(1);
      expect(mine.offers).toEqual([expect.objectContaining({ status: 'offered', offerExpiresAt: expect.any(String) })]);
      expect(mine.waitlist).toEqual([
        expect.objectContaining({ position: 1, session: expect.objectContaining({ id: full.sessionId }) }),
      ]);
      expect(mine.history).toEqual([]);
    });

    it('serves an .ics per confirmed enrolment whose cancellation keeps the UID, and a revocable personal feed', async () => {
      const { sessionId } = await bookableSession(t, org.id, { onlineUrl: 'https://meet.example.nl/abc' });
      const a = await actor(t, org.id);
      const e = (await enrol(a, sessionId).expect(201)).body;
      const ics = await t.http.get(`/api/enrolments/${e.id}/calendar.ics`).set(a.auth).expect(200);
      expect(ics.headers['content-type']).toMatch(/text\/calendar/);
      expect(ics.text).toMatch(/METHOD:REQUEST/);
      expect(ics.text).toContain(`UID:${e.id}@collegiaal`);
      expect(ics.text).toMatch(/STATUS:CONFIRMED/);

      const feed = (await t.http.post('/api/me/calendar-feed').set(a.auth).expect(201)).body;
      const feedPath = new URL(feed.url).pathname;
      const before = await t.http.get(feedPath).expect(200);
      expect(before.text).toContain(`UID:${e.id}@collegiaal`);

      await t.http.post(`/api/enrolments/${e.id}/cancel`).set(a.auth).send({ reason: 'ziekte' }).expect(200);
      const cancelled = await t.http.get(`/api/enrolments/${e.id}/calendar.ics`).set(a.auth).expect(200);
      expect(cancelled.text).toMatch(/METHOD:CANCEL/);
      expect(cancelled.text).toContain(`UID:${e.id}@collegiaal`);
      expect(cancelled.text).toMatch(/STATUS:CANCELLED/);
      const seq = (text: string) => Number(/SEQUENCE:(\d+)/.exec(text)![1]);
      expect(seq(cancelled.text)).toBeGreaterThan(seq(ics.text));
      expect((await t.http.get(feedPath).expect(200)).text).toMatch(/STATUS:CANCELLED/);

      const rotated = (await t.http.post('/api/me/calendar-feed').set(a.auth).expect(201)).body;
      await t.http.get(feedPath).expect(404);
      await t.http.get(new URL(rotated.url).pathname).expect(200);
      await t.http.delete('/api/me/calendar-feed').set(a.auth).expect(204);
      await t.http.get(new URL(rotated.url).pathname).expect(404);
    });

    it('keeps Dutch notifications with read state, and e-mails each exactly once through the job', async () => {
      const { sessionId } = await bookableSession(t, org.id);
      const a = await actor(t, org.id, { name: 'Sanne de Vries' });
      await enrol(a, sessionId).expect(201);
      const inbox = (await t.http.get('/api/me/notifications').set(a.auth).expect(200)).body;
      expect(inbox.unread).toBe(1);
      const n = inbox.items[0];
      expect(n).toMatchObject({ kind: 'enrolment.confirmed', title: expect.stringMatching(/^Je bent ingeschreven/) });
      expect(n.body).toMatch(/is bevestigd/);

      const jobs = await t.dataSource.query(
        `SELECT data->>'notificationId' AS id FROM pgboss.job WHERE name = $1 AND data->>'notificationId' = $2`,
        [EMAIL_JOB, n.id],
      );
      expect(jobs).toHaveLength(1);
      const queue = t.app.get(JobQueue);
      await queue.runNow(EMAIL_JOB, { notificationId: n.id });
      const file = path.resolve(t.config.MAIL_DIR, `${n.id}.eml`);
      expect(existsSync(file)).toBe(true);
      const mail = readFileSync(file, 'utf8');
      expect(mail).toMatch(/Beste Sanne de Vries/);
      expect(mail).toContain(`Message-ID: <${n.id}@collegiaal>`);
      const [{ sent }] = await t.dataSource.query(`SELECT email_sent_at AS sent FROM notifications WHERE id = $1`, [
        n.id,
      ]);
      expect(sent).not.toBeNull();
      const { rmSync } = await import('node:fs');
      rmSync(file);
      await queue.runNow(EMAIL_JOB, { notificationId: n.id });
      expect(existsSync(file)).toBe(false);

      await t.http.post(`/api/me/notifications/${n.id}/read`).set(a.auth).expect(204);
      expect((await t.http.get('/api/me/notifications').set(a.auth)).body.unread).toBe(0);
      const other = await actor(t, org.id);
      await t.http.post(`/api/me/notifications/${n.id}/read`).set(other.auth).expect(404);
    });
  });
});
