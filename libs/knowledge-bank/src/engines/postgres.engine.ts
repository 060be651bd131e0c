import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Db } from '#libs/database';
import { normalise, type Concept } from '../analyzer.js';
import { splitCompound } from '../compounds.js';
import { normaliseFilters, searchableFields as fields } from '../documents.js';
import type { DocumentOf, EngineHit, IndexName, SearchFilters } from '../documents.js';
import { SearchEngine } from '../search-engine.js';
import type { EngineQuery, EngineStatus, IndexStats } from '../search-engine.js';

const CFG = 'collegiaal_nl';
/** Below this many full-text candidates, near-spellings are searched too. */
const TYPO_SEARCH_BELOW = 20;
/** Documents ranked by text score for one question at most (tiers fill it); the best `limit` are returned. */
const POOL = 60;
/**
 * Documents one tier reads at most before ranking them. Reading costs a heap visit per match
 * (about 30 µs): a word shared by 9,000 of 100,000 trainers took 290 ms of the question's
 * time (npm run bench:match). 1,000 is 30 times the matcher's candidates; the eval catalogue and
 * any tier with fewer matches are read whole, so their ranking is exact and deterministic.
 */
const TIER_SCAN_LIMIT = 1000;
/**
 * Concepts the "two concepts" tier pairs, in the question's order. Its GIN lookup grows with the
 * number of pairs: the eight tags of a relevance-feedback search made 28 pairs and took 65 ms of
 * the question's 90 at 100,000 trainers (npm run bench:match: matcher p95 250 → 90 ms with 4).
 * On the dev questions 3, 4 and all rank alike (eval:match); further concepts still reach the last
 * tier. Questions of more concepts also skip the every-concept tier (textHits).
 */
const PAIR_TIER_CONCEPTS = 4;

/**
 * PostgreSQL full text: a weighted tsvector per document (Dutch stemming, accents folded),
 * questions searched with OR semantics over their concepts and synonyms, prefix matches for
 * compounds, and pg_trgm word similarity for typos. Candidates are capped; the re-ranker orders.
 */
@Injectable()
export class PostgresSearchEngine extends SearchEngine {
  readonly name = 'postgres' as const;

  constructor(private readonly db: Db) {
    super();
  }

  async configure(): Promise<void> {
    // Synonyms are expanded into the query by the analyser; nothing to store.
  }

  status(): Promise<EngineStatus> {
    return Promise.resolve({ state: 'up' });
  }

  async upsert<I extends IndexName>(index: I, documents: DocumentOf[I][]): Promise<void> {
    this.duringRebuild.get(index)?.push({ upsert: documents });
    await this.write(index, documents);
  }

  async remove(index: IndexName, ids: string[]): Promise<void> {
    this.duringRebuild.get(index)?.push({ remove: ids });
    await this.delete(index, ids);
  }

  private async write(index: IndexName, documents: DocumentOf[IndexName][]): Promise<void> {
    if (!documents.length) return;
    const rows = documents.map((doc) => {
      const f = fields(index, doc);
      return {
        id: doc.id,
        doc,
        ...f,
        parts: compoundParts(`${f.a} . ${f.b} . ${f.c} . ${f.d}`),
        words: `${f.a} . ${f.b}`,
      };
    });
    await this.db.manager.query(
      `INSERT INTO search_documents (index_name, doc_id, doc, tsv, words, updated_at)
       SELECT $1, r.id, r.doc,
              setweight(to_tsvector('${CFG}', r.a), 'A') || setweight(to_tsvector('${CFG}', r.b), 'B') ||
              setweight(to_tsvector('${CFG}', r.c), 'C') || setweight(to_tsvector('${CFG}', r.d || ' ' || r.parts), 'D'),
              lower(unaccent(r.words)), now()
         FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, doc jsonb, a text, b text, c text, d text, parts text, words text)
       ON CONFLICT (index_name, doc_id) DO UPDATE
         SET doc = EXCLUDED.doc, tsv = EXCLUDED.tsv, words = EXCLUDED.words, updated_at = now()`,
      [index, JSON.stringify(rows)],
    );
  }

  private async delete(index: IndexName, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.db.manager.query(`DELETE FROM search_documents WHERE index_name = $1 AND doc_id = ANY($2::uuid[])`, [
      index,
      ids,
    ]);
  }

  async search<I extends IndexName>(index: I, q: EngineQuery): Promise<EngineHit<DocumentOf[I]>[]> {
    return this.candidates(index, { ...q, filters: normaliseFilters(q.filters) });
  }

  private async candidates<I extends IndexName>(index: I, query: EngineQuery): Promise<EngineHit<DocumentOf[I]>[]> {
    const hits = await this.textHits(index, query);
    // Parts of compounds and near-spellings only when the words themselves found little: they
    // matter then, and they are the expensive part.
    if (hits.length >= TYPO_SEARCH_BELOW) return hits;
    const seen = new Set(hits.map((h) => h.document.id));
    const [compounds, typos] = await Promise.all([this.compoundHits(index, query), this.typoHits(index, query)]);
    const more = [...compounds, ...typos].filter((h) => {
      if (seen.has(h.document.id)) return false;
      seen.add(h.document.id);
      return true;
    });
    return [...hits, ...more].slice(0, query.limit);
  }

  /**
   * Documents with a part of a long compound in the question ("klimaatstresstest" → klimaat…,
   * stresstest; "teamsberichten" → teams…, berichten), when the whole word found little. Every
   * split into two parts of at least four letters is tried: parts that are not words match
   * nothing, and the re-ranker orders what the real parts find.
   */
  private async compoundHits<I extends IndexName>(index: I, query: EngineQuery): Promise<EngineHit<DocumentOf[I]>[]> {
    const parts = new Set<string>();
    for (const c of query.concepts) {
      if (c.term.length < 8 || !/^[a-z]+$/.test(c.term)) continue;
      for (let i = 4; i <= c.term.length - 4; i++) {
        parts.add(`${c.term.slice(0, i)}:*`);
        parts.add(c.term.slice(i));
      }
    }
    if (!parts.size) return [];
    const name = indexLiteral(index);
    const { params, p } = sqlParameters();
    // to_tsquery stems each part with the Dutch configuration, as the documents were stemmed.
    const tsquery = `to_tsquery('${CFG}', ${p([...parts].join(' | '))})`;
    const filters = filterConditions(index, query.filters, p)
      .map((f) => `AND ${f}`)
      .join(' ');
    const sql = `SELECT d.doc, ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', d.tsv, ${tsquery}, 32) AS rank
                   FROM search_documents d
                  WHERE d.index_name = ${name} AND d.tsv @@ ${tsquery} ${filters}
                  ORDER BY rank DESC, d.label, d.doc_id
                  LIMIT ${p(Math.min(query.limit, 50))}`;
    const rows: { doc: DocumentOf[I]; rank: number }[] = await this.withIndexScans((em) => em.query(sql, params));
    return rows.map((r) => ({ document: r.doc, textScore: r.rank * 0.5 }));
  }

  /**
   * Full-text matches through the GIN index on tsv, in tiers so that a large index never has to
   * rank every document that shares one word with the question: first documents with every
   * concept of a short question, then with two of its first PAIR_TIER_CONCEPTS, then with any. Each
   * tier is read only while the pool (POOL) is not yet full, and a tier stops reading as soon as it
   * is; only the pool is ranked (weighted cover density over the whole question) and the best
   * `limit` returned.
   */
  private async textHits<I extends IndexName>(index: I, query: EngineQuery): Promise<EngineHit<DocumentOf[I]>[]> {
    // The index name as a literal, so the planner picks that index's partial GIN indexes.
    const name = indexLiteral(index);
    const { params, p } = sqlParameters();
    // Exact words and phrases per concept; prefixes (compounds, "crisis" → "crisiscommunicatie")
    // are costly to look up in a large index, so only the last tier uses them.
    const withPrefixes = tsqueryExpression(query.concepts, p, true);
    if (!withPrefixes) return [];
    // With more than PAIR_TIER_CONCEPTS concepts a document seldom has them all, and intersecting
    // every posting list was the dearest part (9 ms of the eight-tag relevance-feedback search):
    // such questions start at the pairs of their first concepts.
    const everyConcept = query.concepts.length <= PAIR_TIER_CONCEPTS;
    const exact =
      query.concepts.length >= 2
        ? query.concepts
            .slice(0, PAIR_TIER_CONCEPTS)
            .map((c) => tsqueryExpression([c], p, false))
            .filter((q): q is string => !!q)
        : [];
    const tiers: string[] = [];
    if (everyConcept && exact.length >= 2) tiers.push(`(${exact.join(' && ')})`);
    if (exact.length >= 3) {
      const pairs: string[] = [];
      for (let i = 0; i < exact.length; i++)
        for (let j = i + 1; j < exact.length; j++) pairs.push(`(${exact[i]} && ${exact[j]})`);
      tiers.push(`(${pairs.join(' || ')})`);
    }
    tiers.push(withPrefixes);
    const filters = filterConditions(index, query.filters, p)
      .map((f) => `AND ${f}`)
      .join(' ');
    const pool = p(Math.max(POOL, query.limit));
    // Tier i leaves out what tier i - 1 found, so the pool holds distinct documents. The tsquery
    // expressions are written inline (not read from a CTE) so the planner sees their constant
    // value: it then reads a rare word's documents from the GIN index instead of scanning rows.
    // Each tier keeps its best-ranked documents (ties by name or title, then id: ids differ between
    // imports of the same catalogue), so the pool is the same set on every run; without an order,
    // LIMIT takes whichever rows the scan meets first. The label column spares reading the document.
    const scanned = p(TIER_SCAN_LIMIT);
    const pulls = tiers.map(
      (t, i) =>
        `(SELECT s.doc_id FROM (SELECT d.doc_id, d.tsv, d.label FROM search_documents d
             WHERE d.index_name = ${name} AND d.tsv @@ ${t} ${i ? `AND NOT d.tsv @@ ${tiers[i - 1]}` : ''} ${filters}
             LIMIT ${scanned}) AS s
          ORDER BY ts_rank('{0.1, 0.3, 0.6, 1.0}', s.tsv, ${t}, 32) DESC, s.label, s.doc_id LIMIT ${pool})`,
    );
    const sql = `WITH pool AS (SELECT doc_id FROM (${pulls.join(' UNION ALL ')}) AS tiers LIMIT ${pool})
       SELECT d.doc, ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', d.tsv, ${tiers[tiers.length - 1]}, 32) AS rank
         FROM pool JOIN search_documents d ON d.index_name = ${name} AND d.doc_id = pool.doc_id
        ORDER BY rank DESC, d.label, d.doc_id
        LIMIT ${p(query.limit)}`;
    const rows: { doc: DocumentOf[I]; rank: number }[] = await this.withIndexScans((em) => em.query(sql, params));
    return rows.map((r) => ({ document: r.doc, textScore: r.rank }));
  }

  /**
   * Runs a full-text query with sequential scans disabled. The planner cannot estimate prefix
   * and unseen words well; under a LIMIT it then bets on a sequential scan that stops early, and
   * for a rare word it reads the whole index instead (90 ms at 100,000 trainers, against 3 ms
   * through GIN). SET LOCAL needs a transaction of its own: never the caller's, whose setting it
   * would change (the matcher searches two indexes at once). Nothing is lost by that: documents
   * are written by the indexer, never inside a caller's transaction.
   */
  private withIndexScans<T>(run: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.dataSource.transaction(async (em) => {
      // Nor a primary-key walk that filters every row until a tier's scan limit is met (85 ms).
      await em.query(`SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off`);
      return run(em);
    });
  }

  /** Documents with a word close to a long query word (pg_trgm word similarity ≥ 0.6). */
  private async typoHits<I extends IndexName>(index: I, query: EngineQuery): Promise<EngineHit<DocumentOf[I]>[]> {
    // The index name as a literal, so the planner picks that index's partial GIN indexes.
    const name = indexLiteral(index);
    const { params, p } = sqlParameters();
    const terms = query.concepts
      .map((c) => c.term)
      .filter((t) => !t.includes(' ') && t.length >= 5)
      .map(p);
    if (!terms.length) return [];
    const filters = filterConditions(index, query.filters, p);
    const rows: { doc: DocumentOf[I]; sim: number }[] = await this.db.manager.query(
      `SELECT d.doc, GREATEST(${terms.map((t) => `word_similarity(${t}, d.words)`).join(', ')}) AS sim
         FROM search_documents d
        WHERE d.index_name = ${name} AND (${terms.map((t) => `${t} <% d.words`).join(' OR ')}) ${filters.map((f) => `AND ${f}`).join(' ')}
        ORDER BY sim DESC, d.label, d.doc_id
        LIMIT ${p(Math.min(query.limit, 50))}`,
      params,
    );
    return rows.map((r) => ({ document: r.doc, textScore: r.sim * 0.5 }));
  }

  /** Changes that arrived while a rebuild of that index runs: applied again before it commits. */
  private readonly duringRebuild = new Map<IndexName, Change[]>();

  async rebuild<I extends IndexName>(index: I, documents: DocumentOf[I][]): Promise<void> {
    const changes: Change[] = [];
    this.duringRebuild.set(index, changes);
    try {
      // One transaction: readers see the old index until the new one commits. A change that
      // committed before the DELETE would be lost with it, so every change made meanwhile is
      // applied again inside the transaction (later ones wait for its row locks).
      await this.db.transaction(async () => {
        await this.db.manager.query(`DELETE FROM search_documents WHERE index_name = $1`, [index]);
        for (let i = 0; i < documents.length; i += 500) await this.write(index, documents.slice(i, i + 500));
        for (let i = 0; i < changes.length; i++) {
          const c = changes[i];
          if (c.upsert) await this.write(index, c.upsert);
          else await this.delete(index, c.remove);
        }
      });
    } finally {
      this.duringRebuild.delete(index);
    }
  }

  async stats(): Promise<IndexStats[]> {
    const rows: { index: IndexName; documents: number }[] = await this.db.manager.query(
      `SELECT i AS index, (SELECT count(*)::int FROM search_documents WHERE index_name = i) AS documents
         FROM unnest(ARRAY['trainers', 'courses']) AS i`,
    );
    return rows;
  }

  async ids(index: IndexName): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT doc_id AS id FROM search_documents WHERE index_name = $1 ORDER BY doc_id`,
      [index],
    );
    return rows.map((r) => r.id);
  }
}

type Change = { upsert: DocumentOf[IndexName][]; remove?: never } | { remove: string[]; upsert?: never };

/** OR over concepts; within a concept, OR over its variants (phrases as phrases, long words also as prefixes). */
function tsqueryExpression(concepts: Concept[], p: (v: unknown) => string, prefixes: boolean): string | null {
  const parts: string[] = [];
  for (const c of concepts) {
    for (const v of c.variants) {
      if (v.includes(' ')) parts.push(`phraseto_tsquery('${CFG}', ${p(v)})`);
      else {
        parts.push(`plainto_tsquery('${CFG}', ${p(v)})`);
        if (prefixes && v.length >= 5 && /^[a-z0-9]+$/.test(v)) parts.push(`to_tsquery('${CFG}', ${p(v)} || ':*')`);
      }
    }
  }
  return parts.length ? `(${parts.join(' || ')})` : null;
}

/** Values for a query, each added by `p(value)`, which returns its placeholder ($1, $2, …). */
function sqlParameters(): { params: unknown[]; p: (value: unknown) => string } {
  const params: unknown[] = [];
  return {
    params,
    p: (value) => {
      params.push(value);
      return `$${params.length}`;
    },
  };
}

/** The index names, checked at run time too: indexLiteral writes one into SQL. */
const INDEX_NAMES: readonly string[] = ['trainers', 'courses'] satisfies IndexName[];

function indexLiteral(index: IndexName): string {
  if (!INDEX_NAMES.includes(index)) throw new Error(`unknown search index ${index}`);
  return `'${index}'`;
}

function filterConditions(index: IndexName, f: SearchFilters, p: (v: unknown) => string): string[] {
  const where: string[] = [];
  if (index === 'trainers') {
    if (f.region) {
      const online = f.includeOnline ? ` OR (d.doc->'formats') ? 'online'` : '';
      where.push(`((d.doc->'regions') ? ${p(f.region)} OR d.doc->>'region' = ${p(f.region)}${online})`);
    }
    if (f.format) where.push(`(d.doc->'formats') ? ${p(f.format)}`);
    if (f.language) where.push(`(d.doc->'languages') ? ${p(f.language)}`);
    if (f.inCompany) where.push(`(d.doc->>'inCompany')::boolean`);
    if (f.excludeOrganisationId) {
      where.push(
        `d.doc->>'organisationId' <> ${p(f.excludeOrganisationId)} AND d.doc->>'organisationSlug' <> ${p(f.excludeOrganisationId)}`,
      );
    }
  } else {
    if (f.format) where.push(`d.doc->>'format' = ${p(f.format)}`);
    if (f.language) where.push(`d.doc->>'language' = ${p(f.language)}`);
    if (f.excludeOrganisationId) where.push(`d.doc->>'organisationId' <> ${p(f.excludeOrganisationId)}`);
  }
  return where;
}

/**
 * The parts of the compounds in a document's text (OpenTaal word list, the analyzer's splitting),
 * indexed with the lowest weight, so that both engines find "informatiebeveiliging" for
 * "beveiliging" (Meilisearch gets the same parts in its terms field).
 */
function compoundParts(text: string): string {
  const parts = new Set<string>();
  for (const word of normalise(text).split(' ')) {
    const pieces = splitCompound(word.replace(/^[-+]+|[-+]+$/g, ''));
    if (pieces.length > 1) for (const piece of pieces) parts.add(piece);
  }
  return [...parts].join(' ');
}
