import { Injectable } from '@nestjs/common';
import { CatalogueFacetsRepository } from './catalogue-facets.repository.js';
import type { FacetCountRow } from './catalogue-facets.repository.js';
import type { CatalogueFilter } from './catalogue-query.repository.js';

/** How long facet counts are reused for the same query and filters. */
export const FACET_CACHE_TTL_MS = 30_000;
/** Distinct queries kept; the least recently used goes first. */
export const FACET_CACHE_ENTRIES = 500;

/**
 * Facet counts, reused for the same query and filters for FACET_CACHE_TTL_MS. Counting every
 * option of every filter reads all upcoming sessions (150,000 at bench scale) — far more than a
 * page of results — while the counts are a guide for choosing a filter, not a promise: the list
 * and its total are always exact, and a count may lag a change by at most the TTL. One request
 * per key at a time: concurrent readers share it. Per process, bounded (LRU).
 */
@Injectable()
export class CatalogueFacetCache {
  private readonly entries = new Map<string, { at: number; rows: Promise<FacetCountRow[]> }>();

  constructor(private readonly facets: CatalogueFacetsRepository) {}

  counts(filter: CatalogueFilter, now = Date.now()): Promise<FacetCountRow[]> {
    const key = JSON.stringify(filter, Object.keys(filter).sort());
    const hit = this.entries.get(key);
    if (hit && now - hit.at < FACET_CACHE_TTL_MS) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.rows;
    }
    const rows = this.facets.counts(filter);
    const entry = { at: now, rows };
    this.entries.delete(key);
    this.entries.set(key, entry);
    rows.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > FACET_CACHE_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return rows;
  }
}
