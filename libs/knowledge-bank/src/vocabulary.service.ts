import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { buildVocabulary, normalise } from './analyzer.js';
import type { Vocabulary } from './analyzer.js';
import { SearchSynonym } from './knowledge-bank.entities.js';
import { DEFAULT_SYNONYMS } from './vocabulary.js';

/** The base list plus what admins added; read fresh at most every 30 seconds per process. */
@Injectable()
export class VocabularyService {
  private cache?: { at: number; vocabulary: Vocabulary };

  constructor(private readonly db: Db) {}

  async vocabulary(): Promise<Vocabulary> {
    if (this.cache && Date.now() - this.cache.at < 30_000) return this.cache.vocabulary;
    const rows = await this.db.manager.getRepository(SearchSynonym).find({ order: { term: 'ASC' } });
    const vocabulary = buildVocabulary(DEFAULT_SYNONYMS, Object.fromEntries(rows.map((r) => [r.term, r.synonyms])));
    this.cache = { at: Date.now(), vocabulary };
    return vocabulary;
  }

  list(): Promise<SearchSynonym[]> {
    return this.db.manager.getRepository(SearchSynonym).find({ order: { term: 'ASC' } });
  }

  async put(term: string, synonyms: string[]): Promise<SearchSynonym> {
    const repo = this.db.manager.getRepository(SearchSynonym);
    const key = normalise(term);
    await repo.upsert({ term: key, synonyms: [...new Set(synonyms.map(normalise))] }, ['term']);
    this.cache = undefined;
    return (await repo.findOneBy({ term: key }))!;
  }

  async remove(term: string): Promise<boolean> {
    const result = await this.db.manager.getRepository(SearchSynonym).delete({ term: normalise(term) });
    this.cache = undefined;
    return (result.affected ?? 0) > 0;
  }

  defaults(): Record<string, string[]> {
    return DEFAULT_SYNONYMS;
  }
}
