import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EMAIL_JOB } from '#libs/notifications';
import { JobQueue } from '#libs/jobs';
import { createTestApp, type TestApp } from './support/app.js';
import { mailsTo } from './support/mail.js';
import { actor, bookableSession, createOrganisation, type Actor, type OrgRow } from './support/factories.js';

describe('Messages in the recipient’s language', () => {
  let t: TestApp;
  let org: OrgRow;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource, { slug: 'minbzk', emailDomains: ['minbzk.nl'] });
  });
  afterAll(() => t.close());

  const inbox = async (who: Actor) => (await t.http.get('/api/me/notifications').set(who.auth).expect(200)).body;
  const choose = (who: Actor, language: unknown) => t.http.put('/api/me/preferences').set(who.auth).send({ language });
  const mailOf = async (notificationId: string) => {
    await t.app.get(JobQueue).runNow(EMAIL_JOB, { notificationId });
    const file = path.resolve(t.config.MAIL_DIR, `${notificationId}.eml`);
    expect(existsSync(file)).toBe(true);
    return readFileSync(file, 'utf8').replace(/=\r?\n/g, '');
  };

  it('is Dutch unless chosen otherwise, and GET /me says which language was chosen', async () => {
    const a = await actor(t, org.id);
    expect((await t.http.get('/api/me').set(a.auth).expect(200)).body.language).toBe('nl');
    const saved = (await choose(a, 'en').expect(200)).body;
    expect(saved).toMatchObject({ id: a.id, language: 'en' });
    expect((await t.http.get('/api/me').set(a.auth).expect(200)).body.language).toBe('en');
  });

  it('gives the same event in English to a user who chose English and in Dutch to a Dutch user, in-app and by e-mail', async () => {
    const { sessionId } = await bookableSession(t, org.id, { capacity: 5 });
    const dutch = await actor(t, org.id, { name: 'Sanne de Vries' });
    const english = await actor(t, org.id, { name: 'Jane Doe' });
    await choose(english, 'en').expect(200);
    for (const who of [dutch, english])
      await t.http.post(`/api/sessions/${sessionId}/enrolments`).set(who.auth).send({}).expect(201);

    const [nl] = (await inbox(dutch)).items;
    const [en] = (await inbox(english)).items;
    expect(nl).toMatchObject({ kind: 'enrolment.confirmed', title: expect.stringMatching(/^Je bent ingeschreven: /) });
    expect(nl.body).toMatch(/is bevestigd/);
    expect(en).toMatchObject({ kind: 'enrolment.confirmed', title: expect.stringMatching(/^You are enrolled: /) });
    expect(en.body).toMatch(/is confirmed/);
    expect(en.title.replace('You are enrolled: ', '')).toBe(nl.title.replace('Je bent ingeschreven: ', ''));

    const dutchMail = await mailOf(nl.id);
    expect(dutchMail).toMatch(/Beste Sanne de Vries/);
    expect(dutchMail).toContain('Content-Language: nl-NL');
    expect(dutchMail).toMatch(/Met collegiale groet/);
    const englishMail = await mailOf(en.id);
    expect(englishMail).toMatch(/Dear Jane Doe/);
    expect(englishMail).toContain('Content-Language: en-GB');
    expect(englishMail).toMatch(/Subject: You are enrolled: /);
    expect(englishMail).toMatch(/Kind regards/);
    expect(englishMail).not.toMatch(/Beste|ingeschreven/);
  });

  it('re-renders earlier notifications when the preference changes, and keeps older rows readable', async () => {
    const { sessionId } = await bookableSession(t, org.id);
    const a = await actor(t, org.id);
    await t.http.post(`/api/sessions/${sessionId}/enrolments`).set(a.auth).send({}).expect(201);
    // A row from before the catalogues: no code, only the stored Dutch text.
    await t.dataSource.query(
      `INSERT INTO notifications (user_id, kind, title, body) VALUES ($1, 'legacy', 'Oude melding', 'Tekst van toen')`,
      [a.id],
    );
    const before = (await inbox(a)).items;
    expect(before.map((n: { title: string }) => n.title)).toEqual(
      expect.arrayContaining(['Oude melding', expect.stringMatching(/^Je bent ingeschreven/)]),
    );

    await choose(a, 'en').expect(200);
    const after = (await inbox(a)).items;
    expect(after.map((n: { id: string }) => n.id)).toEqual(before.map((n: { id: string }) => n.id));
    const enrolment = after.find((n: { kind: string }) => n.kind === 'enrolment.confirmed');
    expect(enrolment.title).toMatch(/^You are enrolled: /);
    expect(after.find((n: { kind: string }) => n.kind === 'legacy')).toMatchObject({
      title: 'Oude melding',
      body: 'Tekst van toen',
    });

    await choose(a, 'nl').expect(200);
    const back = (await inbox(a)).items.find((n: { kind: string }) => n.kind === 'enrolment.confirmed');
    expect(back.title).toMatch(/^Je bent ingeschreven/);
  });

  it('exports the chosen language and each notification’s code and parameters with the personal data', async () => {
    const { sessionId } = await bookableSession(t, org.id);
    const a = await actor(t, org.id);
    await choose(a, 'en').expect(200);
    await t.http.post(`/api/sessions/${sessionId}/enrolments`).set(a.auth).send({}).expect(201);
    const data = (await t.http.get('/api/me/personal-data').set(a.auth).expect(200)).body;
    expect(data.identity.account.language).toBe('en');
    expect(data.notifications).toEqual([
      expect.objectContaining({
        kind: 'enrolment.confirmed',
        code: 'enrolment.confirmed',
        params: expect.objectContaining({ courseTitle: expect.any(String), startsAt: expect.any(String) }),
      }),
    ]);
  });

  it('refuses a language it does not write with a problem+json 400, and changes nothing', async () => {
    const a = await actor(t, org.id);
    await choose(a, 'en').expect(200);
    for (const bad of ['de', 'EN', '', 42, null]) {
      const res = await choose(a, bad).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 400, code: expect.any(String) });
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'language' })]);
    }
    await t.http.put('/api/me/preferences').set(a.auth).send({}).expect(400);
    await t.http.put('/api/me/preferences').send({ language: 'nl' }).expect(401);
    expect((await t.http.get('/api/me').set(a.auth).expect(200)).body.language).toBe('en');
  });

  it('writes the verification mail of a sign-up in the language the browser asks for', async () => {
    await t.http
      .post('/api/auth/register')
      .set('Accept-Language', 'en-GB,en;q=0.9,nl;q=0.8')
      .send({ name: 'Alex Smith', email: 'alex.smith@minbzk.nl', password: 'a long enough password' })
      .expect(202);
    const [row] = await t.dataSource.query(
      `SELECT v.id FROM email_verifications v JOIN users u ON u.id = v.user_id WHERE u.email = $1`,
      ['alex.smith@minbzk.nl'],
    );
    const { AuthService } = await import('#libs/identity');
    await t.app.get(AuthService).deliverVerification(row.id);
    const [mail] = await mailsTo(t, 'alex.smith@minbzk.nl');
    expect(mail).toMatch(/Subject: Confirm your e-mail address for Collegiaal/);
    expect(mail).toMatch(/Dear Alex Smith/);
  });
});
