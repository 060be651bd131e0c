import { normalise } from './analyzer.js';
import type { Concept, Vocabulary } from './analyzer.js';

/** At most this many topics are stored per question. */
export const QUESTION_TOPICS_MAX = 6;

/**
 * What a question is about, for the demand figures: the question's own concepts (issue #12
 * item 5), not the expertise of the trainers it matched. Concepts the vocabulary knows (a term or
 * phrase with synonyms, e.g. "woo", "helder schrijven") are the topics; a question without any
 * known concept keeps its own words (the analyser's concepts: no stop words, no numbers), so an
 * unusual question still shows up as demand. A topic is written as a tag of the matched trainers
 * or courses spells it when one normalises to the same term ("woo" → "Woo"), else as normalised.
 */
export function questionTopics(concepts: Concept[], vocabulary: Vocabulary, spellings: string[] = []): string[] {
  const known = concepts.filter((c) => vocabulary.has(c.term) || vocabulary.has(c.term.replace(/-/g, ' ')));
  const written = new Map<string, string>();
  for (const tag of spellings) if (!written.has(normalise(tag))) written.set(normalise(tag), tag);
  const terms = (known.length ? known : concepts).map((c) => written.get(c.term) ?? c.term);
  return [...new Set(terms)].slice(0, QUESTION_TOPICS_MAX);
}
