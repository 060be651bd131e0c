import { createTestApp, type TestApp } from './support/app.js';
import { bookableSession, bulkActors, createOrganisation } from './support/factories.js';

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
