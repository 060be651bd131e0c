import { normalise, stem } from './analyzer.js';
import type { Concept } from './analyzer.js';
import { ngramSimilarities } from './char-ngrams.js';
import { partPosition, splitCompound } from './compounds.js';
import type { CourseDocument, EngineHit, TrainerDocument } from './documents.js';
import { cosine } from './lsa.js';
import type { LsaModel } from './lsa.js';
import { trainerPassage } from './lsa.service.js';
import { LruCache } from '#libs/common';
import type { RerankerCache, WordMatchGroup } from './reranker-cache.js';
import { STOP_WORDS } from './vocabulary.js';

/** A question as the re-ranker reads it: the words as typed and the concepts found in them. */
export interface RankQuestion {
  text: string;
  concepts: Concept[];
  /** Courses the engine found for the same question: their full texts are evidence for their teachers. */
  courses?: CourseDocument[];
  /** The catalogue's latent semantic model (lsa.ts), when built. */
  lsa?: LsaModel;
}

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
  /** No word of the question, but tags shared with the answer's best matches (related-reasons.ts). */
  related?: string[];
}

export interface RankedTrainer {
  document: TrainerDocument;
  score: number;
  why: Why;
}

/**
 * The re-ranker's weights. Chosen by cross-validation over the dev questions
 * (../shared/eval/knowledge-bank/questions/dev.jsonl and dev-2.jsonl, `npm run eval:match`);
 * change one only with both evaluations run before and after.
 */
export const RERANK_WEIGHTS = {
  /** Per field of a trainer's document: what a trainer says they are expert in counts most. */
  field: { expertise: 1.0, topics: 0.85, titles: 0.75, job: 0.6, summaries: 0.45, bio: 0.4 },
  /** A synonym of a concept counts a little less than the word asked. */
  synonym: 0.9,
  /** A phrase from the vocabulary tells more than a single word. */
  phraseConcept: 1.3,
  /** First pass: concept coverage against the engine's own text score (capped at 1). */
  coverage: 0.9,
  engineTextScore: 0.1,
  /**
   * The share of character n-gram similarity in the score. Cosines run lower than coverage, so at
   * 0.7 the two signals weigh about evenly; on the dev questions 0.6–0.8 all rank alike.
   */
  ngram: 0.7,
  /**
   * The share of the best matching course's own text (description included) in a teacher's
   * score. On the dev questions 0.2–0.4 all lift MRR@10 (0.89 → 0.91–0.94); learning goals added
   * nothing.
   */
  course: 0.3,
  /**
   * How much the neighbours of the best matches count (see relatedness): as much as coverage, but
   * capped at the best first-pass score. On the dev questions (mean of three eval:match runs)
   * 0.1 → 1.0 lifts Recall@5 from 0.79 to 0.83 at the same MRR; 1.5 adds nothing.
   */
  related: 1,
  /** Relevance feedback reads this many of the best first-pass matches… */
  feedbackDocs: 2,
  /** …each at least this share of the best one's score. */
  feedbackMinShare: 0.5,
  /** Co-teaching a course with a best match, as relatedness. */
  coTeaching: 0.8,
  /** Business preferences, small enough to only order near-equals: another organisation… */
  otherOrganisation: 0.02,
  /** …the asker's region… */
  askerRegion: 0.01,
  /** …and the format asked for. */
  preferredFormat: 0.01,
} as const;

/**
 * How strongly one word matches another (wordMatch, variantStrength, why), chosen with the
 * weights above.
 */
export const WORD_MATCH = {
  /** The word or its stem. */
  same: 1,
  /**
   * A plural or longer form ("vergunning" ~ "vergunningen"), for stems of at least
   * `longerFormStem` letters, at most `longerFormExtra` letters longer and no compound.
   */
  longerForm: 0.85,
  longerFormStem: 4,
  longerFormExtra: 5,
  /**
   * The head of a compound, by the word list (compounds.ts): "vergunning" in
   * "omgevingsvergunning" (the document's word is a kind of the question's), for words of at
   * least `partStem` letters.
   */
  part: 0.75,
  partStem: 4,
  /** The question's compound has the document's word as its head ("klimaatstresstest" ~ "stresstest"). */
  contained: 0.7,
  /**
   * Only a modifier is shared ("omgeving" in "omgevingsvisie"): a near-miss more often than not
   * (omgevingsvisie ≠ omgevingsvergunning share exactly this), so it counts well below a whole word.
   */
  modifier: 0.4,
  /** A typo in a word of at least `typoMinLength` letters: one edit, two from `typoTwoEditsFrom` letters. */
  typo: 0.75,
  typoMinLength: 5,
  typoTwoEditsFrom: 8,
  /** A phrase found as a whole. */
  wholePhrase: 1,
  /** A phrase not found as a whole whose every word matches at least `phrasePart`. */
  phraseOfParts: 0.85,
  phrasePart: 0.8,
  /** A word at least this strong is shown as a reason (why). */
  shownInWhy: 0.75,
} as const;

/**
 * The weights chosen by cross-validation (`npm run eval:match -- --cv`, 5 folds by question-id
 * hash over dev + dev-2); the CV script sets them per run, nothing else should.
 */
export const MATCH_TUNING = {
  /**
   * Latent semantic similarity (lsa.ts): at most this share of the best candidate's score is
   * added, and never above that best score, so it reorders but never decides abstention.
   */
  lsa: 0.25,
  /**
   * Latent closeness to the best matches (latentNeighbours), added like lsa and scaled back with
   * it, so it too reorders without deciding abstention. Every fold of the 4 × 4 grid (lsa and
   * this in 0, 0.25, 0.5, 1) chose lsa 0.25 with this at 1; 2 ranked worse on all questions.
   */
  latentNeighbours: 1,
};

type Field = keyof typeof RERANK_WEIGHTS.field;
const FIELD_WEIGHT = RERANK_WEIGHTS.field;
const FIELDS = Object.keys(FIELD_WEIGHT) as Field[];

/** Candidates that get a "why" (the answer shows at most ten). */
export const EXPLAINED = 10;
/** Scores are rounded to this many steps of 1: three decimals, as the API shows them. */
const SCORE_STEPS = 1000;

/** Two rows of the edit-distance table, grown as needed: one allocation per question, not per comparison. */
class EditDistanceRows {
  prev = new Int32Array(64);
  cur = new Int32Array(64);

  fit(length: number): void {
    if (this.prev.length > length) return;
    this.prev = new Int32Array(length + 1);
    this.cur = new Int32Array(length + 1);
  }
}

/**
 * The words of a question, each compared once with every distinct word of the candidates
 * (memoised per question), so a document costs one look-up per word, not one comparison per
 * word and question word.
 */
class QueryWords {
  /** Single words to find: every one-word variant and every part of a phrase. */
  readonly units: string[] = [];
  private readonly unitStems: string[] = [];
  private readonly index = new Map<string, number>();
  /** Per document word: [unit, strength, unit, strength, ...] of the units it matches, or null. */
  private readonly memo = new Map<string, number[] | null>();

  /** Per unit: its comparisons with document words, kept across questions (bounded). */
  private readonly unitMatches: WordMatchGroup[] = [];
  /** Rows for editDistance, reused within the question. */
  private readonly rows = new EditDistanceRows();

  constructor(
    concepts: Concept[],
    private readonly cache: RerankerCache,
  ) {
    for (const c of concepts) for (const v of c.variants) for (const part of v.split(' ')) if (part) this.unit(part);
  }

  unit(word: string): number {
    let i = this.index.get(word);
    if (i === undefined) {
      i = this.units.length;
      this.index.set(word, i);
      this.units.push(word);
      this.unitStems.push(stem(word));
      this.unitMatches.push(this.cache.wordMatches.group(word));
    }
    return i;
  }

  matches(word: string): number[] | null {
    let m = this.memo.get(word);
    if (m === undefined) {
      m = null;
      for (let u = 0; u < this.units.length; u++) {
        const s = this.wordMatch(u, word);
        if (s > 0) (m ??= []).push(u, s);
      }
      this.memo.set(word, m);
    }
    return m;
  }

  /** wordMatch() of a unit and a document word, remembered in the cache. */
  private wordMatch(u: number, word: string): number {
    const group = this.unitMatches[u];
    let s = group.strengths.get(word);
    if (s === undefined) {
      s = wordMatch(this.units[u], word, this.unitStems[u], stemOf(word, this.cache), this.rows);
      this.cache.wordMatches.remember(this.units[u], group, word, s);
    }
    return s;
  }

  /** Best strength per unit over the words of a (normalised) text. */
  strengths(text: string): Float32Array {
    const best = new Float32Array(this.units.length);
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text.charCodeAt(i) !== 32) continue;
      if (i > start) {
        const m = this.matches(text.slice(start, i));
        if (m) for (let k = 0; k < m.length; k += 2) if (m[k + 1] > best[m[k]]) best[m[k]] = m[k + 1];
      }
      start = i + 1;
    }
    return best;
  }

  /** How well a variant occurs in a text whose unit strengths are known. */
  variantStrength(variant: string, text: string, best: Float32Array): number {
    if (!variant.includes(' ')) return this.unitStrength(variant, best);
    if (text.includes(variant)) return WORD_MATCH.wholePhrase;
    return variant.split(' ').every((p) => !p || this.unitStrength(p, best) >= WORD_MATCH.phrasePart)
      ? WORD_MATCH.phraseOfParts
      : 0;
  }

  /** A unit's strength in `best`; 0 for a word that is no unit (an empty variant). */
  private unitStrength(word: string, best: Float32Array): number {
    const i = this.index.get(word);
    return i === undefined ? 0 : best[i];
  }
}

interface Credit {
  credit: number;
  field?: Field;
}

/** What one candidate contributes to one question, whoever the other candidates are. */
interface CandidateWork {
  /** Its text as the n-gram similarity reads it. */
  ngramText: string;
  /** Per concept of the question: its best credit and the field that gave it. */
  credit: Credit[];
}

/**
 * What ranking one question computes that does not depend on the other candidates. The matcher
 * ranks a question twice (then again with the candidates relevance feedback found) and passes one
 * memo to both, so the second ranking only reads the new candidates; the scores are the same.
 */
export class RerankMemo {
  words?: QueryWords;
  taught?: Map<string, number>;
  readonly candidates = new Map<TrainerDocument, CandidateWork>();
}

function candidateWork(doc: TrainerDocument, concepts: Concept[], words: QueryWords): CandidateWork {
  const texts = fieldTexts(doc);
  const best = texts.map((t) => words.strengths(t));
  const credit = concepts.map((c) => {
    let out: Credit = { credit: 0 };
    for (const [vi, variant] of c.variants.entries()) {
      const synonymFactor = vi === 0 ? 1 : RERANK_WEIGHTS.synonym;
      for (let f = 0; f < FIELDS.length; f++) {
        const m = words.variantStrength(variant, texts[f], best[f]) * synonymFactor * FIELD_WEIGHT[FIELDS[f]];
        if (m > out.credit) out = { credit: m, field: FIELDS[f] };
      }
    }
    return out;
  });
  return { ngramText: withoutStopWords(texts.join(' ')), credit };
}

/**
 * The one ranking both engines share: concept coverage per field (IDF-weighted over the
 * candidates), blended with the engine's own text score, then relevance feedback from the best
 * first-pass matches (see relatedness); that blended with character n-gram similarity (compounds,
 * inflections and typos, graded by rarity), then with the text of the courses found for the same
 * question (courseEvidence); then business preferences. The same candidates
 * therefore rank the same whichever engine found them.
 */
export function rerankTrainers(
  question: RankQuestion,
  hits: EngineHit<TrainerDocument>[],
  ctx: RankContext,
  cache: RerankerCache,
  memo = new RerankMemo(),
): RankedTrainer[] {
  const { concepts } = question;
  if (!hits.length || !concepts.length) return [];
  const words = (memo.words ??= new QueryWords(concepts, cache));
  const questionText = withoutStopWords(normalise(question.text));
  const work = hits.map((h) => {
    let w = memo.candidates.get(h.document);
    if (!w) memo.candidates.set(h.document, (w = candidateWork(h.document, concepts, words)));
    return w;
  });
  const ngrams = ngramSimilarities(
    questionText,
    work.map((w) => w.ngramText),
  );
  const credit = work.map((w) => w.credit);
  const weights = concepts.map((c, ci) => {
    const df = credit.filter((row) => row[ci].credit > 0).length;
    // Rarer concepts tell more; a phrase from the vocabulary tells more than a single word.
    return Math.log(1 + hits.length / (1 + df)) * (c.term.includes(' ') ? RERANK_WEIGHTS.phraseConcept : 1);
  });
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
  const base = hits.map(
    (h, di) =>
      RERANK_WEIGHTS.coverage * (credit[di].reduce((sum, m, ci) => sum + m.credit * weights[ci], 0) / totalWeight) +
      RERANK_WEIGHTS.engineTextScore * Math.min(1, h.textScore),
  );
  const related = relatedness(
    hits.map((h) => h.document),
    base,
  );
  const taught = (memo.taught ??= courseEvidence(questionText, question.courses ?? []));
  const topBase = Math.max(...base);
  const relevance = hits.map((h, di) => {
    // Never above the best first-pass score: feedback reorders, it does not add confidence.
    let score =
      (1 - NGRAM_WEIGHT) * Math.min(topBase, base[di] + RELATED_WEIGHT * related[di]) + NGRAM_WEIGHT * ngrams[di];
    // Without a course search (unit use) there is no course evidence to weigh, not evidence of none.
    if (question.courses) score = (1 - COURSE_WEIGHT) * score + COURSE_WEIGHT * (taught.get(h.document.id) ?? 0);
    return score;
  });
  const model = question.lsa?.terms ? question.lsa : undefined;
  // Each candidate's latent vector, read once for both latent signals.
  const vectors =
    model && (MATCH_TUNING.lsa || MATCH_TUNING.latentNeighbours)
      ? hits.map((h) => passageVector(model, h.document))
      : undefined;
  const latent = latentSimilarities(question, vectors, hits.length);
  const topRelevance = Math.max(...relevance);
  // Meaning beyond shared words adds at most a capped share of the best score, then everything is
  // scaled back so the best score is the lexical one: it reorders, it never decides abstention.
  const neighbours = latentNeighbours(vectors, relevance);
  const blended = relevance.map(
    (r, di) => r + (MATCH_TUNING.lsa * latent[di] + MATCH_TUNING.latentNeighbours * neighbours[di]) * topRelevance,
  );
  const scale = topRelevance / (Math.max(...blended) || 1);
  const ranked = hits
    .map((h, di) => {
      let score = blended[di] * scale;
      const doc = h.document;
      if (ctx.askerOrganisationId && doc.organisationId !== ctx.askerOrganisationId)
        score += RERANK_WEIGHTS.otherOrganisation;
      if (ctx.askerRegion && (doc.region === ctx.askerRegion || doc.regions.includes(ctx.askerRegion)))
        score += RERANK_WEIGHTS.askerRegion;
      if (ctx.preferredFormat && doc.formats.includes(ctx.preferredFormat)) score += RERANK_WEIGHTS.preferredFormat;
      return { document: doc, score: Math.min(1, Math.round(score * SCORE_STEPS) / SCORE_STEPS), credit: credit[di] };
    })
    .sort(
      (a, b) =>
        b.score - a.score || a.document.name.localeCompare(b.document.name) || cmp(a.document.id, b.document.id),
    );
  return ranked.map((r, i) => ({
    document: r.document,
    score: r.score,
    why: i < EXPLAINED ? why(r.document, r.credit, concepts, words) : { expertise: [], courses: [], snippets: [] },
  }));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Cosine in the latent space of the question with each candidate's passage, 0 when negative or without a model. */
function latentSimilarities(question: RankQuestion, vectors: Float32Array[] | undefined, count: number): number[] {
  if (!vectors || !question.lsa || !MATCH_TUNING.lsa) return new Array<number>(count).fill(0);
  const q = question.lsa.embed(question.text);
  return vectors.map((v) => Math.max(0, cosine(q, v)));
}

/**
 * Document-side relevance feedback in the latent space: how close each candidate's passage is to
 * those of the best few matches (as relatedness picks them, each counted by its share of the best
 * score, a match itself at 1), so colleagues in the same field who share neither a word nor a tag
 * with the question come forward. 0..1; 0 without a model.
 */
function latentNeighbours(vectors: Float32Array[] | undefined, relevance: number[]): number[] {
  const top = feedbackDocs(relevance);
  if (!vectors || !MATCH_TUNING.latentNeighbours || !top.length) return relevance.map(() => 0);
  const best = relevance[top[0]];
  return vectors.map((v, di) =>
    Math.max(0, ...top.map((t) => (relevance[t] / best) * (t === di ? 1 : cosine(v, vectors[t])))),
  );
}

/** The best few first-pass matches whose field the feedback reads (best first), none when all score 0. */
function feedbackDocs(scores: number[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  return order
    .slice(0, RERANK_WEIGHTS.feedbackDocs)
    .filter((i) => scores[i] >= RERANK_WEIGHTS.feedbackMinShare * scores[order[0]] && scores[i] > 0);
}

/** Candidates' latent vectors, per model and document text: the same trainers recur across questions. */
const PASSAGE_VECTORS = 20_000;
const passageVectors = new WeakMap<LsaModel, LruCache<string, { passage: string; vector: Float32Array }>>();

function passageVector(model: LsaModel, doc: TrainerDocument): Float32Array {
  let cache = passageVectors.get(model);
  if (!cache) passageVectors.set(model, (cache = new LruCache(PASSAGE_VECTORS)));
  const passage = trainerPassage(doc);
  const known = cache.get(doc.id);
  if (known && known.passage === passage) return known.vector;
  const vector = model.embed(passage);
  cache.set(doc.id, { passage, vector });
  return vector;
}

const NGRAM_WEIGHT = RERANK_WEIGHTS.ngram;
const COURSE_WEIGHT = RERANK_WEIGHTS.course;
const RELATED_WEIGHT = RERANK_WEIGHTS.related;

/**
 * Per teacher, the n-gram similarity of the question with the best of their courses that the
 * engine found: one course's description says more precisely what its teacher can teach than a
 * profile that mixes several courses.
 */
function courseEvidence(questionText: string, courses: CourseDocument[]): Map<string, number> {
  const best = new Map<string, number>();
  if (!courses.length) return best;
  const texts = courses.map((c) =>
    withoutStopWords(normalise([c.title, c.summary, c.topics.join(' '), c.description].join(' '))),
  );
  const sims = ngramSimilarities(questionText, texts);
  courses.forEach((c, i) => {
    for (const t of c.teacherIds) best.set(t, Math.max(best.get(t) ?? 0, sims[i]));
  });
  return best;
}

function withoutStopWords(text: string): string {
  return text
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w))
    .join(' ');
}

/**
 * Relevance feedback: the best few matches of the first pass show what field the question is
 * about; candidates that share their expertise tags and course topics (weighted by how rare a
 * tag is among the candidates), or co-teach one of their courses, are colleagues in that field
 * and a reasonable second choice. 0..1, scaled by how strong the best match is.
 */
function relatedness(docs: TrainerDocument[], base: number[]): number[] {
  const top = feedbackDocs(base);
  if (!top.length) return docs.map(() => 0);
  const best = base[top[0]];
  const tags = docs.map((d) => new Set([...d.expertise, ...d.courseTopics].map(normalise)));
  const df = new Map<string, number>();
  for (const set of tags) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + docs.length / (df.get(t) ?? 1));
  // The feedback profile: tag → weight, from the top documents (the first counts most).
  const profile = new Map<string, number>();
  const courses = new Set<string>();
  top.forEach((i, rank) => {
    const w = base[i] / best / (rank + 1);
    for (const t of tags[i]) profile.set(t, Math.max(profile.get(t) ?? 0, w * idf(t)));
    for (const c of docs[i].courseIds) courses.add(c);
  });
  const profileMass = [...profile.values()].reduce((a, b) => a + b, 0) || 1;
  return docs.map((d, i) => {
    let shared = 0;
    for (const t of tags[i]) shared += profile.get(t) ?? 0;
    const coTeaches = d.courseIds.some((c) => courses.has(c)) ? 1 : 0;
    return Math.min(1, Math.max(Math.sqrt(shared / profileMass), coTeaches * RERANK_WEIGHTS.coTeaching)) * best;
  });
}

/** Normalised text per field, in FIELDS order. */
function fieldTexts(t: TrainerDocument): string[] {
  return [
    normalise(t.expertise.join(' . ')),
    normalise(t.courseTopics.join(' . ')),
    normalise(t.courseTitles.join(' . ')),
    normalise(t.jobTitle),
    normalise(t.courseSummaries.join(' . ')),
    normalise(t.bio),
  ];
}

/** stem() memoised in the cache: the same words recur in every document. */
function stemOf(word: string, cache: RerankerCache): string {
  let s = cache.stems.get(word);
  if (s === undefined) {
    s = stem(word);
    cache.stems.set(word, s);
  }
  return s;
}

/** 1 for the word (or stem), less for compounds and near-misses by a typo, 0 otherwise. */
function wordMatch(q: string, w: string, qs: string, ws: string, rows: EditDistanceRows): number {
  if (q === w || qs === ws || w === qs || ws === q) return WORD_MATCH.same;
  if (
    qs.length >= WORD_MATCH.longerFormStem &&
    ws.startsWith(qs) &&
    w.length - qs.length <= WORD_MATCH.longerFormExtra &&
    splitCompound(w).length === 1
  ) {
    return WORD_MATCH.longerForm;
  }
  // Compounds by their parts (word list), not by shared fragments: the head says what it is.
  // (The includes() checks are cheap filters: a part is always a substring.)
  if (w.length > q.length && qs.length >= WORD_MATCH.partStem && w.includes(qs)) {
    const at = partPosition(w, q) ?? partPosition(w, qs);
    if (at) return at === 'head' ? WORD_MATCH.part : WORD_MATCH.modifier;
  }
  if (q.length > w.length && ws.length >= WORD_MATCH.partStem && q.includes(ws)) {
    const at = partPosition(q, w) ?? partPosition(q, ws);
    if (at) return at === 'head' ? WORD_MATCH.contained : WORD_MATCH.modifier;
  }
  // A typo: same length give or take two, sharing the first or second letter (cheap pre-checks).
  if (
    q.length >= WORD_MATCH.typoMinLength &&
    Math.abs(q.length - w.length) <= 2 &&
    (q[0] === w[0] || q[1] === w[1]) &&
    editDistance(q, w, 2, rows) <= (q.length >= WORD_MATCH.typoTwoEditsFrom ? 2 : 1)
  ) {
    return WORD_MATCH.typo;
  }
  return 0;
}

/** Levenshtein distance with an early exit above `max`. */
export function editDistance(a: string, b: string, max: number, rows = new EditDistanceRows()): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  rows.fit(b.length);
  let prev = rows.prev;
  let cur = rows.cur;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

function why(doc: TrainerDocument, credits: Credit[], concepts: Concept[], words: QueryWords): Why {
  const matched = concepts.filter((_, i) => credits[i].credit > 0);
  const hits = (raw: string) => {
    const text = normalise(raw);
    const best = words.strengths(text);
    return matched.some((c) => c.variants.some((v) => words.variantStrength(v, text, best) >= WORD_MATCH.shownInWhy));
  };
  const sentences = doc.bio.split(/(?<=[.!?])\s+/);
  return {
    expertise: doc.expertise.filter(hits),
    courses: doc.courseTitles.filter(hits),
    snippets: sentences.filter(hits).slice(0, 2),
  };
}
