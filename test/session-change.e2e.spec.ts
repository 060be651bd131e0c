import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SESSION_CHANGED_JOB } from '#libs/catalogue';
import { JobQueue } from '#libs/jobs';
import { EMAIL_JOB, formatDateTime } from '#libs/notifications';
import { createTestApp, type TestApp } from './support/app.js';
import {
  actor,
  bookableSession,
  createOrganisation,
  daysFromNow,
  type Actor,
  type OrgRow,
} from './support/factories.js';

/** Issue #15 item 1: a teacher changes a session; its participants hear what changed and their calendar follows. */
describe('A changed session', () => {
  let t: TestApp;
  let org: OrgRow;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource, { slug: 'minbzk', emailDomains: ['minbzk.nl'] });
  });
  afterAll(() => t.close());

  type Item = { id: string; kind: string; title: string; body: string };
  const changes = async (who: Actor): Promise<Item[]> =>
    (await t.http.get('/api/me/notifications').set(who.auth).expect(200)).body.items.filter(
      (n: Item) => n.kind === 'session.changed',
    );
  const enrol = (who: Actor, sessionId: string) =>
    t.http.post(`/api/sessions/${sessionId}/enrolments`).set(who.auth).send({}).expect(201);
  /** The session.changed jobs enqueued for a session (jobs do not run in the test app). */
  const changeJobs = async (sessionId: string): Promise<{ data: Record<string, unknown> }[]> =>
    t.dataSource.query(`SELECT data FROM pgboss.job WHERE name = $1 AND data->>'sessionId' = $2`, [
      SESSION_CHANGED_JOB,
      sessionId,
    ]);
  const runChangeJobs = async (sessionId: string) => {
    for (const job of await changeJobs(sessionId)) await t.app.get(JobQueue).runNow(SESSION_CHANGED_JOB, job.data);
  };
  const mailOf = async (notificationId: string) => {
    await t.app.get(JobQueue).runNow(EMAIL_JOB, { notificationId });
    const file = path.resolve(t.config.MAIL_DIR, `${notificationId}.eml`);
    expect(existsSync(file)).toBe(true);
    return readFileSync(file, 'utf8').replace(/=\r?\n/g, '');
  };
  const seq = (ics: string) => Number(/SEQUENCE:(\d+)/.exec(ics)![1]);
  const dtstart = (iso: string) => `DTSTART:${iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;

  it('tells every participant who holds or waits for a seat, in their language, and moves their calendar event', async () => {
    const { sessionId, teacher } = await bookableSession(t, org.id, { capacity: 2 });
    const gone = await actor(t, org.id, { name: 'Gert Weg' });
    const dutch = await actor(t, org.id, { name: 'Sanne de Vries' });
    const english = await actor(t, org.id, { name: 'Jane Doe' });
    const waiting = await actor(t, org.id, { name: 'Wim Wacht' });
    await t.http.put('/api/me/preferences').set(english.auth).send({ language: 'en' }).expect(200);
    const cancelled = (await enrol(gone, sessionId)).body;
    await t.http.post(`/api/enrolments/${cancelled.id}/cancel`).set(gone.auth).send({ reason: 'ziekte' }).expect(200);
    const mine = (await enrol(dutch, sessionId)).body;
    await enrol(english, sessionId);
    expect((await enrol(waiting, sessionId)).body.status).toBe('waitlisted');
    const before = (await t.http.get(`/api/enrolments/${mine.id}/calendar.ics`).set(dutch.auth).expect(200)).text;

    const startsAt = daysFromNow(21, 12);
    const endsAt = daysFromNow(21, 15);
    const res = await t.http
      .patch(`/api/sessions/${sessionId}`)
      .set(teacher.auth)
      .send({ startsAt, endsAt, venueName: 'Provinciehuis, zaal 3', address: 'Luttenbergstraat 2', city: 'Zwolle' })
      .expect(200);
    expect(res.body).toMatchObject({ startsAt, venueName: 'Provinciehuis, zaal 3', city: 'Zwolle' });
    expect(await changeJobs(sessionId)).toHaveLength(1);
    await runChangeJobs(sessionId);

    const [nl] = await changes(dutch);
    expect(await changes(dutch)).toHaveLength(1);
    expect(nl.title).toMatch(/^Bijeenkomst gewijzigd: /);
    expect(nl.body).toContain(formatDateTime(startsAt, 'nl'));
    expect(nl.body).toContain('Provinciehuis, zaal 3, Luttenbergstraat 2, Zwolle');
    expect(nl.body).toMatch(/Plaats: Zaal 1, Utrecht → Provinciehuis/);
    const [en] = await changes(english);
    expect(await changes(english)).toHaveLength(1);
    expect(en.title).toMatch(/^Session changed: /);
    expect(en.body).toContain(formatDateTime(startsAt, 'en'));
    expect(en.body).toContain('Place: Zaal 1, Utrecht → Provinciehuis, zaal 3');
    expect(en.body).not.toMatch(/gewijzigd|Plaats/);
    expect(await changes(waiting)).toHaveLength(1);
    expect(await changes(gone)).toHaveLength(0);

    const dutchMail = await mailOf(nl.id);
    expect(dutchMail).toMatch(/Subject: Bijeenkomst gewijzigd: /);
    expect(dutchMail).toContain('Provinciehuis, zaal 3');
    const englishMail = await mailOf(en.id);
    expect(englishMail).toMatch(/Subject: Session changed: /);
    expect(englishMail).toContain('Provinciehuis, zaal 3');

    const after = (await t.http.get(`/api/enrolments/${mine.id}/calendar.ics`).set(dutch.auth).expect(200)).text;
    expect(after).toContain(`UID:${mine.id}@collegiaal`);
    expect(after).toContain(dtstart(startsAt));
    expect(after).not.toContain(/DTSTART[^\r\n]*/.exec(before)![0]);
    expect(after).toMatch(/LOCATION:Provinciehuis/);
    expect(seq(after)).toBeGreaterThan(seq(before));
  });

  it('names a changed online link, and tells nobody of a change of capacity only or of a PATCH that changes nothing', async () => {
    const { sessionId, teacher } = await bookableSession(
      t,
      org.id,
      { capacity: 4, onlineUrl: 'https://meet.example.nl/oud' },
      { format: 'hybride' },
    );
    const a = await actor(t, org.id);
    const e = (await enrol(a, sessionId)).body;
    const before = (await t.http.get(`/api/enrolments/${e.id}/calendar.ics`).set(a.auth).expect(200)).text;
    const session = (
      await t.http.patch(`/api/sessions/${sessionId}`).set(teacher.auth).send({ capacity: 6 }).expect(200)
    ).body;
    expect(session.capacity).toBe(6);
    await t.http
      .patch(`/api/sessions/${sessionId}`)
      .set(teacher.auth)
      .send({ startsAt: session.startsAt, venueName: session.venueName, onlineUrl: session.onlineUrl })
      .expect(200);
    expect(await changeJobs(sessionId)).toHaveLength(0);
    expect(await changes(a)).toHaveLength(0);
    const same = (await t.http.get(`/api/enrolments/${e.id}/calendar.ics`).set(a.auth).expect(200)).text;
    expect(seq(same)).toBe(seq(before));

    await t.http
      .patch(`/api/sessions/${sessionId}`)
      .set(teacher.auth)
      .send({ onlineUrl: 'https://meet.example.nl/nieuw' })
      .expect(200);
    await runChangeJobs(sessionId);
    const [n] = await changes(a);
    expect(n.body).toContain('Online link: https://meet.example.nl/oud → https://meet.example.nl/nieuw');
    expect(n.body).not.toMatch(/Datum en tijd|Plaats:/);
    const moved = (await t.http.get(`/api/enrolments/${e.id}/calendar.ics`).set(a.auth).expect(200)).text;
    expect(seq(moved)).toBeGreaterThan(seq(before));
  });

  it('refuses bad input with a 400 and changes nothing, telling nobody', async () => {
    const { sessionId, teacher } = await bookableSession(t, org.id);
    const a = await actor(t, org.id);
    await enrol(a, sessionId);
    const res = await t.http
      .patch(`/api/sessions/${sessionId}`)
      .set(teacher.auth)
      .send({ startsAt: daysFromNow(30, 12), endsAt: daysFromNow(30, 9), city: 'Zwolle' })
      .expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'endsAt' })]);
    expect(await changeJobs(sessionId)).toHaveLength(0);
    expect(await changes(a)).toHaveLength(0);
  });
});
