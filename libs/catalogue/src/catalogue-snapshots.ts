import { Injectable } from '@nestjs/common';
import { LruCache } from '#libs/common';
import { CatalogueFacetsRepository } from './catalogue-facets.repository.js';
import type { FacetCountRow } from './catalogue-facets.repository.js';
import { CatalogueQueryRepository } from './catalogue-query.repository.js';
import type { CatalogueDataVersion, CatalogueFilter, CatalogueResultIds } from './catalogue-query.repository.js';
import type { CatalogueSort } from './dto/catalogue-query.dto.js';

/**
 * The longest a snapshot is reused while the data version stays the same: what changes without a
 * write is time (a session starts, an enrolment deadline passes), and that may lag by this much.
 */
export const SNAPSHOT_TTL_MS = 30_000;
/** Distinct queries whose facet counts are kept; the least recently used goes first. */
export const FACET_SNAPSHOTS = 500;
/** Distinct queries whose order is kept; fewer, as each holds up to RESULT_SNAPSHOT_IDS ids. */
export const RESULT_SNAPSHOTS = 200;
/** Ids kept of a list's order: 20 pages at the largest page size (100); later pages are counted live. */
export const RESULT_SNAPSHOT_IDS = 2000;

/**
 * A bounded map of snapshots (LRU), each valid for one data version and at most the TTL. One load
 * per key at a time: concurrent readers share it; a failed load is not kept.
 */
export class SnapshotCache<T> {
  private readonly entries: LruCache<string, { at: number; version: string; value: Promise<T> }>;

  constructor(
    capacity: number,
    private readonly ttlMs = SNAPSHOT_TTL_MS,
  ) {
    this.entries = new LruCache(capacity);
  }

  get(key: string, version: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.version === version && now - hit.at < this.ttlMs) return hit.value;
    const entry = { at: now, version, value: load() };
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.value;
  }
}

/**
 * The expensive half of a catalogue list — its order, its total and the facet counts, which read
 * every upcoming session (150,000 at bench scale) — computed once per query and data version and
 * reused; the page's own rows, sessions and seats are always read live. The database draws a new
 * version on every write the list depends on, so every process sees a change at once. Seats taken
 * change with every enrolment and only lists filtered on free seats depend on them: other lists
 * keep their snapshot, and only their "vrije plaatsen" count may lag a seat change by the TTL.
 */
@Injectable()
export class CatalogueSnapshots {
  private readonly facetCache = new SnapshotCache<FacetCountRow[]>(FACET_SNAPSHOTS);
  private readonly resultCache = new SnapshotCache<CatalogueResultIds>(RESULT_SNAPSHOTS);

  constructor(
    private readonly facetsRepo: CatalogueFacetsRepository,
    private readonly query: CatalogueQueryRepository,
  ) {}

  version(): Promise<CatalogueDataVersion> {
    return this.query.dataVersion();
  }

  facets(filter: CatalogueFilter, version: CatalogueDataVersion): Promise<FacetCountRow[]> {
    return this.facetCache.get(keyOf(filter), versionFor(filter, version), () => this.facetsRepo.counts(filter));
  }

  results(filter: CatalogueFilter, sort: CatalogueSort, version: CatalogueDataVersion): Promise<CatalogueResultIds> {
    return this.resultCache.get(`${sort} ${keyOf(filter)}`, versionFor(filter, version), () =>
      this.query.resultIds(filter, sort, RESULT_SNAPSHOT_IDS),
    );
  }
}

function keyOf(filter: CatalogueFilter): string {
  return JSON.stringify(filter, Object.keys(filter).sort());
}

function versionFor(filter: CatalogueFilter, v: CatalogueDataVersion): string {
  return filter.freeSeats ? `${v.listing}/${v.seats}` : v.listing;
}
