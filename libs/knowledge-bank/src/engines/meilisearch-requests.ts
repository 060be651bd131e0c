/**
 * What the Meilisearch adapter sends, as pure functions: settings, documents, the multi-search
 * queries of a question and their merge, filters, the swap payload and the application key.
 * Every shape is the one of the pinned server (MEILISEARCH_COMPATIBILITY), read in its source.
 */
import type { Concept } from '../analyzer.js';
import { normalise, stem } from '../analyzer.js';
import { splitCompound } from '../compounds.js';
import { normaliseFilters, searchableFields } from '../documents.js';
import type { DocumentOf, IndexName, SearchFilters } from '../documents.js';
import { STOP_WORDS } from '../vocabulary.js';

/**
 * The client and server this adapter is written for, checked against `GET /version` at start.
 * meilisearch-js 0.62 sends `rename` in every swap (v1.18+) and federated multi-search shapes;
 * v1.50.0 is the server whose payload types (crates/meilisearch-types, routes/swap_indexes.rs,
 * search/mod.rs, keys.rs) this file was checked against. docker-compose.yml pins `image`.
 */
export const MEILISEARCH_COMPATIBILITY = {
  client: '0.62.0',
  server: '1.50.0',
  image: 'getmeili/meilisearch:v1.50.0',
} as const;

/** Null when `pkgVersion` (from GET /version) is the pinned major.minor, else why not. */
export function versionMismatch(pkgVersion: string): string | null {
  const [major, minor] = pkgVersion.replace(/^v/, '').split('.');
  const [wantMajor, wantMinor] = MEILISEARCH_COMPATIBILITY.server.split('.');
  if (major === wantMajor && minor === wantMinor) return null;
  return `Meilisearch ${pkgVersion} is not the pinned ${MEILISEARCH_COMPATIBILITY.server} (meilisearch-js ${MEILISEARCH_COMPATIBILITY.client}); run ${MEILISEARCH_COMPATIBILITY.image}`;
}

/** The one field every query searches: analysed terms of the searchable fields (see documentTerms). */
export const TERMS_FIELD = 'terms';

/** What an application key may do, and on which indexes (names in crates/meilisearch-types/src/keys.rs). */
export const APP_KEY_ACTIONS = [
  'search',
  'documents.add',
  'documents.get',
  'documents.delete',
  'indexes.create',
  'indexes.get',
  'indexes.delete',
  'indexes.swap',
  'settings.get',
  'settings.update',
  'tasks.get',
  'stats.get',
  'version',
] as const;

/** The application key's fixed uid, so the set-up step finds the key it made before. */
export const APP_KEY_UID = '6d0c5a54-2f1e-4c56-9a43-0c0111e9e516';

export function appKeyCreation(prefix: string): {
  uid: string;
  name: string;
  description: string;
  actions: string[];
  indexes: string[];
  expiresAt: null;
} {
  return {
    uid: APP_KEY_UID,
    name: 'collegiaal-app',
    description: 'Collegiaal API and worker: search and index maintenance, nothing else',
    actions: [...APP_KEY_ACTIONS],
    indexes: [`${prefix}_*`],
    expiresAt: null,
  };
}

/** Index settings; sent with PATCH /indexes/{uid}/settings, which also creates a missing index. */
export function indexSettings(index: IndexName, synonyms: Map<string, string[]>): Record<string, unknown> {
  const filterable =
    index === 'trainers'
      ? ['region', 'regions', 'formats', 'languages', 'inCompany', 'organisationId', 'organisationSlug']
      : ['format', 'language', 'level', 'organisationId', 'teacherIds'];
  return {
    // Morphology is ours: the analysed terms are the one searchable field, as in PostgreSQL.
    searchableAttributes: [TERMS_FIELD],
    filterableAttributes: filterable,
    sortableAttributes: [index === 'trainers' ? 'name' : 'title'],
    synonyms: Object.fromEntries(synonyms),
    stopWords: [...STOP_WORDS].sort(),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  };
}

/**
 * The analysed terms of a text: every normalised word and its stem (the shared analyzer's), the
 * parts of a word joined by hyphens, and the parts of a compound (splitCompound, the OpenTaal word
 * list). Both the plural and the singular of a word have the same stem, so "gesprekken" finds
 * "gesprek" without a Dutch stemmer in Meilisearch; "beveiliging" finds "informatiebeveiliging".
 */
export function analysedTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of normalise(text).split(' ')) {
    const w = word.replace(/^[-+]+|[-+]+$/g, '');
    if (!w) continue;
    const pieces = w.includes('-') ? [w, ...w.split('-')] : [w];
    for (const piece of [...pieces]) {
      const parts = splitCompound(piece);
      if (parts.length > 1) pieces.push(...parts);
    }
    for (const part of new Set(pieces)) {
      if (!part || STOP_WORDS.has(part)) continue;
      out.push(part);
      const s = stem(part);
      if (s !== part) out.push(s);
    }
  }
  return out;
}

/** A document as Meilisearch stores it: the document plus its analysed terms. */
export function meiliDocument<I extends IndexName>(index: I, doc: DocumentOf[I]): DocumentOf[I] & { terms: string } {
  const f = searchableFields(index, doc);
  return { ...doc, [TERMS_FIELD]: analysedTerms(`${f.a} . ${f.b} . ${f.c} . ${f.d}`).join(' ') };
}

/** One query of a question's multi-search: which concept it serves, and how much a hit counts. */
export interface ConceptQuery {
  concept: number;
  weight: number;
  query: {
    indexUid: string;
    q: string;
    limit: number;
    filter: string[];
    matchingStrategy: 'all';
    attributesToSearchOn: string[];
    showRankingScore: true;
  };
}

/** Compound parts are tried for words this long, each part at least four letters (as in PostgreSQL). */
const COMPOUND_MIN = 8;
const PART_MIN = 4;

/**
 * One query per form of every concept (its words' stems, its words as typed — typo tolerance
 * works on those — and, for a long single word, every split into two parts), all mandatory
 * within the query. The merge ORs the concepts, so no words limit applies to a long question.
 * Words shorter than five letters are sent as a phrase: Meilisearch would otherwise match them as
 * prefixes ("woo" → "woonwijk"), which the PostgreSQL engine does not.
 */
export function conceptQueries(
  uid: string,
  index: IndexName,
  concepts: Concept[],
  filters: SearchFilters,
  limit: number,
): ConceptQuery[] {
  const filter = filterExpression(index, filters);
  const out: ConceptQuery[] = [];
  const seen = new Set<string>();
  const add = (concept: number, weight: number, words: string[]) => {
    const kept = words.filter((w) => w && !STOP_WORDS.has(w));
    if (!kept.length) return;
    const q = kept.length === 1 && kept[0].length < 5 ? `"${kept[0]}"` : kept.join(' ');
    const key = `${concept} ${q}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      concept,
      weight,
      query: {
        indexUid: uid,
        q,
        limit,
        filter,
        matchingStrategy: 'all',
        attributesToSearchOn: [TERMS_FIELD],
        showRankingScore: true,
      },
    });
  };
  concepts.forEach((c, i) => {
    for (const variant of c.variants) {
      const words = normalise(variant)
        .split(' ')
        .flatMap((w) => w.split('-'))
        .filter(Boolean);
      add(i, 1, words.map(stem));
      add(i, 1, words);
    }
    const term = c.term;
    if (term.length >= COMPOUND_MIN && /^[a-z]+$/.test(term)) {
      // The first part last: Meilisearch matches only the last word as a prefix ("klimaat…").
      for (let k = PART_MIN; k <= term.length - PART_MIN; k++) add(i, 0.5, [term.slice(k), term.slice(0, k)]);
    }
  });
  return out;
}

export interface MeiliHit {
  id: string;
  _rankingScore?: number;
  [field: string]: unknown;
}

/**
 * Merges the queries' hits into the OR of concepts: a document's score is the mean over the
 * question's `concepts` of its best (weighted) _rankingScore for each (0 for a concept it lacks),
 * so documents with more concepts come first and the score stays 0..1 with an absolute meaning
 * (see EngineHit); ties by id. Returns the documents without Meilisearch's fields and terms.
 */
export function mergeConceptHits(
  queries: ConceptQuery[],
  results: { hits: MeiliHit[] }[],
  limit: number,
  concepts: number,
): { document: Record<string, unknown>; score: number }[] {
  const byId = new Map<string, { document: Record<string, unknown>; perConcept: Map<number, number> }>();
  results.forEach((r, i) => {
    const { concept, weight } = queries[i];
    for (const hit of r.hits) {
      const {
        _rankingScore,
        _formatted,
        _matchesPosition,
        _rankingScoreDetails,
        [TERMS_FIELD]: _terms,
        ...document
      } = hit;
      const entry = byId.get(hit.id) ?? { document, perConcept: new Map<number, number>() };
      byId.set(hit.id, entry);
      const score = (_rankingScore ?? 0) * weight;
      entry.perConcept.set(concept, Math.max(entry.perConcept.get(concept) ?? 0, score));
    }
  });
  return [...byId.entries()]
    .map(([id, e]) => ({
      id,
      document: e.document,
      score: [...e.perConcept.values()].reduce((a, b) => a + b, 0) / Math.max(1, concepts),
    }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map(({ document, score }) => ({ document, score }));
}

/**
 * A filter value in double quotes. Meilisearch's filter parser (crates/filter-parser/src/value.rs)
 * unescapes only `\"`; any other backslash stays as it is. A backslash right before a quote or at
 * the end cannot be written at all (the parser reads it as escaping what follows): such a value
 * gives null, and the caller writes a condition that matches nothing — no document has it.
 */
export function filterValue(value: string): string | null {
  if (/\\$/.test(value) || value.includes('\\"')) return null;
  return `"${value.replace(/"/g, '\\"')}"`;
}

/** A condition that no document meets (every document has an organisationId). */
const NOTHING = 'organisationId NOT EXISTS';

function equals(field: string, value: string): string {
  const v = filterValue(value);
  return v ? `${field} = ${v}` : NOTHING;
}

function differs(field: string, value: string): string | null {
  const v = filterValue(value);
  return v ? `${field} != ${v}` : null;
}

/** The filter of a query, after the normalisation both engines share (normaliseFilters). */
export function filterExpression(index: IndexName, filters: SearchFilters): string[] {
  const f = normaliseFilters(filters);
  const out: string[] = [];
  if (index === 'trainers') {
    if (f.region) {
      const online = f.includeOnline ? ` OR ${equals('formats', 'online')}` : '';
      out.push(`${equals('region', f.region)} OR ${equals('regions', f.region)}${online}`);
    }
    if (f.format) out.push(equals('formats', f.format));
    if (f.language) out.push(equals('languages', f.language));
    if (f.inCompany) out.push('inCompany = true');
    if (f.excludeOrganisationId) {
      for (const field of ['organisationId', 'organisationSlug']) {
        const d = differs(field, f.excludeOrganisationId);
        if (d) out.push(d);
      }
    }
  } else {
    if (f.format) out.push(equals('format', f.format));
    if (f.language) out.push(equals('language', f.language));
    if (f.excludeOrganisationId) {
      const d = differs('organisationId', f.excludeOrganisationId);
      if (d) out.push(d);
    }
  }
  return out;
}

/** POST /swap-indexes body: swap (not rename) the live index with the freshly built one. */
export function swapPayload(live: string, next: string): { indexes: [string, string]; rename: false }[] {
  return [{ indexes: [live, next], rename: false }];
}

/**
 * What the set-up step does with the key it finds under APP_KEY_UID: keep it when it grants
 * exactly the wanted actions and indexes; otherwise delete and create it again (a key's actions
 * cannot be changed; its value is derived from the uid and the master key, so it stays the same).
 */
export function keyPlan(
  wanted: { actions: string[]; indexes: string[] },
  existing: { actions: string[]; indexes: string[]; expiresAt: unknown } | undefined,
): 'create' | 'keep' | 'recreate' {
  if (!existing) return 'create';
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return same(wanted.actions, existing.actions) && same(wanted.indexes, existing.indexes) && !existing.expiresAt
    ? 'keep'
    : 'recreate';
}
