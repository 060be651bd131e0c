import { createTestApp, type TestApp } from './support/app.js';
import {
  type Actor,
  actor,
  bookableSession,
  createOrganisation,
  createUser,
  type OrgRow,
} from './support/factories.js';

describe('Managers you can trust', () => {
  let t: TestApp;
  let org: OrgRow;
  let other: OrgRow;
  const enrol = (a: Actor, sessionId: string, body: Record<string, unknown> = {}) =>
    t.http.post(`/api/sessions/${sessionId}/enrolments`).set(a.auth).send(body);
  const approvalSession = async () =>
    (await bookableSession(t, org.id, { capacity: 5 }, { requiresManagerApproval: true })).sessionId;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource);
    other = await createOrganisation(t.dataSource);
  });
  afterAll(() => t.close());

  it('refuses as manager the learner, an account of another organisation, an unverified and a disabled account, and changes nothing', async () => {
    const sessionId = await approvalSession();
    const learner = await actor(t, org.id);
    const elsewhere = await actor(t, other.id);
    const unverified = await createUser(t.dataSource, org.id);
    await t.dataSource.query(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [unverified.id]);
    const disabled = await createUser(t.dataSource, org.id);
    await t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [disabled.id]);
    for (const body of [
      { managerEmail: learner.email },
      { managerId: learner.id },
      { managerEmail: elsewhere.email },
      { managerEmail: unverified.email },
      { managerId: disabled.id },
    ]) {
      const res = await enrol(learner, sessionId, body).expect(400);
      expect(res.body.code).toBe('INVALID_MANAGER');
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: Object.keys(body)[0], codes: ['trustedManager'] }),
      ]);
    }
    expect(await t.dataSource.query(`SELECT 1 FROM enrolments WHERE session_id = $1`, [sessionId])).toEqual([]);
  });

  it('records who approved', async () => {
    const sessionId = await approvalSession();
    const [learner, manager] = [await actor(t, org.id), await actor(t, org.id)];
    const e = (await enrol(learner, sessionId, { managerEmail: manager.email }).expect(201)).body;
    await t.http.post(`/api/enrolments/${e.id}/approve`).set(manager.auth).expect(200);
    const history = (await t.http.get(`/api/enrolments/${e.id}/history`).set(learner.auth).expect(200)).body;
    expect(history).toContainEqual(
      expect.objectContaining({
        fromStatus: 'pending_approval',
        toStatus: 'confirmed',
        actorId: manager.id,
        reason: 'approved',
      }),
    );
  });

  it('lets L&D link a manager of another organisation, who is then asked by default and accepted when named', async () => {
    const sessionId = await approvalSession();
    const ld = await actor(t, org.id, { roles: ['ld'] });
    const learner = await actor(t, org.id);
    const seconded = await actor(t, other.id);
    const link = await t.http
      .put(`/api/ld/manager-links/${learner.id}`)
      .set(ld.auth)
      .send({ managerEmail: seconded.email })
      .expect(200);
    expect(link.body).toMatchObject({
      userId: learner.id,
      managerId: seconded.id,
      managerOrganisationId: other.id,
      linkedById: ld.id,
    });
    const e = (await enrol(learner, sessionId).expect(201)).body;
    expect(e.status).toBe('pending_approval');
    expect((await t.http.get('/api/me/approvals').set(seconded.auth).expect(200)).body).toEqual([
      expect.objectContaining({ id: e.id }),
    ]);
    const list = (await t.http.get('/api/ld/manager-links').set(ld.auth).expect(200)).body;
    expect(list).toEqual([expect.objectContaining({ userId: learner.id, managerEmail: seconded.email })]);
  });

  it('tells GET /api/me whether L&D linked anyone to you as manager (for the approvals menu item)', async () => {
    const ld = await actor(t, org.id, { roles: ['ld'] });
    const learner = await actor(t, org.id);
    const manager = await actor(t, org.id);
    expect((await t.http.get('/api/me').set(manager.auth).expect(200)).body.isManager).toBe(false);
    await t.http
      .put(`/api/ld/manager-links/${learner.id}`)
      .set(ld.auth)
      .send({ managerEmail: manager.email })
      .expect(200);
    expect((await t.http.get('/api/me').set(manager.auth).expect(200)).body.isManager).toBe(true);
    expect((await t.http.get('/api/me').set(learner.auth).expect(200)).body.isManager).toBe(false);
    await t.http.delete(`/api/ld/manager-links/${learner.id}`).set(ld.auth).expect(204);
    expect((await t.http.get('/api/me').set(manager.auth).expect(200)).body.isManager).toBe(false);
  });

  it('keeps L&D to their own organisation, and learners out', async () => {
    const learner = await actor(t, org.id);
    const manager = await actor(t, org.id);
    const foreignLd = await actor(t, other.id, { roles: ['ld'] });
    await t.http
      .put(`/api/ld/manager-links/${learner.id}`)
      .set(foreignLd.auth)
      .send({ managerEmail: manager.email })
      .expect(404);
    await t.http
      .put(`/api/ld/manager-links/${learner.id}`)
      .set(learner.auth)
      .send({ managerEmail: manager.email })
      .expect(403);
    expect((await t.http.get('/api/ld/manager-links').set(foreignLd.auth).expect(200)).body).toEqual([]);
    const ld = await actor(t, org.id, { roles: ['ld'] });
    const self = await t.http
      .put(`/api/ld/manager-links/${learner.id}`)
      .set(ld.auth)
      .send({ managerEmail: learner.email })
      .expect(400);
    expect(self.body.code).toBe('INVALID_MANAGER');
  });

  it('lets L&D correct who approves a pending enrolment: the new manager is asked, the old one no longer may', async () => {
    const sessionId = await approvalSession();
    const ld = await actor(t, org.id, { roles: ['ld'] });
    const [learner, wrong, right] = [await actor(t, org.id), await actor(t, org.id), await actor(t, org.id)];
    const e = (await enrol(learner, sessionId, { managerEmail: wrong.email }).expect(201)).body;
    const foreignLd = await actor(t, other.id, { roles: ['ld'] });
    await t.http
      .put(`/api/enrolments/${e.id}/manager`)
      .set(foreignLd.auth)
      .send({ managerEmail: right.email })
      .expect(404);
    await t.http.put(`/api/enrolments/${e.id}/manager`).set(ld.auth).send({ managerEmail: right.email }).expect(200);
    await t.http.post(`/api/enrolments/${e.id}/approve`).set(wrong.auth).expect(403);
    expect((await t.http.get('/api/me/approvals').set(right.auth).expect(200)).body).toEqual([
      expect.objectContaining({ id: e.id }),
    ]);
    const notified = await t.dataSource.query(`SELECT 1 FROM notifications WHERE user_id = $1`, [right.id]);
    expect(notified.length).toBeGreaterThan(0);
    await t.http.post(`/api/enrolments/${e.id}/approve`).set(right.auth).expect(200);
    const history = (await t.http.get(`/api/enrolments/${e.id}/history`).set(learner.auth).expect(200)).body;
    expect(history).toContainEqual(expect.objectContaining({ reason: 'manager_changed', actorId: ld.id }));
    expect(history).toContainEqual(expect.objectContaining({ toStatus: 'confirmed', actorId: right.id }));
  });
});
