import type { Fit } from './fit.js';
import { withRelatedReasons } from './related-reasons.js';
import { EXPLAINED } from './reranker.js';
import type { Why } from './reranker.js';
import { trainerDocument } from './trainer-document.fixture.js';

const none: Why = { expertise: [], courses: [], snippets: [] };
const candidate = (id: string, expertise: string[], fit: Fit, why: Partial<Why> = {}, courseTopics: string[] = []) => ({
  document: trainerDocument(id, { expertise, courseTopics }),
  score: 0.5,
  fit,
  why: { ...none, ...why },
});

describe('withRelatedReasons', () => {
  it('gives a candidate without words of the question the tags it shares with the best matches, and makes it weak', () => {
    const out = withRelatedReasons([
      candidate('anchor', ['Woo', 'Archiefbeheer'], 'strong', { expertise: ['Woo'] }, ['Informatiebeheer']),
      candidate('same-field', ['archiefbeheer', 'informatiebeheer', 'Excel'], 'strong'),
      candidate('elsewhere', ['Excel'], 'fair'),
    ]);
    expect(out.map((t) => [t.document.id, t.fit, t.why.related])).toEqual([
      ['anchor', 'strong', undefined],
      ['same-field', 'weak', ['archiefbeheer', 'informatiebeheer']],
      ['elsewhere', 'weak', undefined],
    ]);
  });

  it('leaves everything as it is when no match above the threshold has a reason of its own', () => {
    const trainers = [
      candidate('weak-anchor', ['Woo'], 'weak', { expertise: ['Woo'] }),
      candidate('other', ['Woo'], 'fair'),
    ];
    expect(withRelatedReasons(trainers)).toBe(trainers);
  });

  it('keeps a candidate with words of the question as it is, and looks only at the explained ones', () => {
    const trainers = [
      candidate('anchor', ['Woo'], 'strong', { snippets: ['Ik behandel Woo-verzoeken.'] }),
      candidate('lexical', ['Woo'], 'weak', { courses: ['Woo voor beginners'] }),
      ...Array.from({ length: EXPLAINED }, (_, i) => candidate(`later-${i}`, ['Woo'], 'fair')),
    ];
    const out = withRelatedReasons(trainers);
    expect(out[1]).toBe(trainers[1]);
    expect(out.slice(2, EXPLAINED).every((t) => t.why.related?.[0] === 'Woo' && t.fit === 'weak')).toBe(true);
    expect(out[EXPLAINED]).toBe(trainers[EXPLAINED]);
  });
});
