import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '#libs/catalogue';
import { AppConfig } from '#libs/common';
import { Db, SEARCH_HEALTH } from '#libs/database';
import type { SearchHealthReporter } from '#libs/database';
import { PostgresSearchEngine } from './engines/postgres.engine.js';
import { KnowledgeBankController, SearchAdminController } from './knowledge-bank.controller.js';
import { KnowledgeQuestion, MatchFeedback, SearchSynonym } from './knowledge-bank.entities.js';
import { KnowledgeBankRepository } from './knowledge-bank.repository.js';
import { KnowledgeBankService } from './knowledge-bank.service.js';
import { MatchFeedbackController } from './match-feedback.controller.js';
import { MatchFeedbackRepository } from './match-feedback.repository.js';
import { MatchFeedbackService } from './match-feedback.service.js';
import { MatcherService } from './matcher.service.js';
import { SearchAdminService } from './search-admin.service.js';
import { SearchEngine } from './search-engine.js';
import { SearchIndexRepository } from './search-index.repository.js';
import { SearchIndexer } from './search-indexer.js';
import { SynonymRepository } from './vocabulary.repository.js';
import { VocabularyService } from './vocabulary.service.js';
import { KnowledgeBankPersonalData } from './personal-data.js';
import { RerankerCache } from './reranker-cache.js';

@Module({
  imports: [TypeOrmModule.forFeature([KnowledgeQuestion, SearchSynonym, MatchFeedback]), CatalogueModule],
  controllers: [KnowledgeBankController, SearchAdminController, MatchFeedbackController],
  providers: [
    KnowledgeBankPersonalData,
    {
      provide: SearchEngine,
      inject: [AppConfig, Db],
      useFactory: async (config: AppConfig, db: Db): Promise<SearchEngine> => {
        if (!config.MEILI_URL) return new PostgresSearchEngine(db);
        const { MeilisearchEngine, meiliPort } = await import('./engines/meilisearch.engine.js');
        return new MeilisearchEngine(meiliPort(config.MEILI_URL, config.MEILI_API_KEY));
      },
    },
    {
      // /api/health reports Meilisearch's state; with PostgreSQL search there is nothing extra.
      provide: SEARCH_HEALTH,
      inject: [AppConfig, SearchEngine],
      useFactory: (config: AppConfig, engine: SearchEngine): SearchHealthReporter | undefined =>
        config.MEILI_URL ? { state: async () => (await engine.status()).state } : undefined,
    },
    KnowledgeBankRepository,
    // Its bounds are named constants (reranker-cache.ts); a factory, so Nest does not try to inject them.
    { provide: RerankerCache, useFactory: () => new RerankerCache() },
    SynonymRepository,
    VocabularyService,
    SearchIndexRepository,
    SearchIndexer,
    MatchFeedbackRepository,
    MatchFeedbackService,
    MatcherService,
    KnowledgeBankService,
    SearchAdminService,
  ],
  exports: [
    KnowledgeBankPersonalData,
    KnowledgeBankService,
    MatcherService,
    MatchFeedbackService,
    SearchIndexer,
    SearchEngine,
  ],
})
export class KnowledgeBankModule {}
