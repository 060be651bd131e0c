import type { TestApp } from './app.js';
import { type Actor, actor, createCourse, createSession, days } from './factories.js';

/** One part of a fixture programme: its kind, whether guests may come, and the cohort part's dates. */
export interface FixturePart {
  title: string;
  kind: 'plenary' | 'group_meeting' | 'elective' | 'intervision';
  allowsGuests?: boolean;
  guestCapacity?: number;
  /** Days from now. */
  startsInDays: number;
}

export interface ProgrammeFixture {
  programmeId: string;
  cohortId: string;
  /** Cohort part ids, in the order given. */
  partIds: string[];
}

/**
 * A published programme with one cohort and its parts, written straight into the tables (the
 * specs of the sub-areas test their own rules, not the making of programmes). Enrol people with
 * `confirm`, and name staff with `staff`.
 */
export async function programmeWithCohort(
  t: TestApp,
  organisationId: string,
  parts: FixturePart[],
  title = 'Samen in Beleid',
): Promise<ProgrammeFixture> {
  const course = await createCourse(t.dataSource, organisationId, [], { title });
  await t.dataSource.query(`UPDATE courses SET kind = 'programme' WHERE id = $1`, [course.id]);
  await t.dataSource.query(`INSERT INTO programmes (course_id) VALUES ($1)`, [course.id]);
  const first = Math.min(...parts.map((p) => p.startsInDays));
  const last = Math.max(...parts.map((p) => p.startsInDays));
  const session = await createSession(t.dataSource, course.id, {
    startsAt: days(first),
    endsAt: new Date(days(last).getTime() + 4 * 3600_000),
    capacity: 30,
  });
  await t.dataSource.query(`INSERT INTO cohorts (session_id, programme_id, name) VALUES ($1, $2, 'Tranche 1')`, [
    session.id,
    course.id,
  ]);
  const partIds: string[] = [];
  for (const [i, p] of parts.entries()) {
    const [pp] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO programme_parts (programme_id, position, title, kind, duration_hours, format, allows_guests)
       VALUES ($1, $2, $3, $4, 4, 'klassikaal', $5) RETURNING id`,
      [course.id, i + 1, p.title, p.kind, p.allowsGuests ?? false],
    );
    const startsAt = days(p.startsInDays);
    const [cp] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO cohort_parts (cohort_id, part_id, starts_at, ends_at, venue_name, city, guest_capacity)
       VALUES ($1, $2, $3, $4, 'Het Platform', 'Utrecht', $5) RETURNING id`,
      [session.id, pp.id, startsAt, new Date(startsAt.getTime() + 4 * 3600_000), p.guestCapacity ?? 0],
    );
    partIds.push(cp.id);
  }
  return { programmeId: course.id, cohortId: session.id, partIds };
}

/** Confirmed participants of the cohort (enrolments written directly). */
export async function confirm(t: TestApp, cohortId: string, people: { id: string }[]): Promise<void> {
  for (const p of people)
    await t.dataSource.query(`INSERT INTO enrolments (session_id, user_id, status) VALUES ($1, $2, 'confirmed')`, [
      cohortId,
      p.id,
    ]);
}

export async function staff(
  t: TestApp,
  cohortId: string,
  person: { id: string },
  role: 'organiser' | 'trainer' | 'versneller',
): Promise<void> {
  await t.dataSource.query(`INSERT INTO cohort_staff (cohort_id, user_id, role) VALUES ($1, $2, $3)`, [
    cohortId,
    person.id,
    role,
  ]);
}

/** Signed-in people of one organisation, named. */
export async function people(t: TestApp, organisationId: string, names: string[]): Promise<Actor[]> {
  const out: Actor[] = [];
  for (const name of names) out.push(await actor(t, organisationId, { name }));
  return out;
}
