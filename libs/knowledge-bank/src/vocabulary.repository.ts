import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { SearchSynonym } from './knowledge-bank.entities.js';

/** The synonyms admins maintain (search_synonyms), by normalised term. */
@Injectable()
export class SynonymRepository {
  constructor(private readonly db: Db) {}

  list(): Promise<SearchSynonym[]> {
    return this.db.manager.getRepository(SearchSynonym).find({ order: { term: 'ASC' } });
  }

  /** Creates or replaces the entry of `term`; returns it as stored. */
  async put(term: string, synonyms: string[]): Promise<SearchSynonym> {
    const repo = this.db.manager.getRepository(SearchSynonym);
    await repo.upsert({ term, synonyms }, ['term']);
    return repo.findOneByOrFail({ term });
  }

  async remove(term: string): Promise<boolean> {
    const result = await this.db.manager.getRepository(SearchSynonym).delete({ term });
    return (result.affected ?? 0) > 0;
  }
}
