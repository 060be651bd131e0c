import fc from 'fast-check';
import type { HeldSession, SessionPerson } from './insights.repository.js';
import { evaluationFigures, knowledgeCapital } from './knowledge-capital.js';

/** Random held sessions over four organisations, each with one to three teachers and some learners. */
const ORGS = ['a', 'b', 'c', 'd'];
const world = fc
  .array(
    fc.record({
      hours: fc.integer({ min: 1, max: 16 }).map((q) => q / 2),
      teachers: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 3 }),
      learners: fc.uniqueArray(fc.integer({ min: 0, max: 19 }), { maxLength: 8 }),
      topics: fc.subarray(['Woo', 'Data', 'Omgevingswet']),
    }),
    { maxLength: 12 },
  )
  .map((rows) => {
    const sessions: HeldSession[] = [];
    const teachers: SessionPerson[] = [];
    const learners: SessionPerson[] = [];
    rows.forEach((r, i) => {
      const sessionId = `s${String(i)}`;
      sessions.push({ sessionId, courseId: `k${String(i % 5)}`, courseTitle: 'x', topics: r.topics, hours: r.hours });
      for (const n of r.teachers)
        teachers.push({ sessionId, userId: `t${String(n)}`, name: `T${String(n)}`, organisationId: ORGS[n % 4] });
      for (const n of r.learners)
        learners.push({ sessionId, userId: `l${String(n)}`, name: `L${String(n)}`, organisationId: ORGS[n % 4] });
    });
    return { sessions, teachers, learners };
  });

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
// Each figure is rounded to hundredths: at most 16 flows of half a hundredth each.
const close = (a: number, b: number) => Math.abs(a - b) <= 0.08 + 1e-9;

describe('knowledgeCapital', () => {
  it('splits every learner-hour over the teachers: the flows add up to all learner-hours', () => {
    fc.assert(
      fc.property(world, (w) => {
        const all = knowledgeCapital({ ...w, scope: null });
        expect(close(sum(all.flows.map((f) => f.learnerHours)), all.totals.learnerHoursReceived)).toBe(true);
        expect(close(all.totals.learnerHoursGiven, all.totals.learnerHoursReceived)).toBe(true);
      }),
    );
  });

  it('gives an organisation exactly its part of the whole', () => {
    fc.assert(
      fc.property(world, fc.constantFrom(...ORGS), (w, org) => {
        const all = knowledgeCapital({ ...w, scope: null });
        const mine = knowledgeCapital({ ...w, scope: org });
        const from = all.flows.filter((f) => f.fromOrganisationId === org).map((f) => f.learnerHours);
        expect(close(mine.totals.learnerHoursGiven, sum(from))).toBe(true);
        const whole = all.organisations.find((o) => o.organisationId === org);
        expect(close(mine.totals.hoursTaught, whole?.hoursTaught ?? 0)).toBe(true);
        expect(close(mine.totals.learnerHoursReceived, whole?.learnerHoursReceived ?? 0)).toBe(true);
        for (const f of mine.flows) expect(f.fromOrganisationId === org || f.toOrganisationId === org).toBe(true);
        for (const t of mine.trainers) expect(t.organisationId).toBe(org);
      }),
    );
  });

  it('adds the organisations’ hours taught up to the whole', () => {
    fc.assert(
      fc.property(world, (w) => {
        const all = knowledgeCapital({ ...w, scope: null });
        const parts = ORGS.map((org) => knowledgeCapital({ ...w, scope: org }).totals.hoursTaught);
        expect(close(sum(parts), all.totals.hoursTaught)).toBe(true);
      }),
    );
  });

  it('shows evaluation averages only from the threshold', () => {
    expect(evaluationFigures({ count: 2, overall: 10, usefulness: 10, teacher: 10 }, 3)).toEqual({
      shown: false,
      count: null,
      overall: null,
      usefulness: null,
      teacher: null,
    });
    expect(evaluationFigures({ count: 3, overall: 13, usefulness: 12, teacher: 9 }, 3)).toEqual({
      shown: true,
      count: 3,
      overall: 4.3,
      usefulness: 4,
      teacher: 3,
    });
  });
});
