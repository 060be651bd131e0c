import { Meilisearch } from 'meilisearch';
import type { EnqueuedTaskPromise, Settings } from 'meilisearch';
import type { DocumentOf, EngineHit, IndexName, SearchFilters } from '../documents.js';
import { SearchEngine } from '../search-engine.js';
import type { EngineQuery, IndexStats } from '../search-engine.js';
import { STOP_WORDS } from '../vocabulary.js';

const SETTINGS: Record<IndexName, Settings> = {
  trainers: {
    // Priority order: what someone says they are expert in first.
    searchableAttributes: [
      'expertise',
      'courseTopics',
      'jobTitle',
      'courseTitles',
      'name',
      'bio',
      'courseSummaries',
      'organisationName',
    ],
    filterableAttributes: [
      'region',
      'regions',
      'formats',
      'languages',
      'inCompany',
      'organisationId',
      'organisationSlug',
    ],
    sortableAttributes: ['name'],
  },
  courses: {
    searchableAttributes: ['title', 'topics', 'summary', 'learningGoals', 'description', 'organisationName'],
    filterableAttributes: ['format', 'language', 'level', 'organisationId', 'teacherIds'],
    sortableAttributes: ['title'],
  },
};

/**
 * Meilisearch (when MEILI_URL is set). Every task's final status is checked: a failed task is an
 * error, not silence. Rebuilds go into a fresh index that is then swapped in.
 */
export class MeilisearchEngine extends SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;

  constructor(
    host: string,
    apiKey?: string,
    private readonly prefix = 'collegiaal',
  ) {
    super();
    this.client = new Meilisearch({ host, apiKey });
  }

  private uid(index: IndexName): string {
    return `${this.prefix}_${index}`;
  }

  async configure(synonyms: Map<string, string[]>): Promise<void> {
    for (const index of ['trainers', 'courses'] as IndexName[]) await this.prepare(this.uid(index), index, synonyms);
  }

  private synonymsCache = new Map<string, string[]>();

  private async prepare(
    uid: string,
    index: IndexName,
    synonyms: Map<string, string[]> = this.synonymsCache,
  ): Promise<void> {
    this.synonymsCache = synonyms;
    const exists = await this.client
      .index(uid)
      .getRawInfo()
      .then(() => true)
      .catch(() => false);
    if (!exists) await done(this.client.createIndex(uid, { primaryKey: 'id' }));
    await done(
      this.client.index(uid).updateSettings({
        ...SETTINGS[index],
        localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld'] }],
        synonyms: Object.fromEntries(synonyms),
        stopWords: [...STOP_WORDS],
        typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
      }),
    );
  }

  async upsert<I extends IndexName>(index: I, documents: DocumentOf[I][]): Promise<void> {
    if (documents.length) await done(this.client.index(this.uid(index)).addDocuments(documents, { primaryKey: 'id' }));
  }

  async remove(index: IndexName, ids: string[]): Promise<void> {
    if (ids.length) await done(this.client.index(this.uid(index)).deleteDocuments(ids));
  }

  async search<I extends IndexName>(index: I, query: EngineQuery): Promise<EngineHit<DocumentOf[I]>[]> {
    const q = [...new Set(query.concepts.map((c) => c.term))].join(' ');
    if (!q) return [];
    const res = await this.client.index(this.uid(index)).search<DocumentOf[I] & Record<string, unknown>>(q, {
      limit: query.limit,
      filter: filterExpression(index, query.filters),
      matchingStrategy: 'frequency',
      showRankingScore: true,
    });
    return res.hits.map(({ _rankingScore, _formatted, _matchesPosition, ...doc }) => {
      return { document: doc as unknown as DocumentOf[I], textScore: _rankingScore ?? 0 };
    });
  }

  async rebuild<I extends IndexName>(index: I, documents: DocumentOf[I][]): Promise<void> {
    const live = this.uid(index);
    const next = `${live}_rebuild_${Date.now()}`;
    await this.prepare(next, index);
    for (let i = 0; i < documents.length; i += 1000) {
      await done(this.client.index(next).addDocuments(documents.slice(i, i + 1000), { primaryKey: 'id' }));
    }
    await this.prepare(live, index);
    await done(this.client.swapIndexes([{ indexes: [live, next], rename: false }]));
    await done(this.client.deleteIndex(next));
  }

  async stats(): Promise<IndexStats[]> {
    const out: IndexStats[] = [];
    for (const index of ['trainers', 'courses'] as IndexName[]) {
      const s = await this.client.index(this.uid(index)).getStats();
      out.push({ index, documents: s.numberOfDocuments });
    }
    return out;
  }

  async ids(index: IndexName): Promise<string[]> {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await this.client
        .index(this.uid(index))
        .getDocuments<{ id: string }>({ fields: ['id'], limit: 1000, offset });
      ids.push(...page.results.map((d) => d.id));
      if (page.results.length < 1000) return ids.sort();
    }
  }
}

/** Waits for a task and turns anything but success into an error. */
async function done(task: EnqueuedTaskPromise): Promise<void> {
  const result = await task.waitTask({ timeout: 60_000 });
  if (result.status !== 'succeeded') {
    throw new Error(
      `Meilisearch task ${result.uid} (${result.type}) ${result.status}: ${result.error?.message ?? 'no detail'}`,
    );
  }
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function filterExpression(index: IndexName, f: SearchFilters): string[] {
  const out: string[] = [];
  if (index === 'trainers') {
    if (f.region) out.push(`region = ${quote(f.region)} OR regions = ${quote(f.region)}`);
    if (f.format) out.push(`formats = ${quote(f.format)}`);
    if (f.language) out.push(`languages = ${quote(f.language)}`);
    if (f.inCompany) out.push('inCompany = true');
    if (f.excludeOrganisationId)
      out.push(
        `organisationId != ${quote(f.excludeOrganisationId)} AND organisationSlug != ${quote(f.excludeOrganisationId)}`,
      );
  } else {
    if (f.format) out.push(`format = ${quote(f.format)}`);
    if (f.language) out.push(`language = ${quote(f.language)}`);
    if (f.excludeOrganisationId) out.push(`organisationId != ${quote(f.excludeOrganisationId)}`);
  }
  return out;
}
