import { overlappingSessions, spansOverlap } from '../../apps/web/src/features/programmes/overlaps.ts';

const at = (day: number, hour: number) => new Date(Date.UTC(2027, 0, day, hour)).toISOString();
const span = (day: number, from: number, to: number) => ({ startsAt: at(day, from), endsAt: at(day, to) });

describe('overlaps of a cohort’s parts with my sessions', () => {
  it('counts a shared moment, not touching ends', () => {
    expect(spansOverlap(span(1, 9, 12), span(1, 11, 13))).toBe(true);
    expect(spansOverlap(span(1, 9, 12), span(1, 12, 13))).toBe(false);
    expect(spansOverlap(span(1, 9, 17), span(1, 10, 11))).toBe(true);
    expect(spansOverlap(span(1, 9, 12), span(2, 9, 12))).toBe(false);
  });

  it('lists each overlapping session once, in date order', () => {
    const parts = [span(1, 9, 12), span(8, 9, 17)];
    const sessions = [
      { id: 'late', ...span(8, 13, 14) },
      { id: 'free', ...span(3, 9, 12) },
      { id: 'early', ...span(1, 10, 11) },
      { id: 'early', ...span(1, 10, 11) },
    ];
    expect(overlappingSessions(parts, sessions).map((s) => s.id)).toEqual(['early', 'late']);
    expect(overlappingSessions([], sessions)).toEqual([]);
  });
});
