/**
 * Mixing groups for a cohort (issue #11 item 4): a pure, deterministic function.
 *
 * Rules, in order of precedence:
 *  1. sizes within the bounds and within one of each other (the number of groups is chosen for it);
 *  2. at most one person per organisation per group whenever the numbers allow it — an organisation
 *     with more people than groups is spread as evenly as possible;
 *  3. a mix of work domains — each domain spread evenly over the groups (so it reaches as many groups
 *     as it can) and every group about as many different domains as the participants allow;
 *  4. with rotation (several rounds), as few pairs as possible meet again in a later round.
 * Approach: greedy placement in order of the most constrained organisation (largest first) with a
 * seeded tie-break, then local search (swaps, and moves between a larger and a smaller group) on a
 * penalty compared rule by rule, with seeded perturbations when a rule is still broken.
 */
import { renderExplanation } from './grouping-explanations.js';
import type { ExplanationParams, UnmetCode, UnmetRule } from './grouping-explanations.js';

export const WORK_DOMAINS = ['beleid', 'uitvoering', 'toezicht', 'bedrijfsvoering'] as const;
export type WorkDomain = (typeof WORK_DOMAINS)[number];

export const GROUP_KINDS = ['werkatelier', 'intervision'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** Default group sizes per kind: werkateliers of 10–15, intervision groups of 4–6. */
export const GROUP_SIZE_BOUNDS: Record<GroupKind, { min: number; max: number }> = {
  werkatelier: { min: 10, max: 15 },
  intervision: { min: 4, max: 6 },
};

export const MAX_ROUNDS = 12;
export const MAX_GROUP_SIZE = 100;

export interface GroupingParticipant {
  id: string;
  organisationId: string | null;
  /** Only for the explanations' text; the code's parameters carry the id as well. */
  organisationName?: string | null;
  workDomain: WorkDomain | null;
}

export interface GroupingInput {
  participants: readonly GroupingParticipant[];
  kind: GroupKind | { min: number; max: number };
  /** Number of meetings to regroup for (default 1). */
  rounds?: number;
  seed?: number;
}

export interface UnmetExplanation {
  rule: UnmetRule;
  code: UnmetCode;
  params: ExplanationParams;
  /** The explanation in Dutch. */
  detail: string;
}

export interface GroupingResult {
  min: number;
  max: number;
  groupCount: number;
  /** rounds[r][g] = the participant ids of group g in round r + 1. */
  rounds: string[][][];
  unmet: UnmetExplanation[];
}

/** Seeded PRNG (mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The bounds of a kind, or the explicit ones (whole numbers, 1 ≤ min ≤ max). */
export function groupBounds(kind: GroupingInput['kind']): { min: number; max: number } {
  const bounds = typeof kind === 'string' ? GROUP_SIZE_BOUNDS[kind] : kind;
  if (
    !Number.isInteger(bounds.min) ||
    !Number.isInteger(bounds.max) ||
    bounds.min < 1 ||
    bounds.max < bounds.min ||
    bounds.max > MAX_GROUP_SIZE
  ) {
    throw new RangeError(`group size bounds must be whole numbers with 1 ≤ min ≤ max ≤ ${String(MAX_GROUP_SIZE)}`);
  }
  return bounds;
}

/**
 * The number of groups: a count whose sizes (⌊n/g⌋ and ⌈n/g⌉) lie within the bounds, the fewest that
 * still give every organisation one place per group (else the most the bounds allow); when no count
 * fits the bounds, the one whose sizes miss them least (on a tie the smaller groups).
 */
export function chooseGroupCount(n: number, min: number, max: number, largestOrganisation: number): number {
  if (n === 0) return 0;
  const lo = Math.ceil(n / max);
  const hi = Math.floor(n / min);
  if (lo <= hi) return Math.min(hi, Math.max(lo, largestOrganisation));
  // Infeasible: hi < lo, and hi = lo − 1 (a bigger gap is impossible). Fewer groups are too large, more too small.
  if (hi === 0) return 1;
  const overBy = Math.ceil(n / hi) - max;
  const underBy = min - Math.floor(n / lo);
  return overBy < underBy ? hi : lo;
}

const NULL_DOMAIN = WORK_DOMAINS.length; // index of "unknown" in the domain counters
const DOMAINS = WORK_DOMAINS.length + 1;

/** Penalty per rule, in order of precedence: organisation, domain spread, domain mix, repeated pairs, unknown-domain spread. */
type Penalty = [org: number, dom: number, mix: number, pair: number, unknown: number];

/**
 * A change in penalty as one number, compared rule by rule: a swap changes the organisation, domain and
 * mix terms by at most 4 each and the repeated pairs by at most 2 · max size · (rounds − 1) ≤ 2 · 100 · 11,
 * so each weight outranks every change of the terms after it.
 */
const WEIGHTS: Penalty = [1e10, 1e8, 1e6, 10, 1];

const dev = (c: number, lo: number, hi: number): number => (c < lo ? lo - c : c > hi ? c - hi : 0);

interface Problem {
  n: number;
  g: number;
  org: Int32Array; // organisation index per person, −1 = none
  orgCount: number;
  orgLo: Int32Array;
  orgHi: Int32Array;
  dom: Int32Array; // domain index per person (NULL_DOMAIN = unknown)
  domLo: Int32Array;
  domHi: Int32Array;
  mixLo: number;
  mixHi: number;
  sizeLo: number;
  sizeHi: number;
  bigGroups: number; // groups of size sizeHi (n mod g), when sizeHi > sizeLo
  min: number;
  max: number;
  sizesFeasible: boolean; // some number of groups has all sizes within min–max
}

/** One round's assignment with the counters the penalty needs. */
class Assignment {
  readonly group: Int32Array;
  readonly members: number[][];
  readonly orgCnt: Int32Array;
  readonly domCnt: Int32Array;
  readonly distinct: Int32Array;
  /** metSum[p * g + j] = Σ over members x of group j of met(p, x). */
  readonly metSum: Int32Array | null;

  constructor(
    readonly pr: Problem,
    readonly met: Uint16Array | null,
  ) {
    this.group = new Int32Array(pr.n).fill(-1);
    this.members = Array.from({ length: pr.g }, () => []);
    this.orgCnt = new Int32Array(pr.g * Math.max(1, pr.orgCount));
    this.domCnt = new Int32Array(pr.g * DOMAINS);
    this.distinct = new Int32Array(pr.g);
    this.metSum = met ? new Int32Array(pr.n * pr.g) : null;
  }

  metOf(p: number, q: number): number {
    return this.met ? this.met[p * this.pr.n + q] : 0;
  }

  add(p: number, j: number): void {
    const { pr } = this;
    this.group[p] = j;
    this.members[j].push(p);
    if (pr.org[p] >= 0) this.orgCnt[j * pr.orgCount + pr.org[p]]++;
    const d = pr.dom[p];
    if (d !== NULL_DOMAIN && this.domCnt[j * DOMAINS + d] === 0) this.distinct[j]++;
    this.domCnt[j * DOMAINS + d]++;
    if (this.met && this.metSum) {
      for (let y = 0; y < pr.n; y++) this.metSum[y * pr.g + j] += this.met[y * pr.n + p];
    }
  }

  remove(p: number): void {
    const { pr } = this;
    const j = this.group[p];
    this.group[p] = -1;
    const list = this.members[j];
    list.splice(list.indexOf(p), 1);
    if (pr.org[p] >= 0) this.orgCnt[j * pr.orgCount + pr.org[p]]--;
    const d = pr.dom[p];
    this.domCnt[j * DOMAINS + d]--;
    if (d !== NULL_DOMAIN && this.domCnt[j * DOMAINS + d] === 0) this.distinct[j]--;
    if (this.met && this.metSum) {
      for (let y = 0; y < pr.n; y++) this.metSum[y * pr.g + j] -= this.met[y * pr.n + p];
    }
  }

  private orgDev(j: number, o: number, change: number): number {
    const { pr } = this;
    return dev(this.orgCnt[j * pr.orgCount + o] + change, pr.orgLo[o], pr.orgHi[o]);
  }

  private domDev(j: number, d: number, change: number): number {
    return dev(this.domCnt[j * DOMAINS + d] + change, this.pr.domLo[d], this.pr.domHi[d]);
  }

  /** The change in penalty when p (in A) and q (in B) trade places; q = −1 moves p alone to B. */
  delta(p: number, b: number, q: number): number {
    const { pr } = this;
    const a = this.group[p];
    const oc = pr.orgCount;
    let org = 0;
    let dom = 0;
    let mix = 0;
    let pair = 0;
    let unknown = 0;
    const op = pr.org[p];
    const oq = q >= 0 ? pr.org[q] : -1;
    if (op !== oq || q < 0) {
      if (op >= 0) {
        const ca = this.orgCnt[a * oc + op];
        const cb = this.orgCnt[b * oc + op];
        const lo = pr.orgLo[op];
        const hi = pr.orgHi[op];
        org += dev(ca - 1, lo, hi) + dev(cb + 1, lo, hi) - dev(ca, lo, hi) - dev(cb, lo, hi);
      }
      if (oq >= 0) {
        const ca = this.orgCnt[a * oc + oq];
        const cb = this.orgCnt[b * oc + oq];
        const lo = pr.orgLo[oq];
        const hi = pr.orgHi[oq];
        org += dev(cb - 1, lo, hi) + dev(ca + 1, lo, hi) - dev(cb, lo, hi) - dev(ca, lo, hi);
      }
    }
    const dp = pr.dom[p];
    const dq = q >= 0 ? pr.dom[q] : -1;
    if (dp !== dq) {
      const cnt = this.domCnt;
      const pa = cnt[a * DOMAINS + dp];
      const pb = cnt[b * DOMAINS + dp];
      const change =
        dev(pa - 1, pr.domLo[dp], pr.domHi[dp]) +
        dev(pb + 1, pr.domLo[dp], pr.domHi[dp]) -
        dev(pa, pr.domLo[dp], pr.domHi[dp]) -
        dev(pb, pr.domLo[dp], pr.domHi[dp]);
      if (dp === NULL_DOMAIN) unknown += change;
      else dom += change;
      let da = this.distinct[a];
      let db = this.distinct[b];
      if (dp !== NULL_DOMAIN) {
        if (pa === 1) da--;
        if (pb === 0) db++;
      }
      if (dq >= 0) {
        const qa = cnt[a * DOMAINS + dq];
        const qb = cnt[b * DOMAINS + dq];
        const c2 =
          dev(qb - 1, pr.domLo[dq], pr.domHi[dq]) +
          dev(qa + 1, pr.domLo[dq], pr.domHi[dq]) -
          dev(qb, pr.domLo[dq], pr.domHi[dq]) -
          dev(qa, pr.domLo[dq], pr.domHi[dq]);
        if (dq === NULL_DOMAIN) unknown += c2;
        else dom += c2;
        if (dq !== NULL_DOMAIN) {
          if (qb === 1) db--;
          if (qa === 0) da++;
        }
      }
      mix =
        dev(da, pr.mixLo, pr.mixHi) +
        dev(db, pr.mixLo, pr.mixHi) -
        dev(this.distinct[a], pr.mixLo, pr.mixHi) -
        dev(this.distinct[b], pr.mixLo, pr.mixHi);
    }
    const ms = this.metSum;
    if (ms) {
      const g = pr.g;
      pair =
        q >= 0
          ? ms[p * g + b] - this.metOf(p, q) - ms[p * g + a] + (ms[q * g + a] - this.metOf(q, p)) - ms[q * g + b]
          : ms[p * g + b] - ms[p * g + a];
    }
    return org * WEIGHTS[0] + dom * WEIGHTS[1] + mix * WEIGHTS[2] + pair * WEIGHTS[3] + unknown * WEIGHTS[4];
  }

  /**
   * The people a pass starts moves from: every improving move or swap involves someone whose
   * organisation or domain is off somewhere, or who has met a member before; while a group's mix is off
   * (which a move of anyone into it may mend), everyone.
   */
  hot(): number[] {
    const { pr } = this;
    const orgOff = new Uint8Array(Math.max(1, pr.orgCount));
    const domOff = new Uint8Array(DOMAINS);
    let mixOff = false;
    for (let j = 0; j < pr.g; j++) {
      for (let o = 0; o < pr.orgCount; o++) {
        if (dev(this.orgCnt[j * pr.orgCount + o], pr.orgLo[o], pr.orgHi[o]) > 0) orgOff[o] = 1;
      }
      for (let dd = 0; dd < DOMAINS; dd++) {
        if (dev(this.domCnt[j * DOMAINS + dd], pr.domLo[dd], pr.domHi[dd]) > 0) domOff[dd] = 1;
      }
      if (dev(this.distinct[j], pr.mixLo, pr.mixHi) > 0) mixOff = true;
    }
    const out: number[] = [];
    for (let p = 0; p < pr.n; p++) {
      const j = this.group[p];
      if (
        (pr.org[p] >= 0 && orgOff[pr.org[p]]) ||
        domOff[pr.dom[p]] ||
        mixOff ||
        (this.metSum && this.metSum[p * pr.g + j] > 0)
      ) {
        out.push(p);
      }
    }
    return out;
  }

  /** The total penalty per rule. */
  penalty(): Penalty {
    const { pr } = this;
    const t: Penalty = [0, 0, 0, 0, 0];
    for (let j = 0; j < pr.g; j++) {
      for (let o = 0; o < pr.orgCount; o++) t[0] += this.orgDev(j, o, 0);
      for (let dd = 0; dd < DOMAINS; dd++) t[dd === NULL_DOMAIN ? 4 : 1] += this.domDev(j, dd, 0);
      t[2] += dev(this.distinct[j], pr.mixLo, pr.mixHi);
      if (this.met) {
        const list = this.members[j];
        for (let x = 0; x < list.length; x++)
          for (let y = x + 1; y < list.length; y++) t[3] += this.metOf(list[x], list[y]);
      }
    }
    return t;
  }

  snapshot(): Int32Array {
    return Int32Array.from(this.group);
  }

  restore(groups: Int32Array): void {
    for (let p = 0; p < this.pr.n; p++) if (this.group[p] !== groups[p]) this.remove(p);
    for (let p = 0; p < this.pr.n; p++) if (this.group[p] < 0) this.add(p, groups[p]);
  }
}

const lexLess = (x: Penalty, y: Penalty): boolean => {
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return x[i] < y[i];
  }
  return false;
};

/** Greedy: most constrained organisation first; each person to the group with room that fits best. */
function greedy(asg: Assignment, order: number[], rnd: () => number): void {
  const { pr } = asg;
  const size = (j: number) => asg.members[j].length;
  let big = 0;
  const hasRoom = (j: number) => size(j) < pr.sizeLo || (size(j) < pr.sizeHi && big < pr.bigGroups);
  for (const p of order) {
    let best = -1;
    let bestKey: number[] = [];
    const start = Math.floor(rnd() * pr.g);
    for (let k = 0; k < pr.g; k++) {
      const j = (start + k) % pr.g;
      if (!hasRoom(j)) continue;
      const key = [
        pr.org[p] >= 0 ? asg.orgCnt[j * pr.orgCount + pr.org[p]] : 0,
        size(j),
        asg.domCnt[j * DOMAINS + pr.dom[p]],
        asg.metSum ? asg.metSum[p * pr.g + j] : 0,
      ];
      if (best < 0 || lexLessArr(key, bestKey)) {
        best = j;
        bestKey = key;
      }
    }
    if (size(best) === pr.sizeLo && pr.sizeHi > pr.sizeLo) big++;
    asg.add(p, best);
  }
}

function lexLessArr(x: number[], y: number[]): boolean {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return false;
}

/** First-improvement local search over swaps and moves, until no move improves or the pass budget ends. */
function localSearch(asg: Assignment, rnd: () => number, maxPasses: number): void {
  const { pr } = asg;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (const p of shuffled(asg.hot(), rnd)) {
      const a = asg.group[p];
      const start = Math.floor(rnd() * pr.g);
      for (let k = 0; k < pr.g; k++) {
        const b = (start + k) % pr.g;
        if (b === a) continue;
        if (asg.members[a].length > asg.members[b].length && asg.delta(p, b, -1) < 0) {
          asg.remove(p);
          asg.add(p, b);
          improved = true;
          break;
        }
        const q = asg.members[b].find((x) => asg.delta(p, b, x) < 0);
        if (q !== undefined) {
          asg.remove(p);
          asg.remove(q);
          asg.add(p, b);
          asg.add(q, a);
          improved = true;
          break;
        }
      }
    }
    if (!improved) return;
  }
}

/** Iterated local search: perturb with a few seeded random swaps while a rule is broken; keep the best. */
function solveRound(asg: Assignment, order: number[], rnd: () => number): void {
  greedy(asg, order, rnd);
  localSearch(asg, rnd, 50);
  let best = asg.penalty();
  let bestGroups = asg.snapshot();
  // Perturbations while a rule is broken: more while a mixing rule is, fewer for repeated pairs only.
  const budget = Math.max(2, Math.min(40, Math.floor(4e6 / (asg.pr.n * asg.pr.n))));
  for (let k = 0; k < budget && asg.pr.g > 1; k++) {
    const mixing = best[0] + best[1] + best[2] > 0;
    if (!mixing && (best[3] === 0 || k >= budget / 4)) break;
    const swaps = 2 + Math.floor(rnd() * 4);
    for (let s = 0; s < swaps; s++) {
      const p = Math.floor(rnd() * asg.pr.n);
      const q = Math.floor(rnd() * asg.pr.n);
      const a = asg.group[p];
      const b = asg.group[q];
      if (a === b) continue;
      asg.remove(p);
      asg.remove(q);
      asg.add(p, b);
      asg.add(q, a);
    }
    localSearch(asg, rnd, 50);
    const pen = asg.penalty();
    if (lexLess(pen, best)) {
      best = pen;
      bestGroups = asg.snapshot();
    } else {
      asg.restore(bestGroups);
    }
  }
}

function explanation(rule: UnmetRule, code: UnmetCode, params: ExplanationParams): UnmetExplanation {
  return { rule, code, params, detail: renderExplanation(code, params, 'nl') };
}

function numbers(list: number[]): string {
  return list.map((j) => String(j + 1)).join(', ');
}

interface Prepared {
  people: GroupingParticipant[];
  n: number;
  orgIds: string[];
  orgNames: Map<string, string>;
  org: Int32Array;
  dom: Int32Array;
  orgSize: Int32Array;
  domSize: Int32Array;
}

/** The participants in id order (so the result does not depend on the input's order), with indexes. */
function prepare(participants: readonly GroupingParticipant[]): Prepared {
  const people = [...participants].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const n = people.length;
  const orgIds: string[] = [];
  const orgIndex = new Map<string, number>();
  const orgNames = new Map<string, string>();
  const org = new Int32Array(n);
  const dom = new Int32Array(n);
  people.forEach((person, p) => {
    if (person.organisationId === null) {
      org[p] = -1;
    } else {
      let o = orgIndex.get(person.organisationId);
      if (o === undefined) {
        o = orgIds.length;
        orgIds.push(person.organisationId);
        orgIndex.set(person.organisationId, o);
      }
      org[p] = o;
      if (person.organisationName) orgNames.set(person.organisationId, person.organisationName);
    }
    dom[p] = person.workDomain === null ? NULL_DOMAIN : WORK_DOMAINS.indexOf(person.workDomain);
  });
  const orgSize = new Int32Array(orgIds.length);
  for (let p = 0; p < n; p++) if (org[p] >= 0) orgSize[org[p]]++;
  const domSize = new Int32Array(DOMAINS);
  for (let p = 0; p < n; p++) domSize[dom[p]]++;
  return { people, n, orgIds, orgNames, org, dom, orgSize, domSize };
}

/** The targets for g groups: sizes, organisation and domain counts per group, domains per group. */
function problem(prep: Prepared, g: number, min: number, max: number): Problem {
  const { n, orgSize, domSize } = prep;
  const sizeLo = Math.floor(n / g);
  const sizeHi = Math.ceil(n / g);
  let coverage = 0;
  for (let dd = 0; dd < WORK_DOMAINS.length; dd++) coverage += Math.min(domSize[dd], g);
  return {
    n,
    g,
    org: prep.org,
    orgCount: prep.orgIds.length,
    orgLo: orgSize.map((c) => Math.floor(c / g)),
    orgHi: orgSize.map((c) => Math.ceil(c / g)),
    dom: prep.dom,
    domLo: domSize.map((c) => Math.floor(c / g)),
    domHi: domSize.map((c) => Math.ceil(c / g)),
    mixLo: Math.floor(coverage / g),
    mixHi: Math.ceil(coverage / g),
    sizeLo,
    sizeHi,
    bigGroups: n - sizeLo * g,
    min,
    max,
    sizesFeasible: Math.ceil(n / max) <= Math.floor(n / min),
  };
}

/** What the numbers alone make impossible: sizes for the bounds, organisations larger than the groups, domains. */
function inputExplanations(prep: Prepared, pr: Problem): UnmetExplanation[] {
  const { n, orgIds, orgNames, orgSize, domSize } = prep;
  const { g, min, max } = pr;
  const unmet: UnmetExplanation[] = [];
  if (n < min && g === 1) {
    unmet.push(explanation('size', 'SIZE_TOO_FEW', { count: n, min, max }));
  } else if (!pr.sizesFeasible) {
    unmet.push(
      explanation('size', 'SIZE_IMPOSSIBLE', {
        count: n,
        min,
        max,
        groups: g,
        smallest: pr.sizeLo,
        largest: pr.sizeHi,
      }),
    );
  }
  orgIds.forEach((id, o) => {
    if (orgSize[o] > g) {
      const rest = orgSize[o] % g;
      unmet.push(
        explanation('organisation', 'ORGANISATION_SHARED', {
          organisationId: id,
          organisation: orgNames.get(id) ?? id,
          count: orgSize[o],
          groups: g,
          groupsWithMore: rest === 0 ? g : rest,
          perGroup: Math.ceil(orgSize[o] / g),
        }),
      );
    }
  });
  if (domSize[NULL_DOMAIN] > 0) unmet.push(explanation('domain', 'DOMAIN_UNKNOWN', { count: domSize[NULL_DOMAIN] }));
  WORK_DOMAINS.forEach((name, dd) => {
    if (domSize[dd] > 0 && domSize[dd] < g) {
      unmet.push(
        explanation('domain', 'DOMAIN_TOO_FEW', {
          domain: name,
          count: domSize[dd],
          groups: g,
          without: g - domSize[dd],
        }),
      );
    }
  });
  return unmet;
}

/** Divide the participants into groups (per round) by the mixing rules, explaining every rule not met. */
export function formGroups(input: GroupingInput): GroupingResult {
  const { min, max } = groupBounds(input.kind);
  const rounds = input.rounds ?? 1;
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > MAX_ROUNDS) {
    throw new RangeError(`rounds must be a whole number from 1 to ${String(MAX_ROUNDS)}`);
  }
  const rnd = mulberry32(input.seed ?? 1);
  const prep = prepare(input.participants);
  const { n, orgIds, orgSize, domSize, org, dom } = prep;
  if (n === 0) {
    return {
      min,
      max,
      groupCount: 0,
      rounds: Array.from({ length: rounds }, () => []),
      unmet: [explanation('size', 'NO_PARTICIPANTS', {})],
    };
  }
  const g = chooseGroupCount(
    n,
    min,
    max,
    orgSize.reduce((m, x) => Math.max(m, x), 1),
  );
  const pr = problem(prep, g, min, max);

  // Order: largest organisation first (seeded tie-break), people without one last; rarer domains first within.
  const orgRank = shuffled(
    orgIds.map((_, o) => o),
    rnd,
  ).sort((x, y) => orgSize[y] - orgSize[x]);
  const rankOf = new Int32Array(orgIds.length);
  orgRank.forEach((o, i) => (rankOf[o] = i));
  const baseOrder = shuffled(
    Array.from({ length: n }, (_, p) => p),
    rnd,
  ).sort((x, y) => {
    const rx = org[x] >= 0 ? rankOf[org[x]] : orgIds.length;
    const ry = org[y] >= 0 ? rankOf[org[y]] : orgIds.length;
    return rx !== ry ? rx - ry : domSize[dom[x]] - domSize[dom[y]];
  });

  const unmet = inputExplanations(prep, pr);
  const met = rounds > 1 ? new Uint16Array(n * n) : null;
  const result: string[][][] = [];
  for (let r = 0; r < rounds; r++) {
    const asg = new Assignment(pr, r > 0 ? met : null);
    solveRound(asg, baseOrder, rnd);
    unmet.push(...checkRound(asg, r, rounds, prep));
    result.push(asg.members.map((list) => list.map((p) => prep.people[p].id).sort()));
    if (met) addMeetings(met, n, asg.members);
  }
  return { min, max, groupCount: g, rounds: result, unmet };
}

function addMeetings(met: Uint16Array, n: number, members: number[][]): void {
  for (const list of members) for (const x of list) for (const y of list) if (x !== y) met[x * n + y]++;
}

/**
 * The explanations for groups as they are now (after an organiser moved people, or people joined or
 * left): the same rules as formGroups, for the given groups per round. Ids that are not participants
 * are ignored; participants in no group of a round are named.
 */
export function explainGroups(input: {
  participants: readonly GroupingParticipant[];
  kind: GroupingInput['kind'];
  rounds: readonly (readonly (readonly string[])[])[];
}): UnmetExplanation[] {
  const { min, max } = groupBounds(input.kind);
  const prep = prepare(input.participants);
  const { n } = prep;
  if (n === 0) return [explanation('size', 'NO_PARTICIPANTS', {})];
  const index = new Map(prep.people.map((p, i) => [p.id, i]));
  const unmet: UnmetExplanation[] = [];
  const met = input.rounds.length > 1 ? new Uint16Array(n * n) : null;
  input.rounds.forEach((groups, r) => {
    const g = Math.max(1, groups.length);
    const pr = problem(prep, g, min, max);
    if (r === 0) unmet.push(...inputExplanations(prep, pr));
    const asg = new Assignment(pr, r > 0 ? met : null);
    groups.forEach((ids, j) => {
      for (const id of ids) {
        const p = index.get(id);
        if (p !== undefined && asg.group[p] < 0) asg.add(p, j);
      }
    });
    const ungrouped = prep.people.filter((_, p) => asg.group[p] < 0).length;
    if (ungrouped > 0) {
      unmet.push(
        explanation('size', 'UNGROUPED', { ...(input.rounds.length > 1 ? { round: r + 1 } : {}), count: ungrouped }),
      );
    }
    unmet.push(...checkRound(asg, r, input.rounds.length, prep));
    if (met) addMeetings(met, n, asg.members);
  });
  return unmet;
}

/** The rules a round's groups break beyond what the input forces (already explained above). */
function checkRound(asg: Assignment, r: number, rounds: number, prep: Prepared): UnmetExplanation[] {
  const { pr } = asg;
  const { orgIds, orgNames } = prep;
  const out: UnmetExplanation[] = [];
  const roundParam: ExplanationParams = rounds > 1 ? { round: r + 1 } : {};
  const sizeOff: number[] = [];
  let smallest = Infinity;
  let largest = -Infinity;
  asg.members.forEach((list, j) => {
    smallest = Math.min(smallest, list.length);
    largest = Math.max(largest, list.length);
    const outOfBounds = pr.sizesFeasible && (list.length < pr.min || list.length > pr.max);
    if (list.length < pr.sizeLo || list.length > pr.sizeHi || outOfBounds) sizeOff.push(j);
  });
  if (sizeOff.length > 0) {
    out.push(
      explanation('size', 'SIZE_OFF', {
        ...roundParam,
        groupNumbers: numbers(sizeOff),
        actualMin: smallest,
        actualMax: largest,
        expectedMin: pr.sizeLo,
        expectedMax: pr.sizeHi,
      }),
    );
  }
  for (let o = 0; o < pr.orgCount; o++) {
    for (let j = 0; j < pr.g; j++) {
      const c = asg.orgCnt[j * pr.orgCount + o];
      if (c < pr.orgLo[o] || c > pr.orgHi[o]) {
        out.push(
          explanation('organisation', 'ORGANISATION_CONFLICT', {
            ...roundParam,
            organisationId: orgIds[o],
            organisation: orgNames.get(orgIds[o]) ?? orgIds[o],
            group: j + 1,
            actual: c,
            expectedMin: pr.orgLo[o],
            expectedMax: pr.orgHi[o],
          }),
        );
      }
    }
  }
  WORK_DOMAINS.forEach((name, dd) => {
    const off: number[] = [];
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = 0; j < pr.g; j++) {
      const c = asg.domCnt[j * DOMAINS + dd];
      lo = Math.min(lo, c);
      hi = Math.max(hi, c);
      if (c < pr.domLo[dd] || c > pr.domHi[dd]) off.push(j);
    }
    if (off.length > 0) {
      out.push(
        explanation('domain', 'DOMAIN_SPREAD', {
          ...roundParam,
          domain: name,
          groupNumbers: numbers(off),
          actualMin: lo,
          actualMax: hi,
          expectedMin: pr.domLo[dd],
          expectedMax: pr.domHi[dd],
        }),
      );
    }
  });
  const offMix: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < pr.g; j++) {
    lo = Math.min(lo, asg.distinct[j]);
    hi = Math.max(hi, asg.distinct[j]);
    if (asg.distinct[j] < pr.mixLo || asg.distinct[j] > pr.mixHi) offMix.push(j);
  }
  if (offMix.length > 0) {
    out.push(
      explanation('domain', 'DOMAIN_MIX', {
        ...roundParam,
        groupNumbers: numbers(offMix),
        actualMin: lo,
        actualMax: hi,
        expectedMin: pr.mixLo,
        expectedMax: pr.mixHi,
      }),
    );
  }
  if (asg.met) {
    let pairs = 0;
    for (const list of asg.members)
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) if (asg.metOf(list[x], list[y]) > 0) pairs++;
    if (pairs > 0) out.push(explanation('rotation', 'ROTATION_REPEATS', { round: r + 1, pairs }));
  }
  return out;
}
