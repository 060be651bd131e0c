import { analyse, normalise } from './analyzer.js';
import type { Concept, Vocabulary } from './analyzer.js';
import type { TrainerDocument } from './documents.js';

/** Best first-pass matches whose tags the question is expanded with (as relatedness reads them). */
export const EXPANSION_DOCS = 2;
/** Tags of those matches added to the question at most, rarest among the candidates first. */
export const EXPANSION_TAGS = 6;
/** Further candidates the expanded question may bring to the re-ranker. */
export const EXPANSION_CANDIDATES = 20;

/**
 * Query-side relevance feedback (RM3-style): the expertise tags and course topics of the best
 * first-pass matches that the question does not already contain, rarest among the candidates
 * first, as concepts of a second engine search. It finds colleagues in the same field who share no
 * word with the question; the re-ranker still scores them against the question itself.
 */
export function expansionConcepts(
  ranked: TrainerDocument[],
  candidates: TrainerDocument[],
  question: Concept[],
  vocabulary: Vocabulary,
): Concept[] {
  const asked = new Set(question.flatMap((c) => [c.term, ...c.variants]));
  const df = new Map<string, number>();
  for (const d of candidates)
    for (const t of new Set([...d.expertise, ...d.courseTopics].map(normalise))) df.set(t, (df.get(t) ?? 0) + 1);
  const weight = new Map<string, number>();
  ranked.slice(0, EXPANSION_DOCS).forEach((d, rank) => {
    for (const t of new Set([...d.expertise, ...d.courseTopics].map(normalise))) {
      if (!t || asked.has(t)) continue;
      const w = Math.log(1 + candidates.length / (df.get(t) ?? 1)) / (rank + 1);
      weight.set(t, Math.max(weight.get(t) ?? 0, w));
    }
  });
  const tags = [...weight.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, EXPANSION_TAGS)
    .map(([t]) => t);
  if (!tags.length) return [];
  return analyse(tags.join(' . '), vocabulary).filter((c) => !asked.has(c.term));
}
