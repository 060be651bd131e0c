import { STOP_WORDS } from './vocabulary.js';

/** One idea in a question, with the words that express it (its own form and synonyms). */
export interface Concept {
  term: string;
  variants: string[];
}

export type Vocabulary = Map<string, string[]>;

/** Lower case, no accents, only letters, digits and a few joiners. */
export function normalise(text: string): string {
  let s = text.toLowerCase();
  // Decomposing is the slow part; most text is plain ASCII and needs none.
  if (/[\u0080-\uffff]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return s.replace(/[^a-z0-9+-]+/g, ' ').trim();
}

/** Rough Dutch stem for comparing words in the re-ranker (engines use their own stemmers). */
export function stem(word: string): string {
  let w = word;
  for (const suffix of ['heden', 'ingen', 'ing', 'en', 'es', 's', 'e']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.replace(/(.)\1$/, '$1');
}

/**
 * Splits a question into concepts. Phrases of the vocabulary (up to three words) are one
 * concept; every other word that is not a stop word is one, expanded with its synonyms.
 */
export function analyse(text: string, vocabulary: Vocabulary): Concept[] {
  const words = normalise(text).split(' ').filter(Boolean);
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let matched = 0;
    for (const n of [3, 2]) {
      const phrase = words.slice(i, i + n).join(' ');
      if (i + n <= words.length && vocabulary.has(phrase)) {
        add(phrase);
        matched = n;
        break;
      }
    }
    if (matched) {
      i += matched - 1;
      continue;
    }
    const w = words[i].replace(/^-+|-+$/g, '');
    // "Woo-verzoek" is two ideas unless the vocabulary knows the whole ("de-escaleren").
    const parts = w.includes('-') && !vocabulary.has(w) ? w.split('-') : [w];
    for (const part of parts) {
      if (part.length < 2 || STOP_WORDS.has(part) || /^\d+$/.test(part)) continue;
      add(part);
    }
  }
  return concepts;

  function add(term: string): void {
    if (seen.has(term)) return;
    seen.add(term);
    const synonyms = vocabulary.get(term) ?? vocabulary.get(term.replace(/-/g, ' ')) ?? [];
    concepts.push({ term, variants: [...new Set([term, ...synonyms.map(normalise)])] });
  }
}

export function buildVocabulary(...lists: Record<string, string[]>[]): Vocabulary {
  const map: Vocabulary = new Map();
  for (const list of lists) {
    for (const [term, synonyms] of Object.entries(list)) {
      const key = normalise(term);
      map.set(key, [...new Set([...(map.get(key) ?? []), ...synonyms.map(normalise)])]);
    }
  }
  return map;
}
