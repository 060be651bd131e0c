import fc from 'fast-check';
import { chooseGroupCount, explainGroups, formGroups, groupBounds, WORK_DOMAINS } from './grouping.js';
import type { GroupingInput, GroupingParticipant, GroupingResult, WorkDomain } from './grouping.js';
import { renderExplanation } from './grouping-explanations.js';

/** A random cohort: people of a few organisations (some large), each with a work domain or none. */
const instance = (maxPeople: number) =>
  fc
    .record({
      n: fc.integer({ min: 0, max: maxPeople }),
      orgs: fc.integer({ min: 1, max: 25 }),
      orgSkew: fc.integer({ min: 0, max: 3 }),
      domainWeights: fc.tuple(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 2 }),
      ),
      kind: fc.oneof(
        fc.constantFrom<GroupingInput['kind']>('werkatelier', 'intervision'),
        fc
          .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 6 }))
          .map(([min, extra]) => ({ min, max: min + extra })),
      ),
      rounds: fc.integer({ min: 1, max: 3 }),
      seed: fc.integer({ min: 0, max: 2 ** 31 }),
      draws: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), {
        minLength: 2 * maxPeople,
        maxLength: 2 * maxPeople,
      }),
    })
    .map(({ n, orgs, orgSkew, domainWeights, kind, rounds, seed, draws }): GroupingInput => {
      const totalWeight = domainWeights.reduce((a, b) => a + b, 0) || 1;
      const participants: GroupingParticipant[] = Array.from({ length: n }, (_, i) => {
        // orgSkew > 0 makes low-numbered organisations large.
        const o = Math.floor(draws[2 * i] ** (orgSkew + 1) * orgs);
        let pick = draws[2 * i + 1] * totalWeight;
        let d = 0;
        while (d < 4 && pick >= domainWeights[d]) {
          pick -= domainWeights[d];
          d++;
        }
        return {
          id: `p${String(i).padStart(4, '0')}`,
          organisationId: o === orgs - 1 && orgs > 3 ? null : `org${String(o)}`,
          organisationName: `Organisatie ${String(o)}`,
          workDomain: d < 4 ? WORK_DOMAINS[d] : null,
        };
      });
      return { participants, kind, rounds, seed };
    });

interface Checked {
  g: number;
  sizesFeasible: boolean;
  orgsFit: boolean;
}

/** Checks the result independently of the implementation; returns facts for further assertions. */
function check(input: GroupingInput, result: GroupingResult): Checked {
  const { min, max } = groupBounds(input.kind);
  const people = input.participants;
  const n = people.length;
  const g = result.groupCount;
  const codes = (rule: string) => result.unmet.filter((u) => u.rule === rule).map((u) => u.code);
  expect(result.rounds).toHaveLength(input.rounds ?? 1);
  const sizesFeasible = n > 0 && Math.ceil(n / max) <= Math.floor(n / min);
  const orgSizes = new Map<string, number>();
  const domainSizes = new Map<WorkDomain, number>();
  for (const p of people) {
    if (p.organisationId !== null) orgSizes.set(p.organisationId, (orgSizes.get(p.organisationId) ?? 0) + 1);
    if (p.workDomain !== null) domainSizes.set(p.workDomain, (domainSizes.get(p.workDomain) ?? 0) + 1);
  }
  const orgsFit = [...orgSizes.values()].every((c) => c <= g);
  const byId = new Map(people.map((p) => [p.id, p]));
  const metBefore = new Set<string>();
  let coverage = 0;
  for (const c of domainSizes.values()) coverage += Math.min(c, g);

  result.rounds.forEach((groups, r) => {
    // A partition of everyone into g groups.
    expect(groups).toHaveLength(g);
    const all = groups.flat().sort();
    expect(all).toEqual(people.map((p) => p.id).sort());
    // Sizes within one of each other; within the bounds whenever some count of groups allows it.
    const sizes = groups.map((grp) => grp.length);
    if (n > 0) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    if (sizesFeasible) {
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(min);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(max);
    } else {
      expect(codes('size').length).toBeGreaterThan(0);
    }
    // Organisations: at most one per group when they fit, else spread evenly and explained.
    const orgOff: string[] = [];
    for (const grp of groups) {
      const inGroup = new Map<string, number>();
      for (const id of grp) {
        const org = byId.get(id)?.organisationId ?? null;
        if (org !== null) inGroup.set(org, (inGroup.get(org) ?? 0) + 1);
      }
      for (const [org, count] of orgSizes) {
        const c = inGroup.get(org) ?? 0;
        if (c < Math.floor(count / g) || c > Math.ceil(count / g)) orgOff.push(org);
      }
    }
    expect(orgOff).toEqual([]);
    const shared = new Set(
      result.unmet.filter((u) => u.code === 'ORGANISATION_SHARED').map((u) => u.params.organisationId),
    );
    expect(shared).toEqual(new Set([...orgSizes].filter(([, count]) => count > g).map(([org]) => org)));
    // Work domains: spread evenly, or the unmet list names the domain for this round.
    for (const [domain, count] of domainSizes) {
      const spreadOk = groups.every((grp) => {
        const c = grp.filter((id) => byId.get(id)?.workDomain === domain).length;
        return c >= Math.floor(count / g) && c <= Math.ceil(count / g);
      });
      const named = result.unmet.some(
        (u) =>
          u.code === 'DOMAIN_SPREAD' && u.params.domain === domain && (input.rounds === 1 || u.params.round === r + 1),
      );
      expect(named).toBe(!spreadOk);
      if (count < g) {
        expect(result.unmet.some((u) => u.code === 'DOMAIN_TOO_FEW' && u.params.domain === domain)).toBe(true);
      }
    }
    // Every group about as many domains as the participants allow, or explained.
    const distinct = groups.map((grp) => new Set(grp.map((id) => byId.get(id)?.workDomain ?? null)).size);
    const distinctReal = groups.map(
      (grp, j) => distinct[j] - (grp.some((id) => byId.get(id)?.workDomain === null) ? 1 : 0),
    );
    const mixOk = distinctReal.every((d) => d >= Math.floor(coverage / g) && d <= Math.ceil(coverage / g));
    expect(result.unmet.some((u) => u.code === 'DOMAIN_MIX' && (input.rounds === 1 || u.params.round === r + 1))).toBe(
      !mixOk,
    );
    // Rotation: the repeated pairs are counted and explained.
    let repeats = 0;
    for (const grp of groups)
      for (let x = 0; x < grp.length; x++)
        for (let y = x + 1; y < grp.length; y++) if (metBefore.has(`${grp[x]}|${grp[y]}`)) repeats++;
    const reported = result.unmet.find((u) => u.code === 'ROTATION_REPEATS' && u.params.round === r + 1);
    expect(reported?.params.pairs ?? 0).toBe(repeats);
    for (const grp of groups) for (const x of grp) for (const y of grp) if (x < y) metBefore.add(`${x}|${y}`);
  });
  // Every explanation renders in both languages.
  for (const u of result.unmet) {
    expect(u.detail).toBe(renderExplanation(u.code, u.params, 'nl'));
    expect(renderExplanation(u.code, u.params, 'en').length).toBeGreaterThan(0);
  }
  return { g, sizesFeasible, orgsFit };
}

/** Every way to split ids into groups of the given sizes (groups of equal size unordered). */
function* partitions(ids: readonly string[], sizes: readonly number[]): Generator<string[][]> {
  const groups: string[][] = sizes.map(() => []);
  function* place(i: number): Generator<string[][]> {
    if (i === ids.length) {
      yield groups.map((g) => [...g]);
      return;
    }
    const openedSizes = new Set<number>();
    for (let j = 0; j < sizes.length; j++) {
      if (groups[j].length >= sizes[j]) continue;
      if (groups[j].length === 0) {
        // Starting one empty group of a size is as good as starting any other of that size.
        if (openedSizes.has(sizes[j])) continue;
        openedSizes.add(sizes[j]);
      }
      groups[j].push(ids[i]);
      yield* place(i + 1);
      groups[j].pop();
    }
  }
  yield* place(0);
}

const MIXING_CODES = new Set(['ORGANISATION_CONFLICT', 'DOMAIN_SPREAD', 'DOMAIN_MIX', 'SIZE_OFF']);

describe('grouping (issue #11 item 4)', () => {
  it('meets every rule a solution exists for, and names the others, on random instances', () => {
    fc.assert(
      fc.property(instance(90), (input) => {
        check(input, formGroups(input));
      }),
      { numRuns: 300 },
    );
  });

  it('mixes work domains perfectly when every organisation fits (one per group always allows it)', () => {
    fc.assert(
      fc.property(instance(120), (input) => {
        // Each person their own organisation: the organisation rule costs nothing, so the domains must spread.
        const spread = {
          ...input,
          participants: input.participants.map((p, i) => ({ ...p, organisationId: `o${String(i)}` })),
        };
        const result = formGroups(spread);
        check(spread, result);
        expect(result.unmet.filter((u) => u.code === 'DOMAIN_SPREAD' || u.code === 'DOMAIN_MIX')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('on small instances, misses a mixing rule only when exhaustive search finds no grouping meeting it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 12 }),
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 1000 }),
        (n, g, orgs, domains, seed) => {
          const participants: GroupingParticipant[] = Array.from({ length: n }, (_, i) => ({
            id: `p${String(i).padStart(2, '0')}`,
            organisationId: `o${String(orgs[i])}`,
            workDomain: domains[i] < 4 ? WORK_DOMAINS[domains[i]] : null,
          }));
          const kind = { min: Math.floor(n / g), max: Math.ceil(n / g) };
          const result = formGroups({ participants, kind, seed });
          if (!result.unmet.some((u) => MIXING_CODES.has(u.code))) return;
          const sizes = result.rounds[0].map((grp) => grp.length);
          for (const candidate of partitions(
            participants.map((p) => p.id),
            sizes,
          )) {
            const unmet = explainGroups({ participants, kind, rounds: [candidate] });
            expect({ candidate, met: !unmet.some((u) => MIXING_CODES.has(u.code)) }).toEqual({
              candidate,
              met: false,
            });
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is deterministic for the same input and seed, whatever the order of the participants', () => {
    fc.assert(
      fc.property(instance(60), (input) => {
        const once = formGroups(input);
        const again = formGroups({ ...input, participants: [...input.participants].reverse() });
        expect(again).toEqual(once);
      }),
      { numRuns: 50 },
    );
  });

  it('explains groups as they are exactly as it explained them when it formed them', () => {
    fc.assert(
      fc.property(instance(60), (input) => {
        const result = formGroups(input);
        expect(explainGroups({ participants: input.participants, kind: input.kind, rounds: result.rounds })).toEqual(
          result.unmet,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('explains what a move broke, and who is in no group', () => {
    const participants = Array.from({ length: 12 }, (_, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      organisationId: `o${String(i % 6)}`,
      organisationName: `Dienst ${String(i % 6)}`,
      workDomain: WORK_DOMAINS[i % 4],
    }));
    const result = formGroups({ participants, kind: 'intervision', seed: 2 });
    expect(result.groupCount).toBe(2);
    expect(result.unmet).toEqual([]);
    const [first, second] = result.rounds[0];
    const moved = first[0];
    const colleague = participants.find((p) => p.id === moved)?.organisationId;
    const after = [[...first.slice(1)], [...second, moved]];
    const unmet = explainGroups({ participants, kind: 'intervision', rounds: [after] });
    expect(unmet.map((u) => u.code)).toEqual(expect.arrayContaining(['SIZE_OFF', 'ORGANISATION_CONFLICT']));
    expect(unmet.find((u) => u.code === 'ORGANISATION_CONFLICT')?.params.organisationId).toBe(colleague);
    expect(unmet.find((u) => u.code === 'SIZE_OFF')?.detail).toBe(
      'De groepen zijn niet even groot: 5–7 per groep (groep 1, 2), verwacht 6.',
    );
    const late = [...participants, { id: 'p99', organisationId: 'o9', workDomain: null }];
    expect(
      explainGroups({ participants: late, kind: 'intervision', rounds: result.rounds }).find(
        (u) => u.code === 'UNGROUPED',
      )?.detail,
    ).toBe('1 deelnemer zit nog in geen groep.');
  });

  it('chooses the number of groups from the bounds', () => {
    expect(chooseGroupCount(24, 10, 15, 1)).toBe(2);
    expect(chooseGroupCount(30, 10, 15, 3)).toBe(3); // three groups so each organisation of 3 fits
    expect(chooseGroupCount(30, 10, 15, 9)).toBe(3); // never more groups than the bounds allow
    expect(chooseGroupCount(7, 10, 15, 1)).toBe(1);
    expect(chooseGroupCount(16, 10, 15, 1)).toBe(1); // 16 misses 15 by one; two groups of 8 miss 10 by two
    expect(chooseGroupCount(7, 4, 6, 1)).toBe(2); // 4 + 3 misses 4 by one, 7 misses 6 by one: smaller groups
  });

  it('explains an organisation with more people than groups, and too few people for the bounds', () => {
    const participants: GroupingParticipant[] = [
      ...Array.from({ length: 5 }, (_, i) => ({
        id: `x${String(i)}`,
        organisationId: 'X',
        organisationName: 'Belastingdienst',
        workDomain: 'uitvoering' as const,
      })),
      ...Array.from({ length: 13 }, (_, i) => ({
        id: `y${String(i)}`,
        organisationId: `Y${String(i)}`,
        workDomain: WORK_DOMAINS[i % 4],
      })),
    ];
    const result = formGroups({ participants, kind: { min: 5, max: 6 }, seed: 7 });
    expect(result.groupCount).toBe(3);
    expect(result.unmet.map((u) => u.detail)).toContain(
      "Organisatie Belastingdienst heeft 5 deelnemers voor 3 groepen: in 2 groepen zitten 2 collega's van Belastingdienst.",
    );
    const few = formGroups({ participants: participants.slice(0, 7), kind: 'werkatelier' });
    expect(few.groupCount).toBe(1);
    expect(few.unmet[0]).toMatchObject({
      rule: 'size',
      code: 'SIZE_TOO_FEW',
      detail: '7 deelnemers is te weinig voor een groep van 10–15: één groep van 7.',
    });
  });

  it('rotates so that two rounds of groups no larger than the number of groups repeat no pair', () => {
    // 36 people, 6 groups of 6, all from different organisations: a grid's rows and then columns never repeat.
    const participants = Array.from({ length: 36 }, (_, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      organisationId: `o${String(i)}`,
      workDomain: null,
    }));
    const result = formGroups({ participants, kind: 'intervision', rounds: 2, seed: 3 });
    expect(result.groupCount).toBe(6);
    expect(result.unmet.filter((u) => u.rule === 'rotation')).toEqual([]);
  });

  it('groups 1000 people fast, in three rounds', () => {
    const participants = Array.from({ length: 1000 }, (_, i) => ({
      id: `p${String(i).padStart(4, '0')}`,
      organisationId: `org${String(i % 37 === 0 ? 0 : i % 23)}`,
      workDomain: i % 9 === 0 ? null : WORK_DOMAINS[(i * 7) % 4],
    }));
    const started = Date.now();
    const result = formGroups({ participants, kind: 'werkatelier', rounds: 3, seed: 11 });
    const elapsed = Date.now() - started;
    check({ participants, kind: 'werkatelier', rounds: 3, seed: 11 }, result);
    expect(elapsed).toBeLessThan(5000);
  });
});
