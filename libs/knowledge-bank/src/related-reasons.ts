import { normalise } from './analyzer.js';
import type { TrainerDocument } from './documents.js';
import type { Fit } from './fit.js';
import { EXPLAINED } from './reranker.js';
import type { Why } from './reranker.js';

/** The best matches with a reason of their own whose tags say what field an answer is about. */
export const RELATED_ANCHORS = 3;
/** Shared tags a related reason names at most. */
export const RELATED_SHOWN = 3;

interface Candidate {
  document: TrainerDocument;
  why: Why;
  fit: Fit;
}

/** Whether the question's own words show in the trainer's profile or courses. */
export function hasLexicalReason(why: Why): boolean {
  return why.expertise.length + why.courses.length + why.snippets.length > 0;
}

/** Whether there is anything to show under "Waarom deze collega": own words or a shared field. */
export function hasShownReason(why: Why): boolean {
  return hasLexicalReason(why) || (why.related?.length ?? 0) > 0;
}

/**
 * A candidate that shares no word with the question reached the list through meaning (the latent
 * model, relatedness, query expansion). Its reason is then the field: its expertise tags that the
 * answer's best matches with a reason of their own also carry ("zelfde vakgebied als de beste
 * matches: archiefbeheer"). Such a candidate is never more than weak — its score speaks for the
 * field, not for the question — and one that shares no tag either keeps no reason at all. Only the
 * re-ranker's explained candidates are looked at (EXPLAINED): later ones have no reasons computed.
 */
export function withRelatedReasons<T extends Candidate>(trainers: T[]): T[] {
  const anchors = trainers.filter((t) => t.fit !== 'weak' && hasLexicalReason(t.why)).slice(0, RELATED_ANCHORS);
  if (!anchors.length) return trainers;
  const field = new Set(anchors.flatMap((a) => [...a.document.expertise, ...a.document.courseTopics].map(normalise)));
  // Past EXPLAINED the re-ranker computed no reasons, so an empty one there says nothing.
  return trainers.map((t, i) => {
    if (i >= EXPLAINED || hasLexicalReason(t.why)) return t;
    const related = [...new Set(t.document.expertise.filter((tag) => field.has(normalise(tag))))].slice(
      0,
      RELATED_SHOWN,
    );
    return related.length ? { ...t, fit: 'weak', why: { ...t.why, related } } : { ...t, fit: 'weak' };
  });
}
