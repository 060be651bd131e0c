import { createTestApp, type TestApp } from './support/app.js';
import { actor, bookableSession, bulkActors, createOrganisation } from './support/factories.js';

/**
 * G1: 500 people enrol at the same moment in a 20-seat session. The control run takes the
 * session lock out (a test-only switch) and must overbook, which proves this test can fail.
 */
async function stampede(t: TestApp, people = 500, seats = 20) {
  const org = await createOrganisation(t.dataSource);
  const { sessionId } = await bookableSession(t, org.id, { capacity: seats });
  const actors = await bulkActors(t, org.id, people);
  const responses = await Promise.all(
    actors.map((a) =>
      t.http
        .post(`/api/sessions/${sessionId}/enrolments`)
        .set(a.auth)
        .send({})
        .then((r) => ({ status: r.status, body: r.body })),
    ),
  );
  const rows: { status: string; position: number | null }[] = await t.dataSource.query(
    `SELECT status::text, CASE WHEN status = 'waitlisted' THEN (
        SELECT count(*)::int FROM enrolments w WHERE w.session_id = e.session_id AND w.status = 'waitlisted' AND w.queue_number <= e.queue_number) END AS position
       FROM enrolments e WHERE session_id = $1`,
    [sessionId],
  );
  return { responses, rows };
}

describe('500 simultaneous enrolments for 20 seats', () => {
  it('confirm exactly 20 and waitlist 480 at distinct positions 1…480, without a server error', async () => {
    const t = await createTestApp();
    try {
      const { responses, rows } = await stampede(t);
      expect(responses.filter((r) => r.status >= 500)).toEqual([]);
      expect(responses.every((r) => r.status === 201)).toBe(true);
      expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(20);
      const positions = rows
        .filter((r) => r.status === 'waitlisted')
        .map((r) => r.position!)
        .sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 480 }, (_, i) => i + 1));
      // What each person was told matches the database.
      const told = responses
        .filter((r) => r.body.status === 'waitlisted')
        .map((r) => r.body.position)
        .sort((a: number, b: number) => a - b);
      expect(told).toEqual(positions);
    } finally {
      await t.close();
    }
  });

  it('control: without the session lock the same load overbooks (so the test above can fail)', async () => {
    const t = await createTestApp({ TEST_DISABLE_ENROLMENT_LOCK: 'true' });
    try {
      const { rows } = await stampede(t);
      expect(rows.filter((r) => r.status === 'confirmed').length).toBeGreaterThan(20);
    } finally {
      await t.close();
    }
  });
});

describe('Enrolments waiting for the seat lock', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /**
   * Holds the session's seat lock in a transaction of its own that also changes the session
   * (as the catalogue's capacity change and cancellation do), sends enrolments that must wait
   * for it, then commits: the waiting decisions must see the change.
   */
  async function whileLocked(sessionId: string, change: string, people: number) {
    const holder = t.dataSource.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      await holder.query(`SELECT 1 FROM session_seats WHERE session_id = $1 FOR UPDATE`, [sessionId]);
      await holder.query(`UPDATE course_sessions SET ${change} WHERE id = $1`, [sessionId]);
      const org = await createOrganisation(t.dataSource);
      const waiting = await Promise.all(Array.from({ length: people }, () => actor(t, org.id)));
      const answers = Promise.all(
        waiting.map((a) => t.http.post(`/api/sessions/${sessionId}/enrolments`).set(a.auth).send({})),
      );
      const deadline = Date.now() + 4000;
      for (;;) {
        const [{ n }] = await t.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
        );
        if (n >= people || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      await holder.commitTransaction();
      return await answers;
    } finally {
      await holder.release();
    }
  }

  const statuses = async (sessionId: string) =>
    (
      await t.dataSource.query<{ status: string }[]>(`SELECT status::text FROM enrolments WHERE session_id = $1`, [
        sessionId,
      ])
    ).map((r) => r.status);

  it('see a capacity lowered while they waited: only the new number is confirmed', async () => {
    const org = await createOrganisation(t.dataSource);
    const { sessionId } = await bookableSession(t, org.id, { capacity: 5 });
    const first = await actor(t, org.id);
    await t.http.post(`/api/sessions/${sessionId}/enrolments`).set(first.auth).send({}).expect(201);

    const answers = await whileLocked(sessionId, 'capacity = 2', 4);

    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const all = await statuses(sessionId);
    expect(all.filter((s) => s === 'confirmed')).toHaveLength(2);
    expect(all.filter((s) => s === 'waitlisted')).toHaveLength(3);
  });

  it('see a cancellation committed while they waited: nobody gets a place', async () => {
    const org = await createOrganisation(t.dataSource);
    const { sessionId } = await bookableSession(t, org.id, { capacity: 5 });
    const first = await actor(t, org.id);
    await t.http.post(`/api/sessions/${sessionId}/enrolments`).set(first.auth).send({}).expect(201);
    // The first decision made the seat row the holder locks; that place is given back beforehand.
    await t.dataSource.query(`UPDATE enrolments SET status = 'cancelled' WHERE session_id = $1`, [sessionId]);

    const answers = await whileLocked(sessionId, `status = 'cancelled'`, 3);

    expect(answers.map((r) => r.status)).toEqual([409, 409, 409]);
    expect(answers.map((r) => (r.body as { code: string }).code)).toEqual(Array(3).fill('SESSION_CANCELLED'));
    expect(await statuses(sessionId)).toEqual(['cancelled']);
  });
});
