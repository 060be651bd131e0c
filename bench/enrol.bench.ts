/**
 * npm run bench:enrol — enrolments per second through the HTTP API, against the same SQL
 * transaction driven straight at PostgreSQL in the same run, and one hot session against
 * enrolments spread over 1,000 sessions, and package enrolments (a programme's cohort of four
 * parts, booked as one) spread over 1,000 cohorts. The last line is one JSON object.
 *
 * BENCH_ENROLMENTS (default 3000) per measurement; BENCH_CONCURRENCY (default 32).
 */
import pg from 'pg';
import { ENROLMENT_SQL } from '#libs/enrolments';
import { combineStatements } from '#libs/jobs';
import { INSERT_NOTIFICATION_SQL } from '#libs/notifications';
import { randomUUID } from 'node:crypto';
import { bulkUsers, postLoad, startBenchApp, throughput, type BenchApp } from './bench-support.js';

const N = Number(process.env.BENCH_ENROLMENTS ?? 3000);
const C = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SPREAD_SESSIONS = 1000;

async function setup(b: BenchApp) {
  const [org] = await b.dataSource.query<{ id: string }[]>(
    `INSERT INTO organisations (slug, name, kind, region) VALUES ('bench', 'Bench', 'overig', 'Utrecht') RETURNING id`,
  );
  const [teacher] = await b.dataSource.query<{ id: string }[]>(
    `INSERT INTO users (email, name, organisation_id, password_hash) VALUES ('teacher@bench.nl', 'Docent', $1, '!') RETURNING id`,
    [org.id],
  );
  const [profile] = await b.dataSource.query<{ id: string }[]>(
    `INSERT INTO teacher_profiles (user_id) VALUES ($1) RETURNING id`,
    [teacher.id],
  );
  const [course] = await b.dataSource.query<{ id: string }[]>(
    `INSERT INTO courses (title, summary, level, duration_hours, format, organisation_id, status, published_at)
     VALUES ('Benchmarkcursus', 'Een cursus om te meten.', 'basis', 3, 'online', $1, 'published', now()) RETURNING id`,
    [org.id],
  );
  await b.dataSource.query(`INSERT INTO course_teachers (course_id, teacher_profile_id) VALUES ($1, $2)`, [
    course.id,
    profile.id,
  ]);
  const sessions = async (n: number, capacity: number): Promise<string[]> =>
    (
      await b.dataSource.query<{ id: string }[]>(
        `INSERT INTO course_sessions (course_id, starts_at, ends_at, online_url, capacity, enrolment_deadline, cancellation_deadline)
         SELECT $1, now() + interval '30 days', now() + interval '30 days 3 hours', 'https://meet.example.nl/x', $3,
                now() + interval '30 days', now() + interval '28 days'
           FROM generate_series(1, $2) RETURNING id`,
        [course.id, n, capacity],
      )
    ).map((r) => r.id);
  /** Cohorts of a published four-part programme: sessions of a course of kind 'programme'. */
  const cohorts = async (n: number, capacity: number): Promise<string[]> => {
    const [programme] = await b.dataSource.query<{ id: string }[]>(
      `INSERT INTO courses (title, summary, level, duration_hours, format, organisation_id, status, published_at, kind)
       VALUES ('Benchmarkprogramma', 'Een programma om te meten.', 'basis', 12, 'online', $1, 'published', now(), 'programme')
       RETURNING id`,
      [org.id],
    );
    await b.dataSource.query(`INSERT INTO programmes (course_id) VALUES ($1)`, [programme.id]);
    await b.dataSource.query(
      `INSERT INTO programme_parts (programme_id, position, title, kind, duration_hours, format)
       SELECT $1, i, 'Deel ' || i, 'plenary', 3, 'online' FROM generate_series(0, 3) i`,
      [programme.id],
    );
    const ids = (
      await b.dataSource.query<{ id: string }[]>(
        `INSERT INTO course_sessions (course_id, starts_at, ends_at, online_url, capacity, enrolment_deadline, cancellation_deadline)
         SELECT $1, now() + interval '30 days', now() + interval '60 days 3 hours', 'https://meet.example.nl/x', $3,
                now() + interval '30 days', now() + interval '28 days'
           FROM generate_series(1, $2) RETURNING id`,
        [programme.id, n, capacity],
      )
    ).map((r) => r.id);
    await b.dataSource.query(
      `INSERT INTO cohorts (session_id, programme_id, name) SELECT id, $1, 'Tranche' FROM unnest($2::uuid[]) id`,
      [programme.id, ids],
    );
    await b.dataSource.query(
      `INSERT INTO cohort_parts (cohort_id, part_id, starts_at, ends_at, online_url)
       SELECT c, pp.id, now() + interval '30 days' + pp.position * interval '10 days',
              now() + interval '30 days 3 hours' + pp.position * interval '10 days', 'https://meet.example.nl/x'
         FROM unnest($2::uuid[]) c CROSS JOIN programme_parts pp WHERE pp.programme_id = $1`,
      [programme.id, ids],
    );
    return ids;
  };
  return { orgId: org.id, sessions, cohorts };
}

/** Package enrolments: one POST books every part of a cohort (audience and overlaps checked). */
function viaHttpPackage(b: BenchApp, users: { token: string }[], cohortFor: (i: number) => string): Promise<number> {
  return postLoad(
    b.baseUrl,
    users.map((u, i) => ({ path: `/api/cohorts/${cohortFor(i)}/enrolments`, token: u.token })),
    C,
  );
}

function viaHttp(b: BenchApp, users: { token: string }[], sessionFor: (i: number) => string): Promise<number> {
  return postLoad(
    b.baseUrl,
    users.map((u, i) => ({ path: `/api/sessions/${sessionFor(i)}/enrolments`, token: u.token })),
    C,
  );
}

/**
 * The statements the enrolment engine runs for one enrolment — the same SQL constants
 * (ENROLMENT_SQL, INSERT_NOTIFICATION_SQL) and pg-boss's own job insert — in the same order and
 * one transaction, straight through `pg`: the "pgbench" side.
 */
async function viaSql(url: string, users: { id: string }[], sessionFor: (i: number) => string): Promise<number> {
  // pg-boss's own insert statement, so the job is written exactly as the API writes it.
  const plansModule = 'pg-boss/src/plans.js';
  const plans = ((await import(plansModule)) as { default: { insertJob(schema: string): string } }).default;
  const insertJob = plans.insertJob('pgboss');
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  const rate = await throughput(users.length, C, async (i) => {
    const client = await pool.connect();
    const sessionId = sessionFor(i);
    const userId = users[i].id;
    try {
      await client.query('BEGIN');
      if (!(await client.query(ENROLMENT_SQL.lockSeats, [sessionId])).rowCount) {
        await client.query(ENROLMENT_SQL.createSeats, [sessionId]);
        await client.query(ENROLMENT_SQL.lockSeats, [sessionId]);
      }
      const [s] = (await client.query<{ capacity: number }>(ENROLMENT_SQL.seatSession, [sessionId, userId])).rows;
      const [d] = (
        await client.query<{ status: string }>(ENROLMENT_SQL.decideAndInsert, [
          sessionId,
          userId,
          s.capacity,
          null,
          null,
          new Date(),
        ])
      ).rows;
      const id = randomUUID();
      const job = combineStatements(
        insertJob,
        [
          null,
          'notification.email',
          { notificationId: id },
          null,
          null,
          id,
          null,
          0,
          'notification.email.dead',
          null,
          null,
          null,
          null,
          8,
          null,
          5,
          null,
          true,
          null,
        ],
        {
          sql: INSERT_NOTIFICATION_SQL,
          values: [
            id,
            userId,
            `enrolment.${d.status}`,
            'Je bent ingeschreven',
            'Je plaats is bevestigd.',
            '/mijn-leren',
            '{}',
            null,
            null,
          ],
        },
      );
      await client.query(job.text, job.values);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
  });
  await pool.end();
  return rate;
}

const b = await startBenchApp();
try {
  const { orgId, sessions, cohorts } = await setup(b);
  const [warm] = await sessions(1, 1_000_000);
  await viaHttp(b, await bulkUsers(b, orgId, 300, 'warm'), () => warm);

  const spread = await sessions(SPREAD_SESSIONS, 20);
  const spreadSql = await sessions(SPREAD_SESSIONS, 20);
  const [hot] = await sessions(1, 20);
  const spreadPerSec = await viaHttp(b, await bulkUsers(b, orgId, N, 'spread'), (i) => spread[i % SPREAD_SESSIONS]);
  const hotPerSec = await viaHttp(b, await bulkUsers(b, orgId, N, 'hot'), () => hot);
  const spreadCohorts = await cohorts(SPREAD_SESSIONS, 20);
  const packagePerSec = await viaHttpPackage(
    b,
    await bulkUsers(b, orgId, N, 'package'),
    (i) => spreadCohorts[i % SPREAD_SESSIONS],
  );
  const sqlPerSec = await viaSql(
    b.databaseUrl,
    await bulkUsers(b, orgId, N, 'sql'),
    (i) => spreadSql[i % SPREAD_SESSIONS],
  );

  const [{ overbooked }] = await b.dataSource.query<[{ overbooked: number }]>(
    `SELECT count(*)::int AS overbooked FROM (
       SELECT s.id FROM course_sessions s JOIN enrolments e ON e.session_id = s.id AND e.status = 'confirmed'
        GROUP BY s.id, s.capacity HAVING count(*) > s.capacity) x`,
  );
  const r = (x: number) => Math.round(x * 10) / 10;
  const result = {
    enrolPerSec: r(spreadPerSec),
    sqlPerSec: r(sqlPerSec),
    ratio: Math.round((spreadPerSec / sqlPerSec) * 100) / 100,
    hotPerSec: r(hotPerSec),
    spreadPerSec: r(spreadPerSec),
    hotVsSpread: Math.round((hotPerSec / spreadPerSec) * 100) / 100,
    overbooked,
    packagePerSec: r(packagePerSec),
    packageVsSpread: Math.round((packagePerSec / spreadPerSec) * 100) / 100,
  };
  console.log(`enrolments per measurement: ${N}, concurrency: ${C}, sessions (spread): ${SPREAD_SESSIONS}`);
  console.log(`HTTP, spread over ${SPREAD_SESSIONS} sessions: ${result.enrolPerSec}/s`);
  console.log(
    `SQL transaction only (same statements, pg driver): ${result.sqlPerSec}/s  → ratio ${result.ratio} (goal ≥ 0.5)`,
  );
  console.log(
    `HTTP, one hot 20-seat session: ${result.hotPerSec}/s  → hot ÷ spread ${result.hotVsSpread} (goal ≥ 0.5)`,
  );
  console.log(
    `HTTP, package enrolments over ${SPREAD_SESSIONS} four-part cohorts: ${result.packagePerSec}/s  → package ÷ spread ${result.packageVsSpread}`,
  );
  console.log(`sessions overbooked: ${overbooked}`);
  console.log(JSON.stringify(result));
} finally {
  await b.close();
}
