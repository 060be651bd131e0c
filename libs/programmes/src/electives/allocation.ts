/**
 * Allocation of an elective part's participants to its modules (issue #11 item 3): a pure
 * function, no Nest and no database.
 *
 * The result is a **rank-maximal** assignment: it has as many first choices as any assignment
 * within the caps can have, then as many second choices as possible given that, and so on; after
 * the ranked choices, as many remaining places ("unranked placements") as possible. Such an
 * assignment never exceeds a cap, leaves nobody without a module while a module they ranked (or,
 * for a place at all, any module) has room, and is Pareto-efficient — an exchange or move that
 * leaves nobody worse off and someone better off would raise the signature lexicographically.
 *
 * How: a min-cost flow (participants → modules → sink, capacities = caps) whose costs are vectors
 * compared lexicographically — an assignment at rank r costs −1 in component r, an unranked one
 * −1 in the last component — so no big numbers are needed. Participants are added one at a time
 * in a lottery order drawn from the seed (the rows of the Hungarian method): each is placed along
 * the cheapest augmenting path in the residual graph, contracted to the modules (an arc A → B moves
 * someone from A to B, at the cost of that move). When every place is taken, the newcomer replaces
 * someone only if the exchange improves the signature strictly (the cheapest cycle through the
 * newcomer). Ties go to whoever came earlier in the lottery order: equal-cost paths prefer fewer
 * moves, a move prefers the participant who came latest, an exchange must be a strict gain.
 */

export interface AllocationModule {
  id: string;
  /** Places; 0 or less means no places. */
  cap: number;
}

export interface AllocationParticipant {
  id: string;
  /** Module ids, first choice first; may be empty. Unknown ids and repeats are ignored. */
  ranking: readonly string[];
}

export interface AllocationInput {
  modules: readonly AllocationModule[];
  participants: readonly AllocationParticipant[];
  seed: string;
}

/** One line of the explanation: a stable code, its figures, and the sentence in Dutch and English. */
export interface ExplanationLine {
  code:
    | 'ALGORITHM'
    | 'COUNTS'
    | 'RANK'
    | 'NO_RANKING'
    | 'UNRANKED_PLACEMENT'
    | 'UNASSIGNED'
    | 'OVERSUBSCRIBED'
    | 'LATE'
    | 'MOVED'
    | 'ALL_PLACED';
  params: Record<string, string | number>;
  nl: string;
  en: string;
}

export interface AllocationResult {
  /** Every participant: their module, or null when no module had room. */
  assignments: Map<string, string | null>;
  /** Every participant: the rank (1 = first choice) of their module in their own ranking, or null (unranked placement or none). */
  rankObtained: Map<string, number | null>;
  /** Participants without a module (only when all places are taken), sorted by id. */
  unassigned: string[];
  /** Participants placed in a module they did not rank, sorted by id. */
  unrankedPlacements: string[];
  firstChoices: number;
  /** perRank[r − 1] = how many got their choice no. r. */
  perRank: number[];
  explanation: ExplanationLine[];
}

// ---------------------------------------------------------------------------------------------
// Seeded lottery order

/** A 32-bit hash of the seed (cyrb53, folded), so any string seeds the generator. */
export function hashSeed(seed: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < seed.length; i++) {
    const c = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** mulberry32: a small, fast, well-mixed 32-bit generator; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Code-unit order, the same on every machine and locale. */
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The participants sorted by id, then shuffled (Fisher–Yates) by the seed: independent of input order. */
export function lotteryOrder<T extends { id: string }>(items: readonly T[], seed: string): T[] {
  const order = [...items].sort(byId);
  const random = mulberry32(hashSeed(seed));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

// ---------------------------------------------------------------------------------------------
// Lexicographic cost vectors

type Vec = number[];

/** Lexicographic comparison of two vectors of the same length. */
function compareVec(a: Vec, b: Vec): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function addVec(a: Vec, b: Vec): Vec {
  return a.map((x, i) => x + b[i]);
}

// ---------------------------------------------------------------------------------------------

export function allocate(input: AllocationInput): AllocationResult {
  const modules = [...input.modules].sort(byId);
  const moduleIndex = new Map<string, number>();
  for (const [j, m] of modules.entries()) {
    if (moduleIndex.has(m.id)) throw new Error(`duplicate module id ${m.id}`);
    moduleIndex.set(m.id, j);
  }
  const seen = new Set<string>();
  for (const p of input.participants) {
    if (seen.has(p.id)) throw new Error(`duplicate participant id ${p.id}`);
    seen.add(p.id);
  }
  const order = lotteryOrder(input.participants, input.seed);
  const n = order.length;
  const m = modules.length;
  const caps = modules.map((mod) => Math.max(0, Math.floor(mod.cap)));

  // Clean rankings: known modules, first occurrence only.
  const rankings = order.map((p) => {
    const out: number[] = [];
    for (const id of p.ranking) {
      const j = moduleIndex.get(id);
      if (j !== undefined && !out.includes(j)) out.push(j);
    }
    return out;
  });
  const K = rankings.reduce((max, r) => Math.max(max, r.length), 0);
  const T = K + 1; // tiers 0..K−1 = ranks 1..K, tier K = unranked placement
  // tier[i * m + j]: the tier of participant i (lottery position) in module j.
  const tier = new Int16Array(n * m).fill(K);
  for (let i = 0; i < n; i++) rankings[i].forEach((j, r) => (tier[i * m + j] = r));

  const unit = (t: number, sign: number): Vec => {
    const v = new Array<number>(T).fill(0);
    v[t] = sign;
    return v;
  };
  const placeCost = Array.from({ length: T }, (_, t) => unit(t, -1));
  const dropCost = Array.from({ length: T }, (_, t) => unit(t, 1));
  // Moving someone from tier a to tier b costs e_a − e_b; ord ranks these T² vectors (equal vectors, equal ord).
  const moveCost: Vec[][] = Array.from({ length: T }, (_, a) =>
    Array.from({ length: T }, (_, b) => addVec(dropCost[a], placeCost[b])),
  );
  const pairs: [number, number][] = [];
  for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) pairs.push([a, b]);
  pairs.sort(([a1, b1], [a2, b2]) => compareVec(moveCost[a1][b1], moveCost[a2][b2]));
  const ord = Array.from({ length: T }, () => new Int32Array(T));
  pairs.forEach(([a, b], k) => {
    const prev = k > 0 ? pairs[k - 1] : null;
    ord[a][b] = prev && compareVec(moveCost[prev[0]][prev[1]], moveCost[a][b]) === 0 ? ord[prev[0]][prev[1]] : k;
  });

  const assigned = new Int32Array(n).fill(-1); // module of lottery position i, or −1
  const members: number[][] = modules.map(() => []); // lottery positions per module
  const count = new Int32Array(m);
  const zero = new Array<number>(T).fill(0);
  const arcQ = new Int32Array(m * m);
  const arcOrd = new Int32Array(m * m);
  const dist = new Int32Array(m * T);
  const hops = new Int32Array(m);
  const pred = new Int32Array(m);
  const changed = new Uint8Array(m);
  const dirty = new Uint8Array(m).fill(1);

  const move = (q: number, to: number) => {
    const from = assigned[q];
    if (from >= 0) {
      const list = members[from];
      list.splice(list.indexOf(q), 1);
      count[from]--;
      dirty[from] = 1;
    }
    assigned[q] = to;
    if (to >= 0) {
      members[to].push(q);
      count[to]++;
      dirty[to] = 1;
    }
  };

  for (let p = 0; p < n; p++) {
    // Arcs between modules: a → b moves the member of a whose move is cheapest (ties: the latest in the
    // lottery). Only the rows of modules whose members changed are computed again.
    for (let a = 0; a < m; a++) {
      if (!dirty[a]) continue;
      dirty[a] = 0;
      arcQ.fill(-1, a * m, (a + 1) * m);
      for (const q of members[a]) {
        const ta = tier[q * m + a];
        const ordA = ord[ta];
        for (let b = 0; b < m; b++) {
          if (b === a) continue;
          const k = ordA[tier[q * m + b]];
          const idx = a * m + b;
          if (arcQ[idx] < 0 || k < arcOrd[idx] || (k === arcOrd[idx] && q > arcQ[idx])) {
            arcQ[idx] = q;
            arcOrd[idx] = k;
          }
        }
      }
    }
    // Bellman–Ford from the newcomer over the modules; key (cost, moves). dist is flat: module j's vector at j·T.
    dist.fill(0);
    hops.fill(1);
    pred.fill(-1);
    for (let j = 0; j < m; j++) dist[j * T + tier[p * m + j]] = -1;
    changed.fill(1);
    for (let round = 0; round < m; round++) {
      let any = false;
      for (let a = 0; a < m; a++) {
        if (!changed[a]) continue;
        changed[a] = 0;
        for (let b = 0; b < m; b++) {
          const q = arcQ[a * m + b];
          if (q < 0) continue;
          const ta = tier[q * m + a];
          const tb = tier[q * m + b];
          // Compare dist[a] + e_ta − e_tb with dist[b], without building the vector.
          let c = 0;
          for (let i = 0; i < T && c === 0; i++)
            c = dist[a * T + i] + (i === ta ? 1 : 0) - (i === tb ? 1 : 0) - dist[b * T + i];
          if (c < 0 || (c === 0 && hops[a] + 1 < hops[b])) {
            for (let i = 0; i < T; i++) dist[b * T + i] = dist[a * T + i];
            dist[b * T + ta] += 1;
            dist[b * T + tb] -= 1;
            hops[b] = hops[a] + 1;
            pred[b] = a;
            changed[b] = 1;
            any = true;
          }
        }
      }
      if (!any) break;
    }
    const distOf = (j: number): Vec => Array.from(dist.subarray(j * T, (j + 1) * T));

    const applyPath = (target: number) => {
      const path: number[] = [];
      for (let b = target; b >= 0; b = pred[b]) path.push(b);
      path.reverse();
      // Move members forward from the end, then place the newcomer in the first module of the path.
      for (let k = path.length - 1; k > 0; k--) move(arcQ[path[k - 1] * m + path[k]], path[k]);
      move(p, path[0]);
    };

    let target = -1;
    for (let j = 0; j < m; j++) {
      if (count[j] >= caps[j]) continue;
      if (target < 0) {
        target = j;
        continue;
      }
      const c = compareVec(distOf(j), distOf(target));
      const roomJ = caps[j] - count[j];
      const roomT = caps[target] - count[target];
      if (c < 0 || (c === 0 && (hops[j] < hops[target] || (hops[j] === hops[target] && roomJ > roomT)))) target = j;
    }
    if (target >= 0) {
      applyPath(target);
      continue;
    }
    // Every place is taken: replace someone only when that is a strict gain (the cheapest cycle through p).
    let best = -1;
    let bestCost: Vec = zero;
    let bestDrop = -1;
    for (let x = 0; x < m; x++) {
      let worst = -1;
      for (const q of members[x])
        if (
          worst < 0 ||
          tier[q * m + x] > tier[worst * m + x] ||
          (tier[q * m + x] === tier[worst * m + x] && q > worst)
        )
          worst = q;
      if (worst < 0) continue;
      const cost = addVec(distOf(x), dropCost[tier[worst * m + x]]);
      const c = compareVec(cost, bestCost);
      if (c < 0 || (c === 0 && best >= 0 && hops[x] < hops[best])) {
        best = x;
        bestCost = cost;
        bestDrop = worst;
      }
    }
    if (best >= 0 && compareVec(bestCost, zero) < 0) {
      move(bestDrop, -1);
      applyPath(best);
    }
  }

  // Results, in id order.
  for (let j = 0; j < m; j++) if (count[j] > caps[j]) throw new Error('allocation exceeded a cap'); // cannot happen
  const assignments = new Map<string, string | null>();
  const rankObtained = new Map<string, number | null>();
  const perRank = new Array<number>(K).fill(0);
  const unassigned: string[] = [];
  const unrankedPlacements: string[] = [];
  const byPosition = order.map((p, i) => ({ id: p.id, i })).sort(byId);
  for (const { id, i } of byPosition) {
    const j = assigned[i];
    assignments.set(id, j >= 0 ? modules[j].id : null);
    const t = j >= 0 ? tier[i * m + j] : -1;
    rankObtained.set(id, t >= 0 && t < K ? t + 1 : null);
    if (j < 0) unassigned.push(id);
    else if (t === K) unrankedPlacements.push(id);
    else perRank[t]++;
  }
  const firstDemand = new Array<number>(m).fill(0);
  for (const r of rankings) if (r.length) firstDemand[r[0]]++;
  const explanation = explainAllocation({
    seed: input.seed,
    participants: n,
    modules: modules.map((mod, j) => ({ label: mod.id, cap: caps[j], firstChoices: firstDemand[j] })),
    perRank,
    noRanking: rankings.filter((r) => r.length === 0).length,
    unrankedPlacements: unrankedPlacements.length,
    unassigned: unassigned.length,
  });

  return {
    assignments,
    rankObtained,
    unassigned,
    unrankedPlacements,
    firstChoices: perRank[0] ?? 0,
    perRank,
    explanation,
  };
}

/** The facts an explanation is made of; the API makes them again from a stored allocation. */
export interface AllocationFacts {
  seed: string;
  participants: number;
  /** Each module: how it is named in the text, its cap and how many ranked it first. */
  modules: { label: string; cap: number; firstChoices: number }[];
  perRank: number[];
  noRanking: number;
  unrankedPlacements: number;
  unassigned: number;
  /** Late enrolments given a remaining place after publishing. */
  late?: number;
  /** Participants an organiser moved after the run. */
  moved?: number;
}

/** The explanation of an allocation, line by line, in Dutch and English. */
export function explainAllocation(f: AllocationFacts): ExplanationLine[] {
  const places = f.modules.reduce((s, mod) => s + Math.max(0, mod.cap), 0);
  const lines: ExplanationLine[] = [
    {
      code: 'ALGORITHM',
      params: { seed: f.seed },
      nl:
        'Rangmaximale verdeling (min-cost flow met lexicografische kosten per keuze): eerst zoveel mogelijk eerste keuzes, ' +
        `dan zoveel mogelijk tweede keuzes, enzovoort; bij gelijke uitkomst beslist een lotingsvolgorde uit seed "${f.seed}".`,
      en:
        'Rank-maximal allocation (min-cost flow with lexicographic costs per choice): first as many first choices as possible, ' +
        `then as many second choices as possible, and so on; ties are broken by a lottery order drawn from seed "${f.seed}".`,
    },
    {
      code: 'COUNTS',
      params: { participants: f.participants, modules: f.modules.length, places },
      nl: `${f.participants} deelnemers, ${f.modules.length} modules, ${places} plaatsen.`,
      en: `${f.participants} participants, ${f.modules.length} modules, ${places} places.`,
    },
  ];
  f.perRank.forEach((c, r) => {
    if (c > 0)
      lines.push({
        code: 'RANK',
        params: { rank: r + 1, count: c },
        nl: `${c} kregen hun keuze nr. ${r + 1}.`,
        en: `${c} got their choice no. ${r + 1}.`,
      });
  });
  for (const mod of f.modules) {
    if (mod.firstChoices > mod.cap)
      lines.push({
        code: 'OVERSUBSCRIBED',
        params: { module: mod.label, firstChoices: mod.firstChoices, cap: mod.cap },
        nl: `${mod.label}: ${mod.firstChoices} eerste keuzes voor ${mod.cap} plaatsen.`,
        en: `${mod.label}: ${mod.firstChoices} first choices for ${mod.cap} places.`,
      });
  }
  if (f.noRanking > 0)
    lines.push({
      code: 'NO_RANKING',
      params: { count: f.noRanking },
      nl: `${f.noRanking} deelnemers gaven geen voorkeur op.`,
      en: `${f.noRanking} participants ranked no module.`,
    });
  if (f.unrankedPlacements > 0)
    lines.push({
      code: 'UNRANKED_PLACEMENT',
      params: { count: f.unrankedPlacements },
      nl: `${f.unrankedPlacements} kregen een overgebleven plaats in een module die ze niet kozen (geen voorkeur, of hun keuzes waren vol).`,
      en: `${f.unrankedPlacements} got a remaining place in a module they did not rank (no ranking, or their choices were full).`,
    });
  if (f.late)
    lines.push({
      code: 'LATE',
      params: { count: f.late },
      nl: `${f.late} deelnemers schreven zich na het publiceren in en kregen een overgebleven plaats.`,
      en: `${f.late} participants enrolled after publishing and got a remaining place.`,
    });
  if (f.moved)
    lines.push({
      code: 'MOVED',
      params: { count: f.moved },
      nl: `${f.moved} deelnemers zijn daarna door de organisator verplaatst.`,
      en: `${f.moved} participants were moved by the organiser afterwards.`,
    });
  lines.push(
    f.unassigned > 0
      ? {
          code: 'UNASSIGNED',
          params: { count: f.unassigned, places },
          nl: `${f.unassigned} deelnemers kregen geen plaats: alle ${places} plaatsen zijn bezet.`,
          en: `${f.unassigned} participants got no place: all ${places} places are taken.`,
        }
      : {
          code: 'ALL_PLACED',
          params: { count: f.participants },
          nl: 'Iedereen heeft een module.',
          en: 'Everyone has a module.',
        },
  );
  return lines;
}
