/**
 * npm run bench:catalogue — the public catalogue list with 50,000 published courses (BENCH_COURSES)
 * and three sessions each: p50/p95 per filter combination through HTTP, against the p95 of the
 * lightest request that also touches the database (GET /api/health) in the same run. Every list
 * carries its facet counts. A list's order, total and facet counts are computed once per query and
 * data version (CatalogueSnapshots); the first, cold request of each combination is printed on its
 * own, the timed runs read the same data again. Each combination prints its total and number of
 * facet options. The last line is one JSON object.
 */
import { percentile, startBenchApp } from './bench-support.js';

const COURSES = Number(process.env.BENCH_COURSES ?? 50_000);
const RUNS = 60;

const b = await startBenchApp();
try {
  const [org] = await b.dataSource.query<{ id: string }[]>(
    `INSERT INTO organisations (slug, name, kind, region) VALUES ('bench', 'Bench', 'overig', 'Utrecht') RETURNING id`,
  );
  const [u] = await b.dataSource.query<{ id: string }[]>(
    `INSERT INTO users (email, name, organisation_id, password_hash) VALUES ('t@bench.nl', 'Docent', $1, '!') RETURNING id`,
    [org.id],
  );
  const [tp] = await b.dataSource.query<{ id: string }[]>(
    `INSERT INTO teacher_profiles (user_id) VALUES ($1) RETURNING id`,
    [u.id],
  );
  const started = Date.now();
  // Making the data is not what is measured: its bulk inserts (audited row by row) may take
  // longer than the API's statement timeout on a slow machine.
  const setup = b.dataSource.createQueryRunner();
  await setup.query('SET statement_timeout = 0');
  await setup.query(
    `INSERT INTO courses (title, summary, topics, topic_keys, level, duration_hours, format, language, organisation_id, status, published_at)
     SELECT 'Cursus ' || g, 'Een korte collegiale cursus.', ARRAY[t1, t2], ARRAY[lower(t1), lower(t2)],
            (ARRAY['basis','verdieping','expert'])[1 + g % 3]::course_level, 3, (ARRAY['klassikaal','online','hybride'])[1 + g % 3]::course_format,
            CASE WHEN g % 10 = 0 THEN 'en' ELSE 'nl' END, $1, 'published', now() - (g || ' minutes')::interval
       FROM generate_series(1, $2) g,
            LATERAL (SELECT (ARRAY['Woo','AVG','Omgevingswet','inkoop','subsidies','integriteit','Excel','presenteren'])[1 + g % 8] AS t1,
                            'onderwerp-' || (g % 500) AS t2) t`,
    [org.id, COURSES],
  );
  await setup.query(`INSERT INTO course_teachers (course_id, teacher_profile_id) SELECT id, $1 FROM courses`, [tp.id]);
  await setup.query(
    `INSERT INTO course_sessions (course_id, starts_at, ends_at, city, region, venue_name, capacity, enrolment_deadline, cancellation_deadline)
     SELECT c.id, now() + ((k * 20 + (abs(hashtext(c.id::text)) % 20)) || ' days')::interval, now() + ((k * 20 + (abs(hashtext(c.id::text)) % 20)) || ' days 3 hours')::interval,
            'Utrecht', (ARRAY['Utrecht','Gelderland','Zuid-Holland','Overijssel','Limburg'])[1 + abs(hashtext(c.id::text || k)) % 5], 'Zaal', 16,
            now() + ((k * 20 + (abs(hashtext(c.id::text)) % 20)) || ' days')::interval, now() + ((k * 20) || ' days')::interval
       FROM courses c, generate_series(1, 3) k`,
  );
  // A quarter of the sessions full, the rest with 3 of 16 seats taken (enrolments' seat cache).
  await setup.query(
    `INSERT INTO session_seats (session_id, seats_taken)
     SELECT id, CASE WHEN abs(hashtext(id::text)) % 4 = 0 THEN 16 ELSE 3 END FROM course_sessions`,
  );
  await setup.query('RESET statement_timeout');
  await setup.release();
  await b.dataSource.query('ANALYZE');
  console.log(
    `made ${COURSES} courses with ${COURSES * 3} sessions in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const from = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const combos: Record<string, string> = {
    'no filters (next session)': '',
    topic: 'topic=woo',
    'topic + format + level': 'topic=avg&format=online&level=verdieping',
    'region + free seats': 'region=Gelderland&freeSeats=true',
    'period + region + free seats': `from=${from}&to=${to}&region=Utrecht&freeSeats=true`,
    'sort by title, page 50': 'sort=title&page=50',
    'newest, language en': 'sort=newest&language=en',
    // Facet counts come with every list (issue #13 item 7); these two also name a region in a
    // common form and let online sessions count.
    'region alias + online': 'region=utrecht&includeOnline=true',
    'region + topic + format': 'region=Zuid%20Holland&topic=excel&format=hybride',
  };
  const time = async (url: string) => {
    const t0 = performance.now();
    const res = await fetch(`${b.baseUrl}${url}`);
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    await res.arrayBuffer();
    return performance.now() - t0;
  };
  const health: number[] = [];
  for (let i = 0; i < RUNS; i++) health.push(await time('/api/health'));
  const results: Record<string, { p50Ms: number; p95Ms: number }> = {};
  const r = (x: number) => Math.round(x * 10) / 10;
  for (const [name, q] of Object.entries(combos)) {
    const ms: number[] = [];
    const cold = await time(`/api/catalogue/courses?${q}`);
    for (let i = 0; i < RUNS; i++) ms.push(await time(`/api/catalogue/courses?${q}`));
    results[name] = { p50Ms: r(percentile(ms, 50)), p95Ms: r(percentile(ms, 95)) };
    const page = (await (await fetch(`${b.baseUrl}/api/catalogue/courses?${q}`)).json()) as {
      total: number;
      facets: Record<string, unknown[] | number>;
    };
    const options = Object.values(page.facets).reduce<number>((n, f) => n + (Array.isArray(f) ? f.length : 1), 0);
    console.log(`${''.padEnd(32)} total ${page.total}, facet options ${options}, cold ${r(cold)} ms`);
    console.log(`${name.padEnd(32)} p50 ${results[name].p50Ms} ms  p95 ${results[name].p95Ms} ms`);
  }
  const worstP95 = Math.max(...Object.values(results).map((x) => x.p95Ms));
  const healthP95 = r(percentile(health, 95));
  console.log(`GET /api/health p95 ${healthP95} ms; worst catalogue p95 ${worstP95} ms`);
  console.log(
    JSON.stringify({
      courses: COURSES,
      worstP95Ms: worstP95,
      healthP95Ms: healthP95,
      ratio: Math.round((worstP95 / healthP95) * 10) / 10,
      results,
    }),
  );
} finally {
  await b.close();
}
