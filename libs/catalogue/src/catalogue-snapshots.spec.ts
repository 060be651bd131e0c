import type { CatalogueFacetsRepository } from './catalogue-facets.repository.js';
import type { CatalogueQueryRepository } from './catalogue-query.repository.js';
import { CatalogueSnapshots, SnapshotCache } from './catalogue-snapshots.js';

describe('SnapshotCache', () => {
  const loader = () => {
    let calls = 0;
    return { load: () => Promise.resolve(++calls), calls: () => calls };
  };

  it('reuses a snapshot for the same key and data version within the TTL', async () => {
    const cache = new SnapshotCache<number>(10, 1000);
    const l = loader();
    expect(await cache.get('k', 'v1', l.load, 0)).toBe(1);
    expect(await cache.get('k', 'v1', l.load, 999)).toBe(1);
    expect(l.calls()).toBe(1);
  });

  it('loads again when the data version changed, or the TTL passed', async () => {
    const cache = new SnapshotCache<number>(10, 1000);
    const l = loader();
    await cache.get('k', 'v1', l.load, 0);
    expect(await cache.get('k', 'v2', l.load, 1)).toBe(2);
    expect(await cache.get('k', 'v2', l.load, 1001)).toBe(3);
  });

  it('shares one load between concurrent readers and forgets a failed one', async () => {
    const cache = new SnapshotCache<number>(10, 1000);
    let calls = 0;
    let fail = true;
    const load = () => {
      calls++;
      return fail ? Promise.reject(new Error('database gone')) : Promise.resolve(calls);
    };
    const [a, b] = [cache.get('k', 'v', load, 0), cache.get('k', 'v', load, 0)];
    await expect(a).rejects.toThrow('database gone');
    await expect(b).rejects.toThrow('database gone');
    expect(calls).toBe(1);
    fail = false;
    expect(await cache.get('k', 'v', load, 1)).toBe(2);
  });

  it('keeps at most its capacity, dropping the least recently used', async () => {
    const cache = new SnapshotCache<number>(2, 1000);
    const l = loader();
    await cache.get('a', 'v', l.load, 0);
    await cache.get('b', 'v', l.load, 0);
    await cache.get('a', 'v', l.load, 1); // a is now the most recent
    await cache.get('c', 'v', l.load, 2); // b goes
    expect(l.calls()).toBe(3);
    await cache.get('a', 'v', l.load, 3);
    expect(l.calls()).toBe(3);
    await cache.get('b', 'v', l.load, 4);
    expect(l.calls()).toBe(4);
  });
});

describe('CatalogueSnapshots', () => {
  /** Counts the loads of each kind; the repositories' own queries are tested on PostgreSQL. */
  const snapshots = () => {
    const loads = { facets: 0, results: 0 };
    const facets = {
      counts: () => {
        loads.facets++;
        return Promise.resolve([]);
      },
    } as unknown as CatalogueFacetsRepository;
    const query = {
      resultIds: () => {
        loads.results++;
        return Promise.resolve({ ids: [], total: 0 });
      },
    } as unknown as CatalogueQueryRepository;
    return { loads, s: new CatalogueSnapshots(facets, query) };
  };

  it('keeps a list not filtered on free seats through a seat change, and recounts it on a listing change', async () => {
    const { loads, s } = snapshots();
    await Promise.all([
      s.results({}, 'next', { listing: '1', seats: '1' }),
      s.facets({}, { listing: '1', seats: '1' }),
    ]);
    await Promise.all([
      s.results({}, 'next', { listing: '1', seats: '2' }),
      s.facets({}, { listing: '1', seats: '2' }),
    ]);
    expect(loads).toEqual({ facets: 1, results: 1 });
    await Promise.all([
      s.results({}, 'next', { listing: '2', seats: '2' }),
      s.facets({}, { listing: '2', seats: '2' }),
    ]);
    expect(loads).toEqual({ facets: 2, results: 2 });
  });

  it('recounts a free-seats list on a seat change, and keeps one order per sort', async () => {
    const { loads, s } = snapshots();
    const free = { freeSeats: true };
    await s.results(free, 'next', { listing: '1', seats: '1' });
    await s.results(free, 'next', { listing: '1', seats: '2' });
    expect(loads.results).toBe(2);
    await s.results(free, 'title', { listing: '1', seats: '2' });
    await s.results(free, 'title', { listing: '1', seats: '2' });
    expect(loads.results).toBe(3);
  });
});
