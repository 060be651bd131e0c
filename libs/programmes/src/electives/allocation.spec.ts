import fc from 'fast-check';
import { allocate, lotteryOrder, type AllocationInput, type AllocationResult } from './allocation.js';

/**
 * Property tests of the elective allocation (issue #11 item 3) against random instances,
 * including infeasible ones (fewer places than participants), everyone ranking the same module,
 * empty rankings and ties: each rule is checked by an independent checker; small instances are
 * compared with exhaustive search, medium ones with a BigInt min-cost flow.
 */

/** Runs per property (ALLOCATION_RUNS=2000 for a longer search). */
const RUNS = Number(process.env.ALLOCATION_RUNS ?? 120);

// ---------------------------------------------------------------------------------------------
// Generators

interface Shape {
  maxModules: number;
  maxCap: number;
  maxParticipants: number;
}

const instance = ({ maxModules, maxCap, maxParticipants }: Shape): fc.Arbitrary<AllocationInput> =>
  fc
    .record({
      caps: fc.array(fc.integer({ min: 0, max: maxCap }), { minLength: 1, maxLength: maxModules }),
      n: fc.integer({ min: 0, max: maxParticipants }),
      style: fc.constantFrom('random', 'same-first', 'empty', 'mixed'),
      seed: fc.string({ maxLength: 8 }),
      picks: fc.array(fc.array(fc.nat({ max: 1000 }), { maxLength: maxModules }), {
        minLength: maxParticipants,
        maxLength: maxParticipants,
      }),
      empties: fc.array(fc.boolean(), { minLength: maxParticipants, maxLength: maxParticipants }),
    })
    .map(({ caps, n, style, seed, picks, empties }) => {
      const modules = caps.map((cap, j) => ({ id: `m${j}`, cap }));
      const participants = Array.from({ length: n }, (_, i) => {
        // A ranking: distinct modules drawn by the picks.
        const left = modules.map((mod) => mod.id);
        const ranking: string[] = [];
        for (const x of picks[i]) {
          if (!left.length) break;
          ranking.push(left.splice(x % left.length, 1)[0]);
        }
        if (style === 'same-first') {
          const rest = ranking.filter((id) => id !== 'm0');
          return { id: `p${i}`, ranking: ['m0', ...rest.slice(0, Math.max(0, ranking.length - 1))] };
        }
        if (style === 'empty' || (style === 'mixed' && empties[i])) return { id: `p${i}`, ranking: [] };
        return { id: `p${i}`, ranking };
      });
      return { modules, participants, seed };
    });

// ---------------------------------------------------------------------------------------------
// Independent checkers

/** Tier of a placement: rank index (0 = first choice), K for an unranked placement, K + 1 for none. */
function tierOf(input: AllocationInput, participantId: string, moduleId: string | null): number {
  const K = Math.max(0, ...input.participants.map((p) => p.ranking.length));
  if (moduleId === null) return K + 1;
  const ranking = input.participants.find((p) => p.id === participantId)!.ranking;
  const r = ranking.indexOf(moduleId);
  return r >= 0 ? r : K;
}

/** Counts per tier 0..K (placed ones only), the thing a rank-maximal assignment maximises lexicographically. */
function signature(input: AllocationInput, assignment: Map<string, string | null>): number[] {
  const K = Math.max(0, ...input.participants.map((p) => p.ranking.length));
  const sig = new Array<number>(K + 1).fill(0);
  for (const p of input.participants) {
    const t = tierOf(input, p.id, assignment.get(p.id) ?? null);
    if (t <= K) sig[t]++;
  }
  return sig;
}

/** First choices in a signature (none when nobody ranked anything: the only tier is unranked). */
const firstOf = (sig: number[]) => (sig.length > 1 ? sig[0] : 0);

const lexCompare = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
};

const counts = (input: AllocationInput, assignment: Map<string, string | null>) => {
  const c = new Map(input.modules.map((mod) => [mod.id, 0]));
  for (const mod of assignment.values()) if (mod !== null) c.set(mod, c.get(mod)! + 1);
  return c;
};
const capOf = (input: AllocationInput, id: string) => Math.max(0, input.modules.find((mod) => mod.id === id)!.cap);

/** Rules 2–4 checked directly on the result. */
function checkRules(input: AllocationInput, result: AllocationResult): void {
  const { assignments } = result;
  expect([...assignments.keys()].sort()).toEqual(input.participants.map((p) => p.id).sort());
  // 2. caps
  const c = counts(input, assignments);
  for (const mod of input.modules) expect(c.get(mod.id)!).toBeLessThanOrEqual(Math.max(0, mod.cap));
  const hasRoom = (id: string) => c.get(id)! < capOf(input, id);
  // 3. nobody without a module (or in a worse one) while a module they ranked (or any module, for a place) has room
  for (const p of input.participants) {
    const mine = assignments.get(p.id) ?? null;
    if (mine === null) expect(input.modules.filter((mod) => hasRoom(mod.id))).toEqual([]);
    const myTier = tierOf(input, p.id, mine);
    for (const [r, id] of p.ranking.entries())
      if (r < myTier) expect({ p: p.id, room: hasRoom(id) }).toEqual({ p: p.id, room: false });
  }
  // 4. Pareto: no two participants can swap and both be better off
  const placed = input.participants.filter((p) => assignments.get(p.id) != null);
  for (const p of placed)
    for (const q of placed) {
      const a = assignments.get(p.id)!;
      const b = assignments.get(q.id)!;
      if (a === b) continue;
      const pGains = tierOf(input, p.id, b) < tierOf(input, p.id, a);
      const qGains = tierOf(input, q.id, a) < tierOf(input, q.id, b);
      expect({ p: p.id, q: q.id, both: pGains && qGains }).toEqual({ p: p.id, q: q.id, both: false });
    }
  // The figures agree with the assignment.
  const sig = signature(input, assignments);
  expect(result.firstChoices).toBe(firstOf(sig));
  expect(result.perRank).toEqual(sig.slice(0, -1));
  expect(result.unrankedPlacements.length).toBe(sig[sig.length - 1]);
  expect(result.unassigned).toEqual(
    input.participants
      .filter((p) => assignments.get(p.id) === null)
      .map((p) => p.id)
      .sort(),
  );
  for (const p of input.participants) {
    const t = tierOf(input, p.id, assignments.get(p.id) ?? null);
    expect(result.rankObtained.get(p.id)).toBe(t < sig.length - 1 ? t + 1 : null);
  }
}

/** Exhaustive search: the best signature of all assignments within the caps. */
function bruteForceBest(input: AllocationInput): { best: number[]; bestFirstWithRule3: number } {
  const ps = input.participants;
  const options = [null, ...input.modules.map((mod) => mod.id)];
  const assignment = new Map<string, string | null>();
  const used = new Map(input.modules.map((mod) => [mod.id, 0]));
  let best: number[] | null = null;
  let bestFirstWithRule3 = -1;
  const visit = (i: number) => {
    if (i === ps.length) {
      const sig = signature(input, assignment);
      if (!best || lexCompare(sig, best) > 0) best = sig;
      // Rule 3 alone: nobody unplaced or below a ranked module with room.
      const ok = ps.every((p) => {
        const mine = assignment.get(p.id) ?? null;
        const room = (id: string) => used.get(id)! < capOf(input, id);
        if (mine === null && input.modules.some((mod) => room(mod.id))) return false;
        const t = tierOf(input, p.id, mine);
        return p.ranking.every((id, r) => r >= t || !room(id));
      });
      if (ok) bestFirstWithRule3 = Math.max(bestFirstWithRule3, firstOf(sig));
      return;
    }
    for (const o of options) {
      if (o !== null && used.get(o)! >= capOf(input, o)) continue;
      if (o !== null) used.set(o, used.get(o)! + 1);
      assignment.set(ps[i].id, o);
      visit(i + 1);
      if (o !== null) used.set(o, used.get(o)! - 1);
    }
  };
  visit(0);
  return { best: best!, bestFirstWithRule3 };
}

/**
 * An independent exact optimum for medium instances: successive shortest paths (Bellman–Ford) on
 * the full participant/module graph with BigInt weights (n + 1)^(K − tier), maximum flow first.
 */
function bigIntOptimum(input: AllocationInput): number[] {
  const ps = input.participants;
  const ms = input.modules;
  const n = ps.length;
  const K = Math.max(0, ...ps.map((p) => p.ranking.length));
  const base = BigInt(n + 1);
  const weight = (t: number) => base ** BigInt(K - t); // tier 0..K
  // nodes: 0 = source, 1..n participants, n+1..n+m modules, n+m+1 sink
  const S = 0;
  const Tn = n + ms.length + 1;
  interface Edge {
    to: number;
    cap: number;
    cost: bigint;
    rev: number;
  }
  const g: Edge[][] = Array.from({ length: Tn + 1 }, () => []);
  const add = (u: number, v: number, cap: number, cost: bigint) => {
    g[u].push({ to: v, cap, cost, rev: g[v].length });
    g[v].push({ to: u, cap: 0, cost: -cost, rev: g[u].length - 1 });
  };
  ps.forEach((p, i) => {
    add(S, 1 + i, 1, 0n);
    ms.forEach((mod, j) => {
      const r = p.ranking.indexOf(mod.id);
      add(1 + i, n + 1 + j, 1, -weight(r >= 0 ? r : K));
    });
  });
  ms.forEach((mod, j) => add(n + 1 + j, Tn, Math.max(0, mod.cap), 0n));
  for (;;) {
    const dist: (bigint | null)[] = new Array(Tn + 1).fill(null);
    const prev: [number, number][] = new Array(Tn + 1);
    dist[S] = 0n;
    for (let round = 0; round <= Tn; round++) {
      let changed = false;
      for (let u = 0; u <= Tn; u++) {
        const du = dist[u];
        if (du === null) continue;
        for (const [k, e] of g[u].entries()) {
          if (e.cap > 0) {
            const d = du + e.cost;
            const dv = dist[e.to];
            if (dv === null || d < dv) {
              dist[e.to] = d;
              prev[e.to] = [u, k];
              changed = true;
            }
          }
        }
      }
      if (!changed) break;
    }
    if (dist[Tn] === null) break;
    for (let v = Tn; v !== S;) {
      const [u, k] = prev[v];
      const e = g[u][k];
      e.cap -= 1;
      g[v][e.rev].cap += 1;
      v = u;
    }
  }
  const assignment = new Map<string, string | null>();
  ps.forEach((p, i) => {
    const e = g[1 + i].find((x) => x.to > n && x.to < Tn && x.cap === 0 && x.cost !== 0n);
    assignment.set(p.id, e ? ms[e.to - n - 1].id : null);
  });
  return signature(input, assignment);
}

const shuffled = <T>(items: readonly T[], seed: number): T[] =>
  lotteryOrder(
    items.map((x, i) => ({ id: String(i).padStart(4, '0'), x })),
    `shuffle-${seed}`,
  ).map((y) => y.x);

// ---------------------------------------------------------------------------------------------

describe('elective allocation', () => {
  it('meets rules 2–4 and is rank-maximal (exhaustive search) on small instances', () => {
    fc.assert(
      fc.property(instance({ maxModules: 3, maxCap: 3, maxParticipants: 6 }), (input) => {
        const result = allocate(input);
        checkRules(input, result);
        const { best, bestFirstWithRule3 } = bruteForceBest(input);
        expect(signature(input, result.assignments)).toEqual(best);
        // 5. as many first choices as any assignment that meets rule 3
        expect(result.firstChoices).toBe(bestFirstWithRule3);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('meets rules 2–4 and matches an independent BigInt min-cost flow on medium instances', () => {
    fc.assert(
      fc.property(instance({ maxModules: 6, maxCap: 6, maxParticipants: 30 }), (input) => {
        const result = allocate(input);
        checkRules(input, result);
        expect(signature(input, result.assignments)).toEqual(bigIntOptimum(input));
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic for the same input and seed, whatever the order of the input', () => {
    fc.assert(
      fc.property(instance({ maxModules: 5, maxCap: 4, maxParticipants: 20 }), fc.nat(), (input, s) => {
        const a = allocate(input);
        const b = allocate({
          seed: input.seed,
          modules: shuffled(input.modules, s),
          participants: shuffled(input.participants, s + 1),
        });
        expect([...b.assignments]).toEqual([...a.assignments]);
        expect(b.explanation).toEqual(a.explanation);
        expect(allocate(input).assignments).toEqual(a.assignments);
      }),
      { numRuns: RUNS },
    );
  });

  it('lets the seed decide ties: everyone ranks one module with one place', () => {
    const input = (seed: string): AllocationInput => ({
      seed,
      modules: [
        { id: 'a', cap: 1 },
        { id: 'b', cap: 10 },
      ],
      participants: Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, ranking: ['a', 'b'] })),
    });
    const winners = new Set<string>();
    for (let s = 0; s < 40; s++) {
      const r = allocate(input(`seed-${s}`));
      expect(r.firstChoices).toBe(1);
      expect(r.perRank).toEqual([1, 9]);
      winners.add([...r.assignments].find(([, mod]) => mod === 'a')![0]);
    }
    expect(winners.size).toBeGreaterThan(3);
  });

  it('places late and silent participants in a remaining place, and reports the infeasible rest', () => {
    const r = allocate({
      seed: 's',
      modules: [
        { id: 'a', cap: 2 },
        { id: 'b', cap: 1 },
      ],
      participants: [
        { id: 'ann', ranking: ['a'] },
        { id: 'bob', ranking: ['a'] },
        { id: 'cas', ranking: ['a'] },
        { id: 'dik', ranking: [] },
      ],
    });
    expect(r.firstChoices).toBe(2);
    expect(r.unassigned).toHaveLength(1);
    expect(r.unrankedPlacements).toHaveLength(1);
    expect(r.assignments.get(r.unrankedPlacements[0])).toBe('b');
    expect(r.explanation.map((l) => l.code)).toEqual([
      'ALGORITHM',
      'COUNTS',
      'RANK',
      'OVERSUBSCRIBED',
      'NO_RANKING',
      'UNRANKED_PLACEMENT',
      'UNASSIGNED',
    ]);
  });

  it('moves an earlier participant when that gives more first choices', () => {
    // Rank-maximal beats first-come: p and q both want a; whoever loses it, r keeps b and the loser gets a second choice.
    const r = allocate({
      seed: 'x',
      modules: [
        { id: 'a', cap: 1 },
        { id: 'b', cap: 1 },
        { id: 'c', cap: 1 },
      ],
      participants: [
        { id: 'p', ranking: ['a', 'c', 'b'] },
        { id: 'q', ranking: ['a', 'b', 'c'] },
        { id: 'r', ranking: ['b', 'a', 'c'] },
      ],
    });
    expect(r.perRank).toEqual([2, 1, 0]);
  });

  it('runs 1000 participants × 10 modules × 10 ranks well under a second', () => {
    const random = (() => {
      let a = 42;
      return () => {
        a = (a * 1103515245 + 12345) % 2147483648;
        return a / 2147483648;
      };
    })();
    const modules = Array.from({ length: 10 }, (_, j) => ({ id: `m${j}`, cap: 100 }));
    // Skewed popularity: the first modules are wanted most.
    const participants = Array.from({ length: 1000 }, (_, i) => {
      const ids = modules.map((mod) => mod.id);
      const ranking: string[] = [];
      while (ids.length) ranking.push(ids.splice(Math.floor(random() ** 2 * ids.length), 1)[0]);
      return { id: `p${String(i).padStart(4, '0')}`, ranking };
    });
    const started = performance.now();
    const r = allocate({ modules, participants, seed: 'bench' });
    const ms = performance.now() - started;
    expect(r.unassigned).toEqual([]);
    expect(ms).toBeLessThan(1000);
    // and an infeasible one of the same size: 900 places
    const started2 = performance.now();
    const r2 = allocate({ modules: modules.map((mod) => ({ ...mod, cap: 90 })), participants, seed: 'bench' });
    expect(performance.now() - started2).toBeLessThan(1000);
    expect(r2.unassigned).toHaveLength(100);
  });
});
