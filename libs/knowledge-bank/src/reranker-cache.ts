import { LruCache } from '#libs/common';

/**
 * Stems the re-ranker keeps: the bound its process-global memo had (it was cleared beyond it), so
 * memory stays as it was; stems are short strings.
 */
export const STEM_CACHE_ENTRIES = 100_000;

/**
 * Word comparisons (question word × document word → strength) the re-ranker keeps: the bound its
 * process-global memo had. The words of the catalogue and of questions recur, and comparing them
 * (edit distances) is the re-ranker's main cost.
 */
export const WORD_MATCH_CACHE_ENTRIES = 500_000;

/** The comparisons of one question word with document words (document word → strength). */
export class WordMatchGroup {
  readonly strengths = new Map<string, number>();
  /** False once the cache dropped (and emptied) it; remember() keeps it again. */
  kept = true;
}

/**
 * Word comparisons, grouped per question word: a question takes its words' groups once, then
 * looks each document word up in a plain map (the hot path stays one map look-up). Bounded by the
 * total number of comparisons: beyond `maxEntries` the groups of the least recently asked
 * question words are emptied and dropped, the group being filled last.
 */
export class WordMatchCache {
  /** Question word → its group; insertion order is recency. */
  private readonly groups = new Map<string, WordMatchGroup>();
  /** The sum of the kept groups' sizes; a dropped group is empty. */
  private entries = 0;

  constructor(readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be ≥ 1: ${maxEntries}`);
  }

  /** Comparisons kept, over all question words. */
  get size(): number {
    return this.entries;
  }

  /** The comparisons of one question word, now the most recently used. */
  group(questionWord: string): WordMatchGroup {
    const group = this.groups.get(questionWord) ?? new WordMatchGroup();
    this.groups.delete(questionWord);
    this.groups.set(questionWord, group);
    return group;
  }

  /** Keeps a comparison not yet in the group `group(questionWord)` returned. */
  remember(questionWord: string, group: WordMatchGroup, documentWord: string, strength: number): void {
    // Dropped while its question was still being ranked: kept again, as the most recent.
    if (!group.kept) {
      group.kept = true;
      this.groups.delete(questionWord);
      this.groups.set(questionWord, group);
    }
    group.strengths.set(documentWord, strength);
    if (++this.entries > this.maxEntries) this.evict(group);
  }

  private evict(current: WordMatchGroup): void {
    for (const [word, group] of this.groups) {
      if (this.entries <= this.maxEntries) return;
      if (group === current) continue;
      this.entries -= group.strengths.size;
      group.strengths.clear();
      group.kept = false;
      this.groups.delete(word);
    }
    if (this.entries > this.maxEntries) {
      this.entries -= current.strengths.size;
      current.strengths.clear();
    }
  }
}

/**
 * What the re-ranker remembers across questions (stems and word comparisons), bounded. One per
 * application, provided through Nest DI (KnowledgeBankModule); a test makes its own.
 */
export class RerankerCache {
  readonly stems: LruCache<string, string>;
  readonly wordMatches: WordMatchCache;

  constructor(stemEntries = STEM_CACHE_ENTRIES, wordMatchEntries = WORD_MATCH_CACHE_ENTRIES) {
    this.stems = new LruCache(stemEntries);
    this.wordMatches = new WordMatchCache(wordMatchEntries);
  }
}
