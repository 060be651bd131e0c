import { Meilisearch, MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import type { EnqueuedTaskPromise } from 'meilisearch';
import type { DocumentOf, EngineHit, IndexName } from '../documents.js';
import { KnowledgeBankException } from '../knowledge-bank.exception.js';
import { SearchEngine } from '../search-engine.js';
import { isUnavailable } from './search-unavailable.js';
import type { EngineQuery, EngineStatus, IndexStats } from '../search-engine.js';
import {
  conceptQueries,
  indexSettings,
  meiliDocument,
  mergeConceptHits,
  swapPayload,
  versionMismatch,
} from './meilisearch-requests.js';
import type { ConceptQuery, MeiliHit } from './meilisearch-requests.js';

/**
 * The calls the engine makes, each returning once Meilisearch has finished the task (a failed task
 * is an error). The real one is meiliPort(); unit specs use a recording fake.
 */
export interface MeiliPort {
  version(): Promise<string>;
  /** PATCH settings; creates the index when it is missing (no check-then-create). */
  updateSettings(uid: string, settings: Record<string, unknown>): Promise<void>;
  addDocuments(uid: string, documents: object[]): Promise<void>;
  deleteDocuments(uid: string, ids: string[]): Promise<void>;
  multiSearch(queries: ConceptQuery['query'][]): Promise<{ hits: MeiliHit[] }[]>;
  swapIndexes(payload: { indexes: [string, string]; rename: false }[]): Promise<void>;
  /** Deletes an index; a missing one is no error. */
  deleteIndex(uid: string): Promise<void>;
  documentCount(uid: string): Promise<number>;
  documentIds(uid: string, offset: number, limit: number): Promise<string[]>;
}

/** Waits for a task and turns anything but success into an error. */
async function done(task: EnqueuedTaskPromise, timeout: number): Promise<void> {
  const result = await task.waitTask({ timeout });
  if (result.status !== 'succeeded') {
    throw new Error(
      `Meilisearch task ${result.uid} (${result.type}) ${result.status}: ${result.error?.message ?? 'no detail'}`,
    );
  }
}

/** The port on meilisearch-js. Settings tasks may take long (a full re-index); they wait longer. */
export function meiliPort(host: string, apiKey?: string): MeiliPort {
  const client = new Meilisearch({ host, apiKey });
  return {
    version: async () => (await client.getVersion()).pkgVersion,
    updateSettings: (uid, settings) => done(client.index(uid).updateSettings(settings), 30 * 60_000),
    addDocuments: (uid, documents) => done(client.index(uid).addDocuments(documents, { primaryKey: 'id' }), 5 * 60_000),
    deleteDocuments: (uid, ids) => done(client.index(uid).deleteDocuments(ids), 5 * 60_000),
    multiSearch: async (queries) =>
      (await client.multiSearch<{ queries: typeof queries }, MeiliHit>({ queries })).results,
    swapIndexes: (payload) => done(client.swapIndexes(payload), 5 * 60_000),
    deleteIndex: async (uid) => {
      try {
        await done(client.deleteIndex(uid), 5 * 60_000);
      } catch (e) {
        if (!/index_not_found|not found/i.test(String(e))) throw e;
      }
    },
    documentCount: async (uid) => (await client.index(uid).getStats()).numberOfDocuments,
    documentIds: async (uid, offset, limit) =>
      (await client.index(uid).getDocuments<{ id: string }>({ fields: ['id'], limit, offset })).results.map(
        (d) => d.id,
      ),
  };
}

/** Meilisearch cannot be reached, answers 5xx, or lacks the index: search is unavailable, not broken. */
export function isOutage(e: unknown): boolean {
  if (isUnavailable(e) || e instanceof MeilisearchRequestError) return true;
  if (e instanceof MeilisearchApiError) {
    return e.response.status >= 500 || e.cause?.code === 'index_not_found';
  }
  return false;
}

type Change = { upsert: object[]; remove?: never } | { remove: string[]; upsert?: never };

const IDS_PAGE = 1000;
const ADD_BATCH = 1000;

/**
 * Meilisearch (when MEILI_URL is set), on the server version MEILISEARCH_COMPATIBILITY pins.
 * Morphology and candidates are the shared analyzer's: documents carry analysed terms, questions
 * become one query per concept form (multi-search) merged into the OR of concepts. Set-up runs
 * in the background (health says "configuring"); search answers 503 while Meilisearch is down.
 */
export class MeilisearchEngine extends SearchEngine {
  readonly name = 'meilisearch' as const;
  private state: EngineStatus = { state: 'configuring' };
  private configured = false;
  /** Changes that arrived while an index is rebuilt; applied to the new index before the swap. */
  private readonly duringRebuild = new Map<IndexName, { next: string; changes: Change[] }>();

  constructor(
    private readonly port: MeiliPort,
    private readonly prefix = 'collegiaal',
  ) {
    super();
  }

  private uid(index: IndexName): string {
    return `${this.prefix}_${index}`;
  }

  status(): Promise<EngineStatus> {
    return Promise.resolve(this.state);
  }

  /**
   * Checks the server version, then applies the settings to both indexes (creating them when
   * missing; every replica may do so at once). Idempotent; on failure the state says why.
   */
  async configure(synonyms: Map<string, string[]>): Promise<void> {
    if (this.state.state !== 'up') this.state = { state: 'configuring' };
    try {
      const mismatch = versionMismatch(await this.port.version());
      if (mismatch) {
        this.state = { state: 'incompatible', detail: mismatch };
        throw new Error(mismatch);
      }
      for (const index of ['trainers', 'courses'] as IndexName[]) {
        await this.port.updateSettings(this.uid(index), indexSettings(index, synonyms));
      }
      this.configured = true;
      this.state = { state: 'up' };
    } catch (e) {
      if (this.state.state === 'incompatible') throw e;
      const outage = isOutage(e);
      this.state = { state: outage ? 'down' : 'configuring', detail: messageOf(e) };
      throw outage ? KnowledgeBankException.searchUnavailable() : e;
    }
  }

  async upsert<I extends IndexName>(index: I, documents: DocumentOf[I][]): Promise<void> {
    if (!documents.length) return;
    const docs = documents.map((d) => meiliDocument(index, d));
    const rebuild = this.duringRebuild.get(index);
    rebuild?.changes.push({ upsert: docs });
    // The new index first: a write enqueued before the swap lands there, one after it in the live one.
    if (rebuild) await this.port.addDocuments(rebuild.next, docs);
    await this.guard(this.port.addDocuments(this.uid(index), docs));
  }

  async remove(index: IndexName, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const rebuild = this.duringRebuild.get(index);
    rebuild?.changes.push({ remove: ids });
    if (rebuild) await this.port.deleteDocuments(rebuild.next, ids);
    await this.guard(this.port.deleteDocuments(this.uid(index), ids));
  }

  async search<I extends IndexName>(index: I, query: EngineQuery): Promise<EngineHit<DocumentOf[I]>[]> {
    if (this.state.state === 'incompatible') throw KnowledgeBankException.searchUnavailable();
    const queries = conceptQueries(this.uid(index), index, query.concepts, query.filters, query.limit);
    if (!queries.length) return [];
    const results = await this.guard(this.port.multiSearch(queries.map((q) => q.query)));
    const merged = mergeConceptHits(queries, results, query.limit, query.concepts.length);
    return merged.map((m) => ({ document: m.document as unknown as DocumentOf[I], textScore: m.score }));
  }

  /**
   * Builds a fresh index (settings with the synonyms read from PostgreSQL by the caller, then the
   * documents), applies the changes that arrived meanwhile, swaps it in and deletes the old one.
   * On any failure the half-built index is deleted and the live one is untouched.
   */
  async rebuild<I extends IndexName>(
    index: I,
    documents: DocumentOf[I][],
    synonyms: Map<string, string[]> = new Map(),
  ): Promise<void> {
    const live = this.uid(index);
    const next = `${live}_rebuild_${Date.now()}`;
    const changes: Change[] = [];
    this.duringRebuild.set(index, { next, changes });
    let swapped = false;
    try {
      await this.port.updateSettings(next, indexSettings(index, synonyms));
      const docs = documents.map((d) => meiliDocument(index, d));
      for (let i = 0; i < docs.length; i += ADD_BATCH) await this.port.addDocuments(next, docs.slice(i, i + ADD_BATCH));
      // The snapshot may be older than a change written to `next` meanwhile: apply those again.
      for (let i = 0; i < changes.length; i++) {
        const c = changes[i];
        if (c.upsert) await this.port.addDocuments(next, c.upsert);
        else await this.port.deleteDocuments(next, c.remove);
      }
      await this.port.updateSettings(live, indexSettings(index, synonyms));
      await this.port.swapIndexes(swapPayload(live, next));
      swapped = true;
    } finally {
      this.duringRebuild.delete(index);
      // After the swap `next` holds the old index; before it, the half-built one: either goes.
      await this.port.deleteIndex(next).catch((e: unknown) => {
        if (swapped) throw e;
      });
    }
  }

  async stats(): Promise<IndexStats[]> {
    const out: IndexStats[] = [];
    for (const index of ['trainers', 'courses'] as IndexName[]) {
      const documents = await this.port.documentCount(this.uid(index)).catch((e: unknown) => {
        if (isOutage(e)) return 0;
        throw e;
      });
      out.push({ index, documents });
    }
    return out;
  }

  async ids(index: IndexName): Promise<string[]> {
    const ids: string[] = [];
    for (let offset = 0; ; offset += IDS_PAGE) {
      const page = await this.port.documentIds(this.uid(index), offset, IDS_PAGE);
      ids.push(...page);
      if (page.length < IDS_PAGE) return ids.sort();
    }
  }

  /** Turns an outage into 503 problem+json and marks the engine down (until configure succeeds). */
  private async guard<T>(call: Promise<T>): Promise<T> {
    try {
      const result = await call;
      if (this.configured && this.state.state === 'down') this.state = { state: 'up' };
      return result;
    } catch (e) {
      if (!isOutage(e)) throw e;
      this.state = { state: 'down', detail: messageOf(e) };
      throw KnowledgeBankException.searchUnavailable();
    }
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
