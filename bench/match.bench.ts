/**
 * npm run bench:match — the knowledge bank at scale: 100,000 generated trainers (BENCH_TRAINERS).
 * Reports the matcher's p95 latency against a plain `websearch_to_tsquery` AND search's p95 on the
 * same corpus in the same run (goal: ratio ≤ 3), and commit-to-searchable p99 for changes made
 * through the database while the indexer runs (goal ≤ 2 s). The last line is one JSON object.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '#libs/common';
import {
  DEFAULT_SYNONYMS,
  MATCH_CANDIDATES,
  MatcherService,
  SearchEngine,
  analyse,
  buildVocabulary,
} from '#libs/knowledge-bank';
import type { TrainerDocument } from '#libs/knowledge-bank';
import { percentile, startBenchApp } from './bench-support.js';

const TRAINERS = Number(process.env.BENCH_TRAINERS ?? 100_000);
const QUERIES = 200;
const FRESHNESS_SAMPLES = 60;

/** A trainer of the demo catalogue (libs/demo-data/data, the knowledge-bank format), as far as the bench reads it. */
interface SeedTrainer {
  name: string;
  jobTitle: string;
  bio: string;
  expertise: string[];
  region: string;
  formats: string[];
  languages: string[];
}

/** A course of the demo catalogue, as far as the bench reads it. */
interface SeedCourse {
  title: string;
  summary: string;
  topics: string[];
}

function catalogue<T>(file: string): T[] {
  return JSON.parse(readFileSync(path.resolve('libs/demo-data/data', file), 'utf8')) as T[];
}
const seedTrainers = catalogue<SeedTrainer>('trainers.json');
const seedCourses = catalogue<SeedCourse>('courses.json');

/** Trainers recombined from the real catalogue's vocabulary: realistic words, realistic overlap. */
function generate(n: number): TrainerDocument[] {
  const r = seededRandom(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out: TrainerDocument[] = [];
  for (let i = 0; i < n; i++) {
    const base = pick(seedTrainers);
    const other = pick(seedTrainers);
    const cs = [pick(seedCourses), pick(seedCourses)];
    const hex = i.toString(16).padStart(12, '0');
    out.push({
      id: `10000000-0000-4000-8000-${hex}`,
      name: `${base.name.split(' ')[0]} ${other.name.split(' ').slice(1).join(' ')}`,
      jobTitle: base.jobTitle,
      bio: `${base.bio} ${other.bio.split('. ')[0]}.`,
      expertise: [...new Set([...base.expertise.slice(0, 3), ...other.expertise.slice(0, 2)])],
      organisationId: `20000000-0000-4000-8000-${String(i % 500).padStart(12, '0')}`,
      organisationName: `Organisatie ${i % 500}`,
      organisationSlug: `org-${i % 500}`,
      region: base.region,
      regions: [base.region],
      formats: base.formats,
      languages: base.languages,
      inCompany: r() < 0.9,
      courseIds: [],
      courseTitles: cs.map((c) => c.title),
      courseSummaries: cs.map((c) => c.summary),
      courseTopics: [...new Set(cs.flatMap((c) => c.topics))],
    });
  }
  return out;
}

function queries(): string[] {
  const r = seededRandom(7);
  const out: string[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const c = seedCourses[Math.floor(r() * seedCourses.length)];
    // Short questions from a course's own words, as people ask them.
    const words = c.title
      .split(/[\s:,]+/)
      .filter((w) => w.length > 3)
      .slice(0, 4);
    out.push(`Wie kan ons team helpen met ${words.join(' ')}?`);
  }
  return out;
}

let finalLine: string;
const b = await startBenchApp({ RUN_JOBS_IN_API: 'true' });
try {
  const engine = b.app.get(SearchEngine);
  const matcher = b.app.get(MatcherService);
  const started = Date.now();
  const docs = generate(TRAINERS);
  for (let i = 0; i < docs.length; i += 2000) await engine.upsert('trainers', docs.slice(i, i + 2000));
  await b.dataSource.query('ANALYZE search_documents');
  console.log(`indexed ${TRAINERS} generated trainers in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const lsaStarted = performance.now();
  await matcher.lsa.ready();
  console.log(`LSA model built in ${Math.round(performance.now() - lsaStarted)} ms (in the background in the app)`);
  const qs = queries();
  for (const q of qs.slice(0, 20)) await matcher.match({ text: q, filters: {}, inCompany: false });
  const matchMs: number[] = [];
  for (const q of qs) {
    const t0 = performance.now();
    await matcher.match({ text: q, filters: {}, inCompany: false });
    matchMs.push(performance.now() - t0);
  }
  // Where the time goes: the engine's candidate query alone (the rest is the shared re-ranker).
  const vocabulary = buildVocabulary(DEFAULT_SYNONYMS);
  const engineMs: number[] = [];
  for (const q of qs) {
    const t0 = performance.now();
    await engine.search('trainers', { concepts: analyse(q, vocabulary), filters: {}, limit: MATCH_CANDIDATES });
    engineMs.push(performance.now() - t0);
  }
  const baselineMs: number[] = [];
  for (const q of qs) {
    const t0 = performance.now();
    await b.dataSource.query(
      `SELECT doc_id, ts_rank_cd(tsv, q) AS rank FROM search_documents, websearch_to_tsquery('collegiaal_nl', $1) q
        WHERE index_name = 'trainers' AND tsv @@ q ORDER BY rank DESC LIMIT 10`,
      [q],
    );
    baselineMs.push(performance.now() - t0);
  }

  // Freshness: real rows changed through SQL; the trigger, NOTIFY and the indexer do the rest.
  const [org] = await b.dataSource.query<{ id: string }[]>(
    `INSERT INTO organisations (slug, name, kind, region) VALUES ('fresh', 'Vers', 'overig', 'Utrecht') RETURNING id`,
  );
  const profiles: string[] = [];
  for (let i = 0; i < 10; i++) {
    const [u] = await b.dataSource.query<{ id: string }[]>(
      `INSERT INTO users (email, name, organisation_id, password_hash) VALUES ($1, $2, $3, '!') RETURNING id`,
      [`fresh${i}@vers.nl`, `Verse Trainer ${i}`, org.id],
    );
    const [p] = await b.dataSource.query<{ id: string }[]>(
      `INSERT INTO teacher_profiles (user_id) VALUES ($1) RETURNING id`,
      [u.id],
    );
    profiles.push(p.id);
  }
  const freshMs: number[] = [];
  for (let i = 0; i < FRESHNESS_SAMPLES; i++) {
    const token = `zzvers${i}x${Date.now().toString(36)}`;
    const t0 = performance.now();
    await b.dataSource.query(`UPDATE teacher_profiles SET expertise = ARRAY[$2] WHERE id = $1`, [
      profiles[i % profiles.length],
      token,
    ]);
    for (;;) {
      const hits = await engine.search('trainers', {
        concepts: [{ term: token, variants: [token] }],
        filters: {},
        limit: 1,
      });
      if (hits.length) break;
      if (performance.now() - t0 > 30_000) throw new Error('a change did not become searchable within 30 s');
      await new Promise((r) => setTimeout(r, 5));
    }
    freshMs.push(performance.now() - t0);
  }

  const round = (x: number) => Math.round(x * 10) / 10;
  const result = {
    trainers: TRAINERS,
    p95Ms: round(percentile(matchMs, 95)),
    baselineP95Ms: round(percentile(baselineMs, 95)),
    ratio: Math.round((percentile(matchMs, 95) / percentile(baselineMs, 95)) * 100) / 100,
    freshnessP99Ms: round(percentile(freshMs, 99)),
  };
  const lsaModel = matcher.lsa.current();
  console.log(
    `LSA: ${lsaModel?.passages ?? 0} passages (sample), ${lsaModel?.terms ?? 0} terms, built in ${matcher.lsa.lastBuildMs} ms`,
  );
  console.log(`matcher p50 ${round(percentile(matchMs, 50))} ms, p95 ${result.p95Ms} ms (${QUERIES} questions)`);
  console.log(
    `  of which the engine's candidates p50 ${round(percentile(engineMs, 50))} ms, p95 ${round(percentile(engineMs, 95))} ms`,
  );
  console.log(
    `websearch_to_tsquery AND p50 ${round(percentile(baselineMs, 50))} ms, p95 ${result.baselineP95Ms} ms → ratio ${result.ratio} (goal ≤ 3)`,
  );
  console.log(
    `commit-to-searchable p50 ${round(percentile(freshMs, 50))} ms, p99 ${result.freshnessP99Ms} ms (goal ≤ 2000)`,
  );
  finalLine = JSON.stringify(result);
} finally {
  await b.close();
}
// Printed after shutdown, so nothing the shutdown logs can come after it: tools read the last line.
console.log(finalLine);
