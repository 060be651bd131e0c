/**
 * npm run eval:match [-- --catalog <dir>] [--questions <file.jsonl>[,<file.jsonl>…]] [--cv]
 *
 * Without arguments: the catalogue and both development splits (dev.jsonl + dev-2.jsonl) of
 * ../shared/eval/knowledge-bank. With --cv it also runs the 5-fold cross-validation of the
 * re-ranker's tunable weights and the confidence threshold (see crossValidate): folds by an FNV-1a
 * hash of the question id, weights and threshold chosen on four folds, scored on the fifth.
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
import { MATCH_TUNING, MatcherService, SearchIndexer, normalise } from '#libs/knowledge-bank';
import type { TrainerDocument } from '#libs/knowledge-bank';
import { appContext, argument } from './app-context.js';
import { readCatalogue } from './read-catalogue.js';

interface Question {
  id: string;
  text: string;
  kind: 'question' | 'in-company';
  filters: { region?: string; format?: string; language?: string; excludeOrganisationId?: string };
  relevant: Record<string, number>;
  /** Analysis only (breakdown by phenomenon); never passed to the matcher. */
  meta?: { area?: string; phenomena?: string[] };
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

const EVAL_DIR = path.resolve('../shared/eval/knowledge-bank');
const catalogDir = argument('catalog') ?? path.join(EVAL_DIR, 'catalog');
const questionFiles = (
  argument('questions') ??
  [path.join(EVAL_DIR, 'questions/dev.jsonl'), path.join(EVAL_DIR, 'questions/dev-2.jsonl')].join(',')
).split(',');
const crossValidation = process.argv.includes('--cv');
const questions: Question[] = questionFiles.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Question),
);

let finalLine: string;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'collegiaal-eval-'));
// Ours (mkdtemp makes it 0700), so it may open: as root, PostgreSQL runs as `postgres` and must reach DATA_DIR/postgres.
chmodSync(dataDir, 0o711);
const ctx = await appContext({
  // Not 'production': that requires an external DATABASE_URL; the eval runs its own embedded one.
  NODE_ENV: 'test',
  JWT_SECRET: 'eval-secret-that-is-at-least-32-characters',
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(30000 + Math.floor(Math.random() * 20000)),
  SEED_DEMO_DATA: 'false',
  RUN_JOBS_IN_API: 'false',
  ...(process.env.MEILI_URL ? { MEILI_URL: process.env.MEILI_URL, MEILI_API_KEY: process.env.MEILI_API_KEY } : {}),
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

  // The latent model is built in the background; the evaluation waits for it so every question has it.
  await matcher.lsa.ready();
  // Warm up once so the first question does not pay for cold caches.
  await matcher.match({ text: 'omgevingsvergunning', filters: {}, inCompany: false });
  const matcherRuns = await run(async (q) => {
    const result = await matcher.match({ text: q.text, filters: q.filters, inCompany: q.kind === 'in-company' });
    return {
      ranked: result.trainers.map((t) => ({ trainerId: externalId(t.document.id), score: t.score })),
      threshold: result.threshold,
    };
  });
  const cv = crossValidation ? await crossValidate() : undefined;
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
        ORDER BY hits DESC LIMIT 400`,
      [t],
    );
    // Ties by the catalogue's id: database ids are new on every import, so ordering by them is not repeatable.
    rows.sort((a, b) => b.hits - a.hits || externalId(a.id).localeCompare(externalId(b.id)));
    const ranked = rows
      .filter((r) => allowed(q, r.id))
      .slice(0, 10)
      .map((r) => ({ trainerId: externalId(r.id), score: r.hits / t.length }));
    return { ranked, threshold: 0.5 };
  });
  // Baseline 2: pg_trgm word similarity of the question against each document.
  const trigramRuns = await run(async (q) => {
    const rows: { id: string; sim: number }[] = await ds.query(
      `SELECT id, word_similarity($1, text) AS sim FROM eval_docs`,
      [normalise(q.text)],
    );
    rows.sort((a, b) => b.sim - a.sim || externalId(a.id).localeCompare(externalId(b.id)));
    const ranked = rows
      .filter((r) => allowed(q, r.id))
      .slice(0, 10)
      .map((r) => ({ trainerId: externalId(r.id), score: r.sim }));
    return { ranked, threshold: 0.6 };
  });

  /**
   * 5-fold cross-validation of the tunable weights (MATCH_TUNING.lsa × latentNeighbours) and the confidence
   * threshold: folds by FNV-1a hash of the question id mod 5; on four folds the grid point with
   * the best mean of R@5, MRR@10 and nDCG@10 is chosen, and the threshold that maximises
   * no-match abstention − false abstention (false abstention ≤ 0.10, the lowest such threshold
   * on ties); both are scored on the fifth fold. Reports each metric's mean and spread over folds.
   */
  async function crossValidate() {
    const weights = [0, 0.25, 0.5, 1];
    const grid = weights.flatMap((lsa) => weights.map((latentNeighbours) => ({ lsa, latentNeighbours })));
    const thresholds = Array.from({ length: 21 }, (_, i) => Math.round((0.04 + i * 0.01) * 100) / 100);
    const chosen = { ...MATCH_TUNING };
    const runsByWeight = new Map<(typeof grid)[number], Awaited<ReturnType<typeof run>>>();
    for (const w of grid) {
      Object.assign(MATCH_TUNING, w);
      runsByWeight.set(
        w,
        await run(async (q) => {
          const r = await matcher.match({ text: q.text, filters: q.filters, inCompany: q.kind === 'in-company' });
          return {
            ranked: r.trainers.map((t) => ({ trainerId: externalId(t.document.id), score: t.score })),
            threshold: 0,
          };
        }),
      );
    }
    Object.assign(MATCH_TUNING, chosen);
    const label = (w: (typeof grid)[number]) => `lsa ${w.lsa} neighbours ${w.latentNeighbours}`;
    const runsOf = (w: (typeof grid)[number]) => runsByWeight.get(w) ?? [];
    const fold = (id: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
      return h % 5;
    };
    const at = (runs: Awaited<ReturnType<typeof run>>, t: number) => score(runs.map((r) => ({ ...r, threshold: t })));
    const quality = (m: Metrics) => (m['recall@5'] + m['mrr@10'] + m['ndcg@10']) / 3;
    const abstention = (m: Metrics) => (m.falseAbstention > 0.1 ? -1 : (m.noMatchAbstention ?? 0) - m.falseAbstention);
    const lines: string[] = [];
    const heldOut: (Metrics & { threshold: number })[] = [];
    for (let k = 0; k < 5; k++) {
      let best = { w: grid[0], t: thresholds[0], q: -Infinity, a: -Infinity };
      for (const w of grid) {
        const train = runsOf(w).filter((r) => fold(r.question.id) !== k);
        const q = quality(at(train, 0));
        if (q > best.q + 1e-9) best = { ...best, w, q };
      }
      const train = runsOf(best.w).filter((r) => fold(r.question.id) !== k);
      for (const t of thresholds) {
        const a = abstention(at(train, t));
        if (a > best.a + 1e-9) best = { ...best, t, a };
      }
      const test = at(
        runsOf(best.w).filter((r) => fold(r.question.id) === k),
        best.t,
      );
      heldOut.push({ ...test, threshold: best.t });
      lines.push(
        `cv fold ${k}: ${label(best.w)} threshold ${best.t} → R@5 ${test['recall@5'].toFixed(3)} MRR@10 ${test['mrr@10'].toFixed(3)} nDCG@10 ${test['ndcg@10'].toFixed(3)} no-match abstention ${test.noMatchAbstention ?? '-'} false abstention ${test.falseAbstention.toFixed(2)}`,
      );
    }
    for (const w of grid) {
      const m = at(runsOf(w), 0);
      lines.push(
        `all questions, ${label(w)}: R@5 ${m['recall@5'].toFixed(3)} MRR@10 ${m['mrr@10'].toFixed(3)} nDCG@10 ${m['ndcg@10'].toFixed(3)}`,
      );
    }
    const summary: Record<string, { mean: number; min: number; max: number }> = {};
    for (const key of ['recall@5', 'mrr@10', 'ndcg@10', 'falseAbstention'] as const) {
      const xs = heldOut.map((m) => m[key]);
      summary[key] = {
        mean: Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000,
        min: Math.min(...xs),
        max: Math.max(...xs),
      };
    }
    const nm = heldOut.flatMap((m) => (m.noMatchAbstention === null ? [] : [m.noMatchAbstention]));
    summary.noMatchAbstention = {
      mean: Math.round((nm.reduce((a, b) => a + b, 0) / (nm.length || 1)) * 100) / 100,
      min: Math.min(...nm),
      max: Math.max(...nm),
    };
    lines.push(
      `cv (5 folds, held out): ${Object.entries(summary)
        .map(([k, v]) => `${k} ${v.mean} [${v.min}–${v.max}]`)
        .join('  ')}`,
    );
    return { lines, summary };
  }

  const result = { matcher: score(matcherRuns), baselines: { ilike: score(ilikeRuns), trigram: score(trigramRuns) } };
  const row = (name: string, m: Metrics) =>
    `${name.padEnd(10)} R@5 ${m['recall@5'].toFixed(3)}  MRR@10 ${m['mrr@10'].toFixed(3)}  nDCG@10 ${m['ndcg@10'].toFixed(3)}  ` +
    `no-match abstention ${m.noMatchAbstention?.toFixed(2) ?? '-'}  false abstention ${m.falseAbstention.toFixed(2)}  p50 ${m.p50Ms} ms  p95 ${m.p95Ms} ms`;
  console.log(
    `questions: ${questions.length} (${questions.filter((q) => !Object.keys(q.relevant).length).length} without a match)`,
  );
  const lsaModel = matcher.lsa.current();
  console.log(
    `LSA: ${lsaModel?.passages ?? 0} passages, ${lsaModel?.terms ?? 0} terms, ${lsaModel?.dimensions ?? 0} dimensions, built in ${matcher.lsa.lastBuildMs} ms`,
  );
  console.log(row('matcher', result.matcher));
  console.log(row('ilike', result.baselines.ilike));
  console.log(row('trigram', result.baselines.trigram));
  // By phenomenon (the questions' analysis tags; the matcher never sees them).
  const phenomena = [...new Set(questions.flatMap((q) => q.meta?.phenomena ?? []))].sort();
  for (const tag of phenomena) {
    const runs = matcherRuns.filter((r) => r.question.meta?.phenomena?.includes(tag));
    if (!runs.some((r) => Object.keys(r.question.relevant).length)) continue;
    const m = score(runs);
    console.log(
      `  ${tag.padEnd(18)} n=${String(runs.length).padStart(3)}  R@5 ${m['recall@5'].toFixed(3)}  MRR@10 ${m['mrr@10'].toFixed(3)}  nDCG@10 ${m['ndcg@10'].toFixed(3)}`,
    );
  }
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
  if (cv) console.log(cv.lines.join('\n'));
  finalLine = JSON.stringify(cv ? { ...result, cv: cv.summary } : result);
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
