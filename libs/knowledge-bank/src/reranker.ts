import { normalise, stem } from './analyzer.js';
import type { Concept } from './analyzer.js';
import type { EngineHit, TrainerDocument } from './documents.js';

export interface RankContext {
  /** The asker's organisation: colleagues of other organisations are preferred. */
  askerOrganisationId?: string;
  askerRegion?: string;
  preferredFormat?: string;
}

export interface Why {
  expertise: string[];
  courses: string[];
  snippets: string[];
}

export interface RankedTrainer {
  document: TrainerDocument;
  score: number;
  why: Why;
}

/** Field weights: what a trainer says they are expert in counts most. */
const FIELD_WEIGHT = { expertise: 1.0, topics: 0.85, titles: 0.75, job: 0.6, summaries: 0.45, bio: 0.4 } as const;
type Field = keyof typeof FIELD_WEIGHT;

interface FieldText {
  field: Field;
  text: string;
  words: string[];
  /** Stems of `words`, same order. */
  stems: string[];
  /** Words and stems, for exact look-ups before the slower comparisons. */
  known: Set<string>;
}

/** Candidates that get a "why" (the answer shows fewer). */
const EXPLAINED = 20;

/**
 * The one ranking both engines share: concept coverage per field (IDF-weighted over the
 * candidates), blended with the engine's own text score, then business preferences. The
 * same candidates therefore rank the same whichever engine found them.
 */
export function rerankTrainers(concepts: Concept[], hits: EngineHit<TrainerDocument>[], ctx: RankContext = {}): RankedTrainer[] {
  if (!hits.length || !concepts.length) return [];
  const docs = hits.map((h) => ({ hit: h, fields: fieldsOf(h.document) }));
  const credit = docs.map((d) => concepts.map((c) => bestCredit(c, d.fields)));
  const weights = concepts.map((c, ci) => {
    const df = credit.filter((row) => row[ci].credit > 0).length;
    // Rarer concepts tell more; a phrase from the vocabulary tells more than a single word.
    return Math.log(1 + docs.length / (1 + df)) * (c.term.includes(' ') ? 1.3 : 1);
  });
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
  const ranked = docs
    .map((d, di) => {
      const coverage = credit[di].reduce((sum, m, ci) => sum + m.credit * weights[ci], 0) / totalWeight;
      let score = 0.9 * coverage + 0.1 * Math.min(1, d.hit.textScore);
      const doc = d.hit.document;
      if (ctx.askerOrganisationId && doc.organisationId !== ctx.askerOrganisationId) score += 0.02;
      if (ctx.askerRegion && (doc.region === ctx.askerRegion || doc.regions.includes(ctx.askerRegion))) score += 0.01;
      if (ctx.preferredFormat && doc.formats.includes(ctx.preferredFormat)) score += 0.01;
      return { document: doc, score: Math.min(1, Math.round(score * 1000) / 1000), credit: credit[di] };
    })
    .sort((a, b) => b.score - a.score || a.document.name.localeCompare(b.document.name));
  return ranked.map((r, i) => ({
    document: r.document,
    score: r.score,
    why: i < EXPLAINED ? why(r.document, r.credit, concepts) : { expertise: [], courses: [], snippets: [] },
  }));
}

function fieldsOf(t: TrainerDocument): FieldText[] {
  const make = (field: Field, text: string): FieldText => fieldText(field, text);
  return [
    make('expertise', t.expertise.join(' . ')),
    make('topics', t.courseTopics.join(' . ')),
    make('titles', t.courseTitles.join(' . ')),
    make('job', t.jobTitle),
    make('summaries', t.courseSummaries.join(' . ')),
    make('bio', t.bio),
  ];
}

interface Credit {
  credit: number;
  field?: Field;
}

function fieldText(field: Field, text: string): FieldText {
  const n = normalise(text);
  const words = n.split(' ').filter(Boolean);
  const stems = words.map(stem);
  return { field, text: n, words, stems, known: new Set([...words, ...stems]) };
}

function bestCredit(c: Concept, fields: FieldText[]): Credit {
  let best: Credit = { credit: 0 };
  for (const [vi, variant] of c.variants.entries()) {
    const synonymFactor = vi === 0 ? 1 : 0.9;
    for (const f of fields) {
      const m = variantMatch(variant, f) * synonymFactor * FIELD_WEIGHT[f.field];
      if (m > best.credit) best = { credit: m, field: f.field };
    }
  }
  return best;
}

/** 1 for the word (or stem), less for compounds and near-misses by a typo, 0 otherwise. */
function variantMatch(variant: string, f: FieldText): number {
  const parts = variant.split(' ').filter(Boolean);
  if (parts.length > 1) {
    if (f.text.includes(variant)) return 1;
    const hits = parts.filter((p) => f.words.some((w) => wordMatch(p, w) >= 0.8)).length;
    return hits === parts.length ? 0.85 : 0;
  }
  const qs = stem(variant);
  if (f.known.has(variant) || f.known.has(qs)) return 1;
  let best = 0;
  for (let i = 0; i < f.words.length; i++) {
    const m = wordMatch(variant, f.words[i], qs, f.stems[i]);
    if (m > best) best = m;
    if (best >= 0.85) break;
  }
  return best;
}

function wordMatch(q: string, w: string, qs = stem(q), ws = stem(w)): number {
  if (q === w || qs === ws) return 1;
  if (qs.length >= 4 && ws.startsWith(qs)) return 0.85; // plural or longer form: "vergunning" ~ "vergunningen"
  if (qs.length >= 5 && w.includes(qs)) return 0.75; // part of a compound: "vergunning" in "omgevingsvergunning"
  if (ws.length >= 6 && q.includes(ws)) return 0.7; // the question's compound contains the word
  // A typo: same length give or take two, sharing the first or second letter (cheap pre-checks).
  if (q.length >= 5 && Math.abs(q.length - w.length) <= 2 && (q[0] === w[0] || q[1] === w[1]) && editDistance(q, w, 2) <= (q.length >= 8 ? 2 : 1)) {
    return 0.75;
  }
  return 0;
}

/** Levenshtein distance with an early exit above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

function why(doc: TrainerDocument, credits: Credit[], concepts: Concept[]): Why {
  const matched = concepts.filter((_, i) => credits[i].credit > 0);
  const hits = (text: string) => {
    const f = fieldText('bio', text);
    return matched.some((c) => c.variants.some((v) => variantMatch(v, f) >= 0.75));
  };
  const sentences = doc.bio.split(/(?<=[.!?])\s+/);
  return {
    expertise: doc.expertise.filter(hits),
    courses: doc.courseTitles.filter(hits),
    snippets: sentences.filter(hits).slice(0, 2),
  };
}
