import { Injectable } from '@nestjs/common';
import { buildVocabulary, normalise } from './analyzer.js';
import type { Vocabulary } from './analyzer.js';
import type { SearchSynonym } from './knowledge-bank.entities.js';
import { SynonymRepository } from './vocabulary.repository.js';
import { DEFAULT_SYNONYMS } from './vocabulary.js';

/** How long a process reuses the vocabulary it read: admins' edits reach every replica within it. */
const VOCABULARY_FRESH_MS = 30_000;

/** The base list plus what admins added; read fresh at most every 30 seconds per process. */
@Injectable()
export class VocabularyService {
  private cache?: { at: number; vocabulary: Vocabulary };

  constructor(private readonly synonyms: SynonymRepository) {}

  async vocabulary(): Promise<Vocabulary> {
    if (this.cache && Date.now() - this.cache.at < VOCABULARY_FRESH_MS) return this.cache.vocabulary;
    const rows = await this.synonyms.list();
    const vocabulary = buildVocabulary(DEFAULT_SYNONYMS, Object.fromEntries(rows.map((r) => [r.term, r.synonyms])));
    this.cache = { at: Date.now(), vocabulary };
    return vocabulary;
  }

  list(): Promise<SearchSynonym[]> {
    return this.synonyms.list();
  }

  async put(term: string, synonyms: string[]): Promise<SearchSynonym> {
    const saved = await this.synonyms.put(normalise(term), [...new Set(synonyms.map(normalise))]);
    this.cache = undefined;
    return saved;
  }

  async remove(term: string): Promise<boolean> {
    const removed = await this.synonyms.remove(normalise(term));
    this.cache = undefined;
    return removed;
  }

  defaults(): Record<string, string[]> {
    return DEFAULT_SYNONYMS;
  }
}
