import { analyse, buildVocabulary } from '../analyzer.js';
import { trainerDocument } from '../trainer-document.fixture.js';
import type { TrainerDocument } from '../documents.js';
import { normaliseFilters } from '../documents.js';
import { KnowledgeBankException } from '../knowledge-bank.exception.js';
import { DEFAULT_SYNONYMS } from '../vocabulary.js';
import { MeilisearchEngine } from './meilisearch.engine.js';
import type { MeiliPort } from './meilisearch.engine.js';
import {
  APP_KEY_ACTIONS,
  MEILISEARCH_COMPATIBILITY,
  analysedTerms,
  appKeyCreation,
  conceptQueries,
  filterExpression,
  filterValue,
  indexSettings,
  keyPlan,
  meiliDocument,
  mergeConceptHits,
  swapPayload,
  versionMismatch,
} from './meilisearch-requests.js';

/**
 * The request shapes, checked against the pinned server's payload types (Meilisearch v1.50.0):
 * field names of SearchQueryWithIndex (crates/meilisearch/src/search/mod.rs), Settings
 * (crates/meilisearch-types/src/settings.rs), CreateApiKey and the action names (keys.rs), and
 * SwapIndexesPayload (routes/swap_indexes.rs). Each denies unknown fields.
 */
const SERVER = {
  searchQueryWithIndex: new Set(
    'indexUid q offset limit page hitsPerPage attributesToRetrieve attributesToCrop cropLength cropMarker attributesToHighlight highlightPreTag highlightPostTag showMatchesPosition filter sort distinct facets matchingStrategy attributesToSearchOn rankingScoreThreshold locales hybrid vector retrieveVectors media personalize useNetwork showRankingScore showRankingScoreDetails showPerformanceDetails federationOptions'.split(
      ' ',
    ),
  ),
  matchingStrategies: new Set(['last', 'all', 'frequency']),
  settings: new Set(
    'displayedAttributes searchableAttributes filterableAttributes sortableAttributes foreignKeys rankingRules stopWords nonSeparatorTokens separatorTokens dictionary synonyms distinctAttribute proximityPrecision typoTolerance faceting pagination embedders searchCutoffMs localizedAttributes facetSearch prefixSearch chat'.split(
      ' ',
    ),
  ),
  createApiKey: new Set(['description', 'name', 'uid', 'actions', 'indexes', 'expiresAt']),
  actions: new Set(
    '* search documents.* documents.add documents.get documents.delete indexes.* indexes.create indexes.get indexes.update indexes.delete indexes.swap tasks.* tasks.cancel tasks.delete tasks.get settings.* settings.get settings.update stats.* stats.get metrics.* metrics.get dumps.* dumps.create snapshots.* snapshots.create version keys.create keys.get keys.update keys.delete'.split(
      ' ',
    ),
  ),
  swap: new Set(['indexes', 'rename']),
};

const vocabulary = buildVocabulary(DEFAULT_SYNONYMS);

/** A trainer in Zwolle (Overijssel) who teaches in a classroom, unless a spec says otherwise. */
function trainer(id: string, over: Partial<TrainerDocument> = {}): TrainerDocument {
  return trainerDocument(id, {
    name: `Trainer ${id}`,
    organisationId: 'org',
    organisationName: 'Gemeente Zwolle',
    organisationSlug: 'gemeente-zwolle',
    region: 'Overijssel',
    regions: ['Overijssel'],
    formats: ['klassikaal'],
    ...over,
  });
}

describe('Meilisearch request shapes (pinned server v1.50.0)', () => {
  it('pins one client/server pair and checks GET /version against it', () => {
    expect(MEILISEARCH_COMPATIBILITY).toEqual({
      client: '0.62.0',
      server: '1.50.0',
      image: 'getmeili/meilisearch:v1.50.0',
    });
    expect(versionMismatch('1.50.0')).toBeNull();
    expect(versionMismatch('1.50.3')).toBeNull();
    expect(versionMismatch('1.13.3')).toMatch(/1\.13\.3 is not the pinned 1\.50\.0.*getmeili\/meilisearch:v1\.50\.0/);
    expect(versionMismatch('2.50.0')).not.toBeNull();
  });

  it('swaps with the fields SwapIndexesPayload knows, rename false', () => {
    const payload = swapPayload('collegiaal_trainers', 'collegiaal_trainers_rebuild_1');
    expect(payload).toEqual([{ indexes: ['collegiaal_trainers', 'collegiaal_trainers_rebuild_1'], rename: false }]);
    for (const p of payload) for (const k of Object.keys(p)) expect(SERVER.swap).toContain(k);
  });

  it('sends settings the server knows, searching only the analysed terms', () => {
    const settings = indexSettings('trainers', new Map([['avg', ['privacy']]]));
    for (const k of Object.keys(settings)) expect(SERVER.settings).toContain(k);
    expect(settings).toMatchObject({
      searchableAttributes: ['terms'],
      synonyms: { avg: ['privacy'] },
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    });
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['region', 'regions', 'formats']));
    expect(indexSettings('courses', new Map()).filterableAttributes).toEqual(
      expect.arrayContaining(['format', 'language']),
    );
  });

  it('creates the application key with real action names, only on collegiaal_* indexes', () => {
    const key = appKeyCreation('collegiaal');
    for (const k of Object.keys(key)) expect(SERVER.createApiKey).toContain(k);
    for (const a of key.actions) expect(SERVER.actions).toContain(a);
    expect(key.actions).toEqual([...APP_KEY_ACTIONS]);
    expect(key.actions).not.toContain('*');
    expect(key.actions.some((a) => a.startsWith('keys.'))).toBe(false);
    expect(key).toMatchObject({ indexes: ['collegiaal_*'], expiresAt: null });
    expect(key.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps, creates or re-creates the application key by its uid (idempotent set-up)', () => {
    const wanted = appKeyCreation('collegiaal');
    expect(keyPlan(wanted, undefined)).toBe('create');
    expect(keyPlan(wanted, { ...wanted, actions: [...wanted.actions].reverse() })).toBe('keep');
    expect(keyPlan(wanted, { ...wanted, actions: ['*'] })).toBe('recreate');
    expect(keyPlan(wanted, { ...wanted, indexes: ['*'] })).toBe('recreate');
    expect(keyPlan(wanted, { ...wanted, expiresAt: '2027-01-01T00:00:00Z' })).toBe('recreate');
  });

  it('sends one query per concept form, each with fields SearchQueryWithIndex knows, and no words limit', () => {
    const question =
      'Wij zoeken voor ons team iemand die komende maand graag uitgebreid wil komen vertellen over gesprekken';
    const queries = conceptQueries('collegiaal_trainers', 'trainers', analyse(question, vocabulary), {}, 30);
    for (const { query } of queries) {
      for (const k of Object.keys(query)) expect(SERVER.searchQueryWithIndex).toContain(k);
      expect(SERVER.matchingStrategies).toContain(query.matchingStrategy);
      expect(query).toMatchObject({
        indexUid: 'collegiaal_trainers',
        limit: 30,
        attributesToSearchOn: ['terms'],
        showRankingScore: true,
      });
      expect(query.q.split(' ').length).toBeLessThanOrEqual(10);
    }
    // The last concept has queries of its own: its stem and its form as typed.
    expect(queries.map((q) => q.query.q)).toEqual(expect.arrayContaining(['gesprek', 'gesprekken']));
  });

  it('sends short words as a phrase (no prefix match) and long compounds also as two parts', () => {
    const qs = conceptQueries('i', 'trainers', analyse('Woo klimaatstresstest', vocabulary), {}, 10).map(
      (q) => q.query.q,
    );
    expect(qs).toContain('"woo"');
    expect(qs).toContain('stresstest klimaat');
    expect(qs.every((q) => q.trim().length > 0)).toBe(true);
    expect(conceptQueries('i', 'trainers', [], {}, 10)).toEqual([]);
  });

  it('writes analysed terms (words, stems, hyphen parts) into the one searchable field, not the name', () => {
    expect(analysedTerms('Lastige gesprekken, Woo-verzoeken')).toEqual(
      expect.arrayContaining(['lastige', 'gesprekken', 'gesprek', 'woo-verzoeken', 'woo', 'verzoek']),
    );
    expect(analysedTerms('informatiebeveiliging klimaatstresstest')).toEqual(
      expect.arrayContaining(['informatiebeveiliging', 'informatie', 'beveiliging', 'klimaatstresstest', 'klimaat']),
    );
    const doc = meiliDocument('trainers', trainer('a', { name: 'Quirijn', expertise: ['gesprekken'] }));
    expect(doc.terms.split(' ')).toEqual(expect.arrayContaining(['gesprekken', 'gesprek']));
    expect(doc.terms).not.toContain('quirijn');
    expect(doc.name).toBe('Quirijn');
  });
});

describe('filters (one normalisation for both engines)', () => {
  it('escapes only what the filter parser unescapes', () => {
    expect(filterValue('Utrecht')).toBe('"Utrecht"');
    expect(filterValue('Regio "West"')).toBe('"Regio \\"West\\""');
    expect(filterValue('a\\b')).toBe('"a\\b"');
    // Not expressible in Meilisearch's grammar: the caller writes a condition nothing meets.
    expect(filterValue('trailing\\')).toBeNull();
    expect(filterValue('a\\"b')).toBeNull();
  });

  it('normalises regions and builds the region-or-online filter', () => {
    expect(normaliseFilters({ region: ' Friesland ', includeOnline: true, format: '' })).toEqual({
      region: 'Fryslân',
      includeOnline: true,
    });
    expect(normaliseFilters({ includeOnline: true })).toEqual({});
    expect(filterExpression('trainers', { region: 'NH', includeOnline: true })).toEqual([
      'region = "Noord-Holland" OR regions = "Noord-Holland" OR formats = "online"',
    ]);
    expect(filterExpression('trainers', { region: 'x\\', excludeOrganisationId: 'a\\"b' })).toEqual([
      'organisationId NOT EXISTS OR organisationId NOT EXISTS',
    ]);
    expect(filterExpression('courses', { format: 'online', excludeOrganisationId: 'o1' })).toEqual([
      'format = "online"',
      'organisationId != "o1"',
    ]);
  });
});

describe('merge and score normalisation', () => {
  const q = (concept: number, weight = 1) => ({
    concept,
    weight,
    query: {
      indexUid: 'i',
      q: 'x',
      limit: 10,
      filter: [],
      matchingStrategy: 'all' as const,
      attributesToSearchOn: ['terms'],
      showRankingScore: true as const,
    },
  });

  it('ORs concepts: more concepts first, best form per concept, ties by id, without Meilisearch fields', () => {
    const merged = mergeConceptHits(
      [q(0), q(0), q(1), q(1, 0.5)],
      [
        { hits: [{ id: 'b', _rankingScore: 0.9, terms: 't' }] },
        {
          hits: [
            { id: 'b', _rankingScore: 0.7 },
            { id: 'a', _rankingScore: 0.5 },
          ],
        },
        { hits: [{ id: 'a', _rankingScore: 0.8 }] },
        { hits: [{ id: 'c', _rankingScore: 1, _formatted: {} }] },
      ],
      10,
      2,
    );
    expect(merged.map((m) => m.document.id)).toEqual(['a', 'b', 'c']);
    // Mean over the two concepts of the best score per concept: one absolute 0..1 scale.
    expect(merged[0].score).toBeCloseTo(0.65);
    expect(merged[1].score).toBeCloseTo(0.45);
    expect(merged[2]).toEqual({ document: { id: 'c' }, score: 0.25 });
    expect(mergeConceptHits([q(0)], [{ hits: [{ id: 'z' }, { id: 'y' }] }], 1, 1).map((m) => m.document.id)).toEqual([
      'y',
    ]);
  });
});

/** A Meilisearch that records every call; `fail` makes one call name throw. */
function recordingPort(opts: { version?: string; fail?: string; failTimes?: number } = {}) {
  const calls: [string, ...unknown[]][] = [];
  let failures = opts.failTimes ?? Infinity;
  const call =
    <R>(name: string, result: R) =>
    (...args: unknown[]): Promise<R> => {
      calls.push([name, ...args]);
      if (opts.fail && name === opts.fail && failures-- > 0) return Promise.reject(new Error(`${name} failed`));
      return Promise.resolve(result);
    };
  const port: MeiliPort = {
    version: call('version', opts.version ?? '1.50.0'),
    updateSettings: call('updateSettings', undefined),
    addDocuments: call('addDocuments', undefined),
    deleteDocuments: call('deleteDocuments', undefined),
    multiSearch: call('multiSearch', [] as { hits: [] }[]),
    swapIndexes: call('swapIndexes', undefined),
    deleteIndex: call('deleteIndex', undefined),
    documentCount: call('documentCount', 0),
    documentIds: call('documentIds', [] as string[]),
  };
  return { port, calls, names: () => calls.map((c) => (typeof c[1] === 'string' ? `${c[0]} ${c[1]}` : c[0])) };
}

describe('MeilisearchEngine with a recording fake', () => {
  const realNow = Date.now;
  beforeAll(() => {
    Date.now = () => 1;
  });
  afterAll(() => {
    Date.now = realNow;
  });

  it('configures idempotently: checks the version, then settings per index (no create, no existence check)', async () => {
    const { port, names } = recordingPort();
    const engine = new MeilisearchEngine(port);
    expect(await engine.status()).toEqual({ state: 'configuring' });
    await engine.configure(new Map());
    await engine.configure(new Map());
    expect(names()).toEqual([
      'version',
      'updateSettings collegiaal_trainers',
      'updateSettings collegiaal_courses',
      'version',
      'updateSettings collegiaal_trainers',
      'updateSettings collegiaal_courses',
    ]);
    expect(await engine.status()).toEqual({ state: 'up' });
  });

  it('refuses a server that is not the pinned version, and search answers 503 then', async () => {
    const { port, names } = recordingPort({ version: '1.13.3' });
    const engine = new MeilisearchEngine(port);
    await expect(engine.configure(new Map())).rejects.toThrow(/not the pinned 1\.50\.0/);
    expect(names()).toEqual(['version']);
    expect((await engine.status()).state).toBe('incompatible');
    await expect(
      engine.search('trainers', { concepts: analyse('privacy', vocabulary), filters: {}, limit: 5 }),
    ).rejects.toMatchObject({ code: 'SEARCH_UNAVAILABLE', kind: 'unavailable' });
  });

  it('rebuilds: fresh index with settings, documents, swap, delete the old one', async () => {
    const { port, calls, names } = recordingPort();
    const engine = new MeilisearchEngine(port);
    await engine.rebuild('trainers', [trainer('a'), trainer('b')], new Map([['avg', ['privacy']]]));
    expect(names()).toEqual([
      'updateSettings collegiaal_trainers_rebuild_1',
      'addDocuments collegiaal_trainers_rebuild_1',
      'updateSettings collegiaal_trainers',
      'swapIndexes',
      'deleteIndex collegiaal_trainers_rebuild_1',
    ]);
    expect(calls[0][2]).toMatchObject({ synonyms: { avg: ['privacy'] } });
    expect((calls[1][2] as { id: string; terms: string }[]).map((d) => d.id)).toEqual(['a', 'b']);
    expect(calls[3][1]).toEqual([{ indexes: ['collegiaal_trainers', 'collegiaal_trainers_rebuild_1'], rename: false }]);
  });

  it.each(['updateSettings', 'addDocuments', 'swapIndexes'])(
    'deletes the half-built index when %s fails, and leaves the live one alone',
    async (fail) => {
      const { port, names } = recordingPort({ fail });
      const engine = new MeilisearchEngine(port);
      await expect(engine.rebuild('trainers', [trainer('a')], new Map())).rejects.toThrow(`${fail} failed`);
      expect(names().at(-1)).toBe('deleteIndex collegiaal_trainers_rebuild_1');
      expect(names()).not.toContain('deleteIndex collegiaal_trainers');
    },
  );

  it('writes changes that arrive during a rebuild to both indexes and again after the bulk load', async () => {
    const { port, names } = recordingPort();
    // The bulk load of the new index takes a while: changes arrive meanwhile.
    let release = () => {};
    const add = port.addDocuments.bind(port);
    let first = true;
    port.addDocuments = async (uid, docs) => {
      const p = add(uid, docs);
      if (first && uid.includes('_rebuild_')) {
        first = false;
        await new Promise<void>((resolve) => (release = resolve));
      }
      return p;
    };
    const engine = new MeilisearchEngine(port);
    const rebuilt = engine.rebuild('trainers', [trainer('a')], new Map());
    await new Promise((resolve) => setImmediate(resolve));
    await engine.upsert('trainers', [trainer('b')]);
    await engine.remove('trainers', ['c']);
    release();
    await rebuilt;
    await engine.upsert('trainers', [trainer('d')]);
    expect(names()).toEqual([
      'updateSettings collegiaal_trainers_rebuild_1',
      'addDocuments collegiaal_trainers_rebuild_1', // the bulk load (a)
      'addDocuments collegiaal_trainers_rebuild_1', // b to the new index first,
      'addDocuments collegiaal_trainers', // then to the live one
      'deleteDocuments collegiaal_trainers_rebuild_1',
      'deleteDocuments collegiaal_trainers',
      'addDocuments collegiaal_trainers_rebuild_1', // b again after the bulk load
      'deleteDocuments collegiaal_trainers_rebuild_1', // c again
      'updateSettings collegiaal_trainers',
      'swapIndexes',
      'deleteIndex collegiaal_trainers_rebuild_1',
      'addDocuments collegiaal_trainers',
    ]);
  });

  it('searches with one multi-search and merges the concepts', async () => {
    const { port, calls } = recordingPort();
    port.multiSearch = (queries) => {
      calls.push(['multiSearch', queries]);
      return Promise.resolve(
        queries.map((q) =>
          q.q === 'privacy' ? { hits: [{ id: 'p', _rankingScore: 0.9, terms: 'privacy' }] } : { hits: [] },
        ),
      );
    };
    const engine = new MeilisearchEngine(port);
    const hits = await engine.search('trainers', {
      concepts: analyse('privacy en presenteren', vocabulary),
      filters: { region: 'Friesland' },
      limit: 5,
    });
    expect(hits).toEqual([{ document: { id: 'p' }, textScore: 0.45 }]);
    expect(calls).toHaveLength(1);
    const sent = calls[0][1] as { filter: string[] }[];
    expect(sent.every((s) => s.filter[0] === 'region = "Fryslân" OR regions = "Fryslân"')).toBe(true);
  });

  it('turns an unreachable server into 503 problem and reports it down', async () => {
    const { port } = recordingPort();
    const { MeilisearchRequestError } = await import('meilisearch');
    port.multiSearch = () => Promise.reject(new MeilisearchRequestError('http://127.0.0.1:1/multi-search', 'refused'));
    const engine = new MeilisearchEngine(port);
    const error = await engine
      .search('trainers', { concepts: analyse('privacy', vocabulary), filters: {}, limit: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeBankException);
    expect(error).toMatchObject({ code: 'SEARCH_UNAVAILABLE', kind: 'unavailable' });
    expect((await engine.status()).state).toBe('down');
  });
});
