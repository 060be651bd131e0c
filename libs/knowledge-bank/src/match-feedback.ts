import { analyse } from './analyzer.js';
import type { Concept, Vocabulary } from './analyzer.js';
import { CONFIDENCE_THRESHOLD } from './fit.js';
import type { MatchVerdict } from './knowledge-bank.entities.js';
import { cosine } from './lsa.js';
import type { LsaModel } from './lsa.js';
import type { Precedent } from './match-feedback.repository.js';
import { hasLexicalReason } from './related-reasons.js';
import type { Why } from './reranker.js';

/**
 * How close an earlier judged question must be to count as "a similar question": the cosine of
 * the two texts in the matcher's latent model (lsa.ts), or, while no model is ready, the share of
 * concepts the two have in common (Jaccard). Half-way between unrelated (≈ 0) and the same text
 * (1), and checked on all 9,180 pairs of the 136 answerable dev questions (dev.jsonl + dev-2.jsonl,
 * model over the eval catalogue): a pair's best trainer of one is relevant to the other in 1.2% of
 * all pairs, 26% at cosine ≥ 0.3, 38% at ≥ 0.4, 47% at ≥ 0.5 (32 pairs), 67% at ≥ 0.6 (9 pairs).
 * At 0.5 a verdict adds nothing yet (the lift grows linearly to the cap at cosine 1), so pairs near
 * the threshold barely move anyone; a paraphrase of a judged question (≈ 0.9) gets most of it.
 */
export const PRECEDENT_SIMILARITY = 0.5;

/**
 * The most an organisation's earlier verdicts move one trainer's score: one confidence threshold
 * (fit.ts, 0.1 on the 0–1 score scale), the width of the "fair" band. It only reorders: it is
 * applied to candidates that already have a lexical reason (a why), never changes a trainer's fit
 * nor whether the answer is a strong match — those stay with the lexical score — so feedback never
 * turns a trainer without evidence into a match and never decides abstention on its own.
 */
export const PRECEDENT_CAP = CONFIDENCE_THRESHOLD;

/** Which way a verdict moves a trainer. */
const DIRECTION: Record<MatchVerdict, 1 | -1> = { good: 1, invited: 1, bad: -1 };

/** An earlier verdict on a similar question, as the answer explains it. */
export interface PrecedentWhy {
  verdict: MatchVerdict;
  /** How similar the judged question was (0–1). */
  similarity: number;
}

export type WhyWithPrecedent = Why & { precedent?: PrecedentWhy };

export interface ScoredPrecedent extends Precedent {
  similarity: number;
}

/**
 * The similarity of a question to each earlier judged text, by the matcher's own representation:
 * the latent model when there is one and it knows a word of the question, else concept overlap.
 */
export function precedentSimilarities(
  question: { text: string; concepts: Concept[] },
  precedents: Precedent[],
  lsa: LsaModel | undefined,
  vocabulary: Vocabulary,
): ScoredPrecedent[] {
  const q = lsa?.embed(question.text);
  if (lsa && q?.some((x) => x !== 0)) {
    return precedents.map((p) => ({ ...p, similarity: Math.max(0, cosine(q, lsa.embed(p.text))) }));
  }
  const mine = new Set(question.concepts.map((c) => c.term));
  return precedents.map((p) => {
    const theirs = new Set(analyse(p.text, vocabulary).map((c) => c.term));
    const shared = [...mine].filter((t) => theirs.has(t)).length;
    const union = mine.size + theirs.size - shared;
    return { ...p, similarity: union ? shared / union : 0 };
  });
}

interface Candidate {
  document: { id: string };
  score: number;
  why: Why;
}

/**
 * Lifts (good, invited) or lowers (bad) the candidates that earlier verdicts on similar questions
 * name, by at most PRECEDENT_CAP each, scaled by how far above PRECEDENT_SIMILARITY the question
 * was; then re-sorts (ties keep the re-ranker's order). Candidates without a reason are left as
 * they are, and so is everything else about a candidate (its fit is the caller's, from the
 * lexical score).
 */
export function applyPrecedents<T extends Candidate>(
  trainers: T[],
  precedents: ScoredPrecedent[],
): (Omit<T, 'why'> & { why: WhyWithPrecedent })[] {
  const byTrainer = new Map<string, ScoredPrecedent[]>();
  for (const p of precedents) {
    if (p.similarity < PRECEDENT_SIMILARITY) continue;
    byTrainer.set(p.teacherId, [...(byTrainer.get(p.teacherId) ?? []), p]);
  }
  const adjusted = trainers.map((t, position) => {
    const mine = byTrainer.get(t.document.id);
    if (!mine || !hasLexicalReason(t.why) || t.score <= 0) return { trainer: t, position };
    const weight = (p: ScoredPrecedent): number =>
      (DIRECTION[p.verdict] * (p.similarity - PRECEDENT_SIMILARITY)) / (1 - PRECEDENT_SIMILARITY);
    const sum = mine.reduce((total, p) => total + weight(p), 0);
    const net = Math.max(-1, Math.min(1, sum));
    if (net === 0) return { trainer: t, position };
    // The verdict explained is the most similar one that points the way the trainer moved.
    const shown = mine
      .filter((p) => Math.sign(DIRECTION[p.verdict]) === Math.sign(net))
      .reduce((a, b) => (b.similarity > a.similarity ? b : a));
    const score = Math.max(0, Math.min(1, Math.round((t.score + PRECEDENT_CAP * net) * 1000) / 1000));
    return {
      trainer: {
        ...t,
        score,
        why: { ...t.why, precedent: { verdict: shown.verdict, similarity: Math.round(shown.similarity * 100) / 100 } },
      },
      position,
    };
  });
  return adjusted.sort((a, b) => b.trainer.score - a.trainer.score || a.position - b.position).map((a) => a.trainer);
}
