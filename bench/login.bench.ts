/**
 * npm run bench:login — password hashing must not starve the server: the p95 of GET /api/health
 * while 40 wrong log-ins run at once (each for another account from another address, so the
 * back-off refuses none of them and every one costs a full argon2 verification), against the
 * p95 of the same request on an idle server in the same run. Goal: ratio ≤ 5. The last line is
 * one JSON object.
 */
import { percentile, startBenchApp } from './bench-support.js';

const PARALLEL = 40;
const BURSTS = 5;
const IDLE_RUNS = 100;

const b = await startBenchApp();
try {
  const [org] = await b.dataSource.query<{ id: string }[]>(
    `INSERT INTO organisations (slug, name, kind, region) VALUES ('bench', 'Bench', 'overig', 'Utrecht') RETURNING id`,
  );
  // Real argon2 hashes, so a wrong password is a full verification (an unknown account costs the same).
  const hash = await (
    await import('argon2')
  ).default.hash('het echte wachtwoord', { type: (await import('argon2')).default.argon2id });
  await b.dataSource.query(
    `INSERT INTO users (email, name, organisation_id, password_hash, email_verified_at)
     SELECT 'u' || g || '@bench.nl', 'Gebruiker ' || g, $1, $2, now() FROM generate_series(1, $3) g`,
    [org.id, hash, PARALLEL * BURSTS],
  );
  const health = async () => {
    const t0 = performance.now();
    const res = await fetch(`${b.baseUrl}/api/health`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`health: ${res.status}`);
    return performance.now() - t0;
  };
  for (let i = 0; i < 10; i++) await health();
  const idle: number[] = [];
  for (let i = 0; i < IDLE_RUNS; i++) idle.push(await health());

  const loaded: number[] = [];
  let refused = 0;
  let burstMs = 0;
  for (let burst = 0; burst < BURSTS; burst++) {
    const t0 = performance.now();
    const state = { done: false };
    const logins = Promise.all(
      Array.from({ length: PARALLEL }, async (_, i) => {
        const n = burst * PARALLEL + i + 1;
        const res = await fetch(`${b.baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.${burst}.${i}.1` },
          body: JSON.stringify({ email: `u${n}@bench.nl`, password: 'een fout wachtwoord' }),
        });
        await res.arrayBuffer();
        if (res.status !== 401) refused++;
      }),
    ).finally(() => (state.done = true));
    while (!state.done) loaded.push(await health());
    await logins;
    burstMs += performance.now() - t0;
  }
  const r = (x: number) => Math.round(x * 10) / 10;
  const idleP95 = r(percentile(idle, 95));
  const loadedP95 = r(percentile(loaded, 95));
  console.log(
    `GET /api/health idle p95 ${idleP95} ms; during ${PARALLEL} parallel wrong log-ins p95 ${loadedP95} ms (${loaded.length} samples)`,
  );
  console.log(
    `a burst of ${PARALLEL} wrong log-ins took ${r(burstMs / BURSTS)} ms on average; ${refused} answered other than 401`,
  );
  console.log(
    JSON.stringify({
      parallelLogins: PARALLEL,
      healthIdleP95Ms: idleP95,
      healthDuringLoginsP95Ms: loadedP95,
      ratio: r(loadedP95 / idleP95),
      burstMs: r(burstMs / BURSTS),
    }),
  );
} finally {
  await b.close();
}
