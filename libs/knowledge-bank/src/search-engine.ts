import type { Concept } from './analyzer.js';
import type { DocumentOf, EngineHit, IndexName, SearchFilters } from './documents.js';

export interface EngineQuery {
  concepts: Concept[];
  filters: SearchFilters;
  /** Candidates to return at most (the re-ranker orders them). */
  limit: number;
}

/**
 * How the engine is: up; configuring (settings not yet applied, e.g. a long settings task at
 * start-up); down (not reachable); incompatible (not the pinned server version).
 */
export interface EngineStatus {
  state: 'up' | 'configuring' | 'down' | 'incompatible';
  detail?: string;
}

export interface IndexStats {
  index: IndexName;
  documents: number;
}

/**
 * The search engine port: PostgreSQL full text (default) or Meilisearch (MEILI_URL). Both pass
 * the same contract tests; ranking beyond the text score is the shared re-ranker's job.
 */
export abstract class SearchEngine {
  abstract readonly name: 'postgres' | 'meilisearch';

  /** Index settings: searchable/filterable attributes, synonyms, stop words. Idempotent, safe on every replica at once. */
  abstract configure(synonyms: Map<string, string[]>): Promise<void>;

  /** For health answers; never throws. */
  abstract status(): Promise<EngineStatus>;

  abstract upsert<I extends IndexName>(index: I, documents: DocumentOf[I][]): Promise<void>;

  abstract remove(index: IndexName, ids: string[]): Promise<void>;

  abstract search<I extends IndexName>(index: I, query: EngineQuery): Promise<EngineHit<DocumentOf[I]>[]>;

  /**
   * Replaces the whole index with `documents` without a moment of emptiness, with `synonyms`
   * (read from PostgreSQL by the caller). An upsert or removal that arrives meanwhile is not lost.
   */
  abstract rebuild<I extends IndexName>(
    index: I,
    documents: DocumentOf[I][],
    synonyms?: Map<string, string[]>,
  ): Promise<void>;

  abstract stats(): Promise<IndexStats[]>;

  /** Ids in the index (contract tests and the crash test compare them with the database). */
  abstract ids(index: IndexName): Promise<string[]>;
}
