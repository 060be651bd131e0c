/**
 * npm run eval:match -- --catalog <dir> --questions <file.jsonl>
 *
 * Imports the catalogue into a fresh embedded database, answers every question through the same
 * MatcherService the API uses (input: text, filters, and kind as the in-company filter; never the
 * judgements), and scores it as ../shared/eval/knowledge-bank/README.md defines, next to two
 * baselines over the same trainer documents: ILIKE on any query term, and pg_trgm word similarity.
 * The last line is one JSON object.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { CatalogueImportService } from '#libs/catalogue-import';
import { MatcherService, SearchIndexer, normalise } from '#libs/knowledge-bank';
import type { TrainerDocument } from '#libs/knowledge-bank';
import { appContext, argument } from './app-context.js';
import { readCatalogue } from './read-catalogue.js';

interface Question {
  id: string;
  text: string;
  kind: 'question' | 'in-company';
  filters: { region?: string; format?: string; language?: string; excludeOrganisationId?: string };
  relevant: Record<string, number>;
}
type Ranked = { trainerId: string; score: number }[];
interface Metrics {
  'recall@5': number;
  'mrr@10': number;
  'ndcg@10': number;
  noMatchAbstention: number | null;
  falseAbstention: number;
  p50Ms: number;
  p95Ms: number;
}

const catalogDir = argument('catalog');
const questionsFile = argument('questions');
if (!catalogDir || !questionsFile) {
  console.error('usage: npm run eval:match -- --catalog <dir> --questions <file.jsonl>');
  process.exit(2);
}
const questions: Question[] = readFileSync(questionsFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Question);

let finalLine: string;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'collegiaal-eval-'));
// Ours (mkdtemp makes it 0700), so it may open: as root, PostgreSQL runs as `postgres` and must reach DATA_DIR/postgres.
chmodSync(dataDir, 0o711);
const ctx = await appContext({
  NODE_ENV: 'production',
  JWT_SECRET: 'eval-secret-that-is-at-least-32-characters',
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(30000 + Math.floor(Math.random() * 20000)),
  SEED_DEMO_DATA: 'false',
  RUN_JOBS_IN_API: 'false',
  ...(process.env.MEILI_URL
    ? { MEILI_URL: process.env.MEILI_URL, MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY }
    : {}),
});
try {
  await ctx.app.get(CatalogueImportService).import(readCatalogue(catalogDir));
  await ctx.app.get(SearchIndexer).drain();
  const ds = ctx.app.get(DataSource);
  const externalIds = new Map(
    (await ds.query<{ id: string; external_id: string }[]>(`SELECT id, external_id FROM teacher_profiles`)).map((r) => [
      r.id,
      r.external_id,
    ]),
  );
  /** The judgements name trainers by the catalogue's ids. */
  const externalId = (id: string): string => {
    const external = externalIds.get(id);
    if (external === undefined) throw new Error(`trainer ${id} is not in the imported catalogue`);
    return external;
  };
  const matcher = ctx.app.get(MatcherService);

  // Warm up once so the first question does not pay for cold caches.
  await matcher.match({ text: 'omgevingsvergunning', filters: {}, inCompany: false });
  const matcherRuns = await run(async (q) => {
    const result = await matcher.match({ text: q.text, filters: q.filters, inCompany: q.kind === 'in-company' });
    return {
      ranked: result.trainers.map((t) => ({ trainerId: externalId(t.document.id), score: t.score })),
      threshold: result.threshold,
    };
  });
  const docs = await ds.query<
    { id: string; doc: TrainerDocument; text: string }[]
  >(`SELECT d.doc_id AS id, d.doc, lower(unaccent(concat_ws(' ', d.doc->>'name', d.doc->>'jobTitle', d.doc->>'bio', d.doc->>'expertise',
                                      d.doc->>'courseTitles', d.doc->>'courseSummaries', d.doc->>'courseTopics'))) AS text
                                 FROM search_documents d WHERE d.index_name = 'trainers'`);
  await ds.query(
    `CREATE TEMP TABLE eval_docs AS SELECT * FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::text[]) AS text) x`,
    [docs.map((d) => d.id), docs.map((d) => d.text)],
  );
  const docById = new Map(docs.map((d) => [d.id, d.doc]));
  const allowed = (q: Question, id: string) => {
    const d = docById.get(id);
    if (!d) throw new Error(`trainer ${id} has no search document`);
    const f = q.filters;
    return (
      (!f.region || d.region === f.region || d.regions.includes(f.region)) &&
      (!f.format || d.formats.includes(f.format)) &&
      (!f.language || d.languages.includes(f.language)) &&
      (!f.excludeOrganisationId || d.organisationSlug !== f.excludeOrganisationId) &&
      (q.kind !== 'in-company' || d.inCompany)
    );
  };
  const terms = (q: Question) => [
    ...new Set(
      normalise(q.text)
        .split(' ')
        .filter((w) => w.length >= 4),
    ),
  ];

  // Baseline 1: ILIKE on any query term; score = share of the terms found.
  const ilikeRuns = await run(async (q) => {
    const t = terms(q);
    if (!t.length) return { ranked: [], threshold: 0.5 };
    const rows: { id: string; hits: number }[] = await ds.query(
      `SELECT id, (SELECT count(*) FROM unnest($1::text[]) w WHERE text ILIKE '%' || w || '%')::int AS hits
         FROM eval_docs WHERE text ILIKE ANY (SELECT '%' || w || '%' FROM unnest($1::text[]) w)
        ORDER BY hits DESC, id LIMIT 200`,
      [t],
    );
    const ranked = rows
      .filter((r) => allowed(q, r.id))
      .slice(0, 10)
      .map((r) => ({ trainerId: externalId(r.id), score: r.hits / t.length }));
    return { ranked, threshold: 0.5 };
  });
  // Baseline 2: pg_trgm word similarity of the question against each document.
  const trigramRuns = await run(async (q) => {
    const rows: { id: string; sim: number }[] = await ds.query(
      `SELECT id, word_similarity($1, text) AS sim FROM eval_docs ORDER BY sim DESC, id LIMIT 200`,
      [normalise(q.text)],
    );
    const ranked = rows
      .filter((r) => allowed(q, r.id))
      .slice(0, 10)
      .map((r) => ({ trainerId: externalId(r.id), score: r.sim }));
    return { ranked, threshold: 0.6 };
  });

  const result = { matcher: score(matcherRuns), baselines: { ilike: score(ilikeRuns), trigram: score(trigramRuns) } };
  const row = (name: string, m: Metrics) =>
    `${name.padEnd(10)} R@5 ${m['recall@5'].toFixed(3)}  MRR@10 ${m['mrr@10'].toFixed(3)}  nDCG@10 ${m['ndcg@10'].toFixed(3)}  ` +
    `no-match abstention ${m.noMatchAbstention?.toFixed(2) ?? '-'}  false abstention ${m.falseAbstention.toFixed(2)}  p50 ${m.p50Ms} ms  p95 ${m.p95Ms} ms`;
  console.log(
    `questions: ${questions.length} (${questions.filter((q) => !Object.keys(q.relevant).length).length} without a match)`,
  );
  console.log(row('matcher', result.matcher));
  console.log(row('ilike', result.baselines.ilike));
  console.log(row('trigram', result.baselines.trigram));
  if (process.env.EVAL_VERBOSE) {
    for (const r of matcherRuns) {
      const q = r.question;
      const top = r.ranked
        .slice(0, 5)
        .map(
          (x) => `${x.trainerId}:${x.score.toFixed(3)}${q.relevant[x.trainerId] ? `(${q.relevant[x.trainerId]})` : ''}`,
        );
      console.log(`${q.id} ${JSON.stringify(q.relevant)} → ${top.join(' ')} | ${q.text.slice(0, 70)}`);
    }
  }
  finalLine = JSON.stringify(result);
} finally {
  await ctx.close();
  rmSync(dataDir, { recursive: true, force: true });
}
// Printed after shutdown, so nothing the shutdown logs can come after it: tools read the last line.
console.log(finalLine);

async function run(answer: (q: Question) => Promise<{ ranked: Ranked; threshold: number }>) {
  const out: { question: Question; ranked: Ranked; threshold: number; ms: number }[] = [];
  for (const q of questions) {
    const started = performance.now();
    const { ranked, threshold } = await answer(q);
    out.push({ question: q, ranked, threshold, ms: performance.now() - started });
  }
  return out;
}

/** Exactly the reference implementation of the evaluation README. */
function score(runs: { question: Question; ranked: Ranked; threshold: number; ms: number }[]): Metrics {
  const answerable: [number, number, number, boolean][] = [];
  const noMatch: boolean[] = [];
  for (const r of runs) {
    const ranked = [...new Set(r.ranked.map((x) => x.trainerId))];
    const abstained = !r.ranked.some((x) => x.score >= r.threshold);
    const rel = r.question.relevant;
    if (Object.keys(rel).length) {
      const relevant = Object.entries(rel)
        .filter(([, g]) => g >= 1)
        .map(([t]) => t);
      const recall = relevant.filter((t) => ranked.slice(0, 5).includes(t)).length / relevant.length;
      let mrr = 0;
      for (const [i, t] of ranked.slice(0, 10).entries()) {
        if ((rel[t] ?? 0) === 2) {
          mrr = 1 / (i + 1);
          break;
        }
      }
      const dcg = ranked.slice(0, 10).reduce((s, t, i) => s + (2 ** (rel[t] ?? 0) - 1) / Math.log2(i + 2), 0);
      const ideal = Object.values(rel)
        .sort((a, b) => b - a)
        .slice(0, 10);
      const idcg = ideal.reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
      answerable.push([recall, mrr, dcg / idcg, abstained]);
    } else {
      noMatch.push(abstained);
    }
  }
  const n = answerable.length;
  const avg = (i: number) => Math.round((answerable.reduce((s, a) => s + Number(a[i]), 0) / n) * 1000) / 1000;
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const pct = (p: number) => Math.round(ms[Math.min(ms.length - 1, Math.ceil((p / 100) * ms.length) - 1)] * 10) / 10;
  return {
    'recall@5': avg(0),
    'mrr@10': avg(1),
    'ndcg@10': avg(2),
    noMatchAbstention: noMatch.length
      ? Math.round((noMatch.filter(Boolean).length / noMatch.length) * 100) / 100
      : null,
    falseAbstention: avg(3),
    p50Ms: pct(50),
    p95Ms: pct(95),
  };
}
