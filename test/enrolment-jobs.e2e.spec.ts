import { JobQueue } from '#libs/jobs';
import { EMAIL_JOB } from '#libs/notifications';
import { createTestApp, type TestApp } from './support/app.js';
import { actor, bookableSession, createOrganisation, type Actor } from './support/factories.js';

/** With workers running (RUN_JOBS_IN_API=true), as in production. One app per file: passport is process-global. */
describe('Background jobs in the API process', () => {
  let w: TestApp;
  beforeAll(async () => {
    w = await createTestApp({ RUN_JOBS_IN_API: 'true' });
  });
  afterAll(() => w.close());

  async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 20_000): Promise<T> {
    const deadline = Date.now() + ms;
    let value = await read();
    while (!done(value) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      value = await read();
    }
    return value;
  }

  it('expires an offer in a pg-boss job, which passes the seat on', async () => {
    const o = await createOrganisation(w.dataSource);
    const { sessionId } = await bookableSession(w, o.id, { capacity: 1 });
    const [a, b, c] = await Promise.all([actor(w, o.id), actor(w, o.id), actor(w, o.id)]);
    const post = (who: Actor) => w.http.post(`/api/sessions/${sessionId}/enrolments`).set(who.auth).send({});
    const ea = (await post(a).expect(201)).body;
    const eb = (await post(b).expect(201)).body;
    const ec = (await post(c).expect(201)).body;
    await w.http.post(`/api/enrolments/${ea.id}/cancel`).set(a.auth).send({ reason: 'ziekte' }).expect(200);
    await w.dataSource.query(`UPDATE enrolments SET offer_expires_at = now() WHERE id = $1`, [eb.id]);
    await w.app.get(JobQueue).enqueue('enrolment.expire-holds', { sessionId });
    const states = await until(
      async () =>
        (
          await w.dataSource.query(
            `SELECT status::text FROM enrolments WHERE id = ANY($1::uuid[]) ORDER BY created_at`,
            [[eb.id, ec.id]],
          )
        ).map((r: { status: string }) => r.status),
      (s) => s[0] === 'expired',
    );
    expect(states).toEqual(['expired', 'offered']);
    const history = (await w.http.get(`/api/enrolments/${eb.id}/history`).set(b.auth).expect(200)).body;
    expect(history.at(-1)).toMatchObject({
      fromStatus: 'offered',
      toStatus: 'expired',
      actorId: null,
      reason: 'offer_expired',
    });
  });

  it('e-mails every notification through the e-mail job, without a request', async () => {
    const o = await createOrganisation(w.dataSource);
    const { sessionId } = await bookableSession(w, o.id);
    const a = await actor(w, o.id);
    await w.http.post(`/api/sessions/${sessionId}/enrolments`).set(a.auth).send({}).expect(201);
    const sent = await until(
      async () =>
        (await w.dataSource.query(`SELECT email_sent_at FROM notifications WHERE user_id = $1`, [a.id]))[0]
          ?.email_sent_at,
      (v) => !!v,
    );
    expect(sent).toBeInstanceOf(Date);
    const stats = await w.app.get(JobQueue).stats();
    expect(stats.find((s) => s.name === EMAIL_JOB)).toMatchObject({ failed: 0, dead: 0 });
  });
});
