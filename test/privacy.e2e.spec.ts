import { PrivacyService } from '#libs/privacy';
import { createTestApp, type TestApp } from './support/app.js';
import {
  actor,
  bookableSession,
  createOrganisation,
  createUser,
  days,
  login,
  type OrgRow,
} from './support/factories.js';

describe('AVG rights: export, erasure and retention', () => {
  let t: TestApp;
  let org: OrgRow;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource);
  });
  afterAll(() => t.close());

  it('exports everything about me as JSON, without passwords or tokens (art. 15)', async () => {
    const learner = await actor(t, org.id, { name: 'Anna Export' });
    const { sessionId } = await bookableSession(t, org.id, { capacity: 5 });
    await t.http.post(`/api/sessions/${sessionId}/enrolments`).set(learner.auth).send({}).expect(201);
    await t.http
      .post('/api/knowledge-bank/questions')
      .set(learner.auth)
      .send({ text: 'Wie kan ons helpen met de Woo?' })
      .expect(200);
    const res = await t.http.get('/api/me/personal-data').set(learner.auth).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.identity.account).toMatchObject({
      id: learner.id,
      email: learner.email,
      name: 'Anna Export',
      organisationId: org.id,
    });
    expect(res.body.identity.signIns.length).toBeGreaterThan(0);
    expect(res.body.learning.enrolments).toEqual([
      expect.objectContaining({ status: 'confirmed', history: [expect.objectContaining({ to: 'confirmed' })] }),
    ]);
    expect(res.body.notifications.length).toBeGreaterThan(0);
    expect(res.body.knowledgeQuestions).toEqual([expect.objectContaining({ text: 'Wie kan ons helpen met de Woo?' })]);
    const text = JSON.stringify(res.body);
    const [secrets] = await t.dataSource.query(
      `SELECT u.password_hash AS hash, (SELECT string_agg(token_hash, ',') FROM refresh_tokens r JOIN auth_sessions s ON s.id = r.session_id WHERE s.user_id = u.id) AS tokens FROM users u WHERE u.id = $1`,
      [learner.id],
    );
    expect(text).not.toContain(secrets.hash);
    for (const token of String(secrets.tokens).split(',')) expect(text).not.toContain(token);
    expect(text).not.toContain(learner.token);
  });

  it('erases me on confirmation (art. 17): held places are given back, records keep their numbers but lose the person', async () => {
    const learner = await actor(t, org.id, { name: 'Bram Weg' });
    const waiting = await actor(t, org.id);
    const future = await bookableSession(t, org.id, { capacity: 1 });
    const past = await bookableSession(t, org.id, {
      capacity: 5,
      startsAt: days(-10),
      endsAt: days(-10 + 0.1),
      enrolmentDeadline: days(-11),
      cancellationDeadline: days(-12),
    });
    const held = (
      await t.http.post(`/api/sessions/${future.sessionId}/enrolments`).set(learner.auth).send({}).expect(201)
    ).body;
    const queued = (
      await t.http.post(`/api/sessions/${future.sessionId}/enrolments`).set(waiting.auth).send({}).expect(201)
    ).body;
    expect(queued.status).toBe('waitlisted');
    await t.dataSource.query(`INSERT INTO enrolments (session_id, user_id, status) VALUES ($1, $2, 'attended')`, [
      past.sessionId,
      learner.id,
    ]);
    await t.http
      .post('/api/knowledge-bank/questions')
      .set(learner.auth)
      .send({ text: 'Een vraag met mijn naam: Bram Weg' })
      .expect(200);

    const wrong = await t.http
      .post('/api/me/erasure')
      .set(learner.auth)
      .send({ confirmEmail: 'iemand@anders.nl' })
      .expect(400);
    expect(wrong.body.errors[0].field).toBe('confirmEmail');
    await t.http.get('/api/me').set(learner.auth).expect(200);

    await t.http
      .post('/api/me/erasure')
      .set(learner.auth)
      .send({ confirmEmail: learner.email.toUpperCase() })
      .expect(204);
    await t.http.get('/api/me').set(learner.auth).expect(401);
    await t.http
      .post('/api/auth/login')
      .send({ email: learner.email, password: 'correct horse battery staple' })
      .expect(401);

    const [user] = await t.dataSource.query(
      `SELECT name, email, organisation_id AS "organisationId" FROM users WHERE id = $1`,
      [learner.id],
    );
    expect(user.name).toBe('Verwijderde gebruiker');
    expect(user.email).not.toContain(learner.email.split('@')[0]);
    expect(user.organisationId).toBe(org.id);
    const rows = await t.dataSource.query(
      `SELECT e.id, e.status FROM enrolments e WHERE e.user_id = $1 ORDER BY e.created_at`,
      [learner.id],
    );
    expect(rows).toEqual([
      { id: held.id, status: 'cancelled' },
      { id: expect.any(String), status: 'attended' },
    ]);
    const [{ status: promoted }] = await t.dataSource.query(`SELECT status FROM enrolments WHERE id = $1`, [queued.id]);
    expect(promoted).not.toBe('waitlisted');
    expect(await t.dataSource.query(`SELECT 1 FROM notifications WHERE user_id = $1`, [learner.id])).toEqual([]);
    const questions = await t.dataSource.query(
      `SELECT text, asked_by_id FROM knowledge_questions WHERE text LIKE '%Bram%' OR asked_by_id = $1`,
      [learner.id],
    );
    expect(questions).toEqual([]);
    // The freed address can be used for a new account later.
    await t.http
      .post('/api/auth/register')
      .send({ name: 'Bram Weg', email: learner.email, password: 'een nieuw wachtwoord' })
      .expect(202);
  });

  it('removes unverified accounts, finished sign-ins and old question texts after their retention periods, and keeps the rest', async () => {
    const stale = await createUser(t.dataSource, org.id);
    await t.dataSource.query(
      `UPDATE users SET email_verified_at = NULL, created_at = now() - interval '31 days' WHERE id = $1`,
      [stale.id],
    );
    const fresh = await createUser(t.dataSource, org.id);
    await t.dataSource.query(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [fresh.id]);
    const old = await createUser(t.dataSource, org.id);
    await login(t, old.email);
    await t.dataSource.query(`UPDATE auth_sessions SET expires_at = now() - interval '91 days' WHERE user_id = $1`, [
      old.id,
    ]);
    const asker = await actor(t, org.id);
    await t.http
      .post('/api/knowledge-bank/questions')
      .set(asker.auth)
      .send({ text: 'Oude vraag over inkoop' })
      .expect(200);
    await t.http
      .post('/api/knowledge-bank/questions')
      .set(asker.auth)
      .send({ text: 'Nieuwe vraag over inkoop' })
      .expect(200);
    await t.dataSource.query(
      `UPDATE knowledge_questions SET created_at = now() - interval '400 days' WHERE text = 'Oude vraag over inkoop'`,
    );

    const result = await t.app.get(PrivacyService).applyRetention();
    expect(result).toMatchObject({ unverifiedAccounts: 1, questionTexts: 1 });
    expect(result.signIns).toBeGreaterThanOrEqual(1);
    const users = (
      await t.dataSource.query(`SELECT id FROM users WHERE id = ANY($1::uuid[])`, [[stale.id, fresh.id]])
    ).map((r: { id: string }) => r.id);
    expect(users).toEqual([fresh.id]);
    expect(await t.dataSource.query(`SELECT 1 FROM auth_sessions WHERE user_id = $1`, [old.id])).toEqual([]);
    const texts = (
      await t.dataSource.query(
        `SELECT text FROM knowledge_questions WHERE created_at > now() - interval '500 days' ORDER BY created_at`,
      )
    ).map((r: { text: string }) => r.text);
    expect(texts).toContain('');
    expect(texts).toContain('Nieuwe vraag over inkoop');
    expect(texts).not.toContain('Oude vraag over inkoop');
  });
});
