import type { TestApp } from './support/app.js';
import { createSession, days, type Actor } from './support/factories.js';

/** Another cohort of a fixture programme, written straight into the tables like programmeWithCohort's. */
export async function addCohort(t: TestApp, programmeId: string, name: string, startsInDays: number): Promise<string> {
  const s = await createSession(t.dataSource, programmeId, {
    startsAt: days(startsInDays),
    endsAt: days(startsInDays + 30),
    capacity: 30,
  });
  await t.dataSource.query(`INSERT INTO cohorts (session_id, programme_id, name) VALUES ($1, $2, $3)`, [
    s.id,
    programmeId,
    name,
  ]);
  return s.id;
}

/**
 * Attended enrolments of these people, the first `scores.length` with an evaluation (written
 * directly: the evaluations spec tests answering).
 */
export async function answered(
  t: TestApp,
  cohortId: string,
  who: Actor[],
  scores: [number, number, number][],
): Promise<void> {
  for (const [i, person] of who.entries()) {
    const [e] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO enrolments (session_id, user_id, status) VALUES ($1, $2, 'attended') RETURNING id`,
      [cohortId, person.id],
    );
    const s = scores.at(i);
    if (!s) continue;
    await t.dataSource.query(
      `INSERT INTO evaluations (enrolment_id, session_id, course_id, overall, usefulness, teacher)
       SELECT $1, $2, course_id, $3, $4, $5 FROM course_sessions WHERE id = $2`,
      [e.id, cohortId, ...s],
    );
  }
}
