import { Injectable } from '@nestjs/common';
import { JobQueue } from '#libs/jobs';
import type { SearchHealthDto, SynonymDto, SynonymsDto } from './dto/knowledge.dto.js';
import { isUnavailable } from './engines/search-unavailable.js';
import { KnowledgeBankException } from './knowledge-bank.exception.js';
import { SearchEngine } from './search-engine.js';
import { SearchIndexRepository } from './search-index.repository.js';
import { VocabularyService } from './vocabulary.service.js';

/** What admins see and change of search: health, dead letters, the vocabulary. */
@Injectable()
export class SearchAdminService {
  /** Dead letters the health answer lists (the oldest first). */
  private static readonly SHOWN_DEAD_LETTERS = 20;

  constructor(
    private readonly engine: SearchEngine,
    private readonly index: SearchIndexRepository,
    private readonly vocabulary: VocabularyService,
    private readonly jobs: JobQueue,
  ) {}

  /** Documents per index, outbox lag, dead letters and failed jobs. */
  async health(): Promise<SearchHealthDto> {
    const [status, indexes, outbox, deadLetters, jobs] = await Promise.all([
      this.engine.status(),
      this.engine.stats(),
      this.index.outboxStats(),
      this.index.deadLetters(SearchAdminService.SHOWN_DEAD_LETTERS),
      this.jobs.stats(),
    ]);
    return {
      engine: this.engine.name,
      state: status.state,
      ...(status.detail ? { stateDetail: status.detail } : {}),
      indexes,
      outbox,
      deadLetters,
      jobs,
    };
  }

  async retryDeadLetters(): Promise<{ retried: number }> {
    return { retried: await this.index.retryDead() };
  }

  async synonyms(): Promise<SynonymsDto> {
    return { defaults: this.vocabulary.defaults(), custom: await this.vocabulary.list() };
  }

  /** Creates or replaces a term's synonyms; the engine learns them at once. */
  async putSynonym(term: string, synonyms: string[]): Promise<SynonymDto> {
    const saved = await this.vocabulary.put(term, synonyms);
    await this.reconfigure();
    return saved;
  }

  async deleteSynonym(term: string): Promise<void> {
    if (!(await this.vocabulary.remove(term))) throw KnowledgeBankException.synonymNotFound(term);
    await this.reconfigure();
  }

  /**
   * Gives the engine the vocabulary PostgreSQL now holds. Questions are expanded with it by the
   * analyser either way; when the engine is down it learns it at its next set-up or rebuild.
   */
  private async reconfigure(): Promise<void> {
    await this.engine.configure(await this.vocabulary.vocabulary()).catch((e: unknown) => {
      if (!isUnavailable(e)) throw e;
    });
  }
}
