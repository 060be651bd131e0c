import fc from 'fast-check';
import { analyse, buildVocabulary } from './analyzer.js';
import { fitOf } from './fit.js';
import { buildLsa } from './lsa.js';
import { PRECEDENT_CAP, PRECEDENT_SIMILARITY, applyPrecedents, precedentSimilarities } from './match-feedback.js';
import type { ScoredPrecedent } from './match-feedback.js';

const reason = { expertise: ['woo'], courses: [], snippets: [] };
const none = { expertise: [], courses: [], snippets: [] };
const trainer = (id: string, score: number, why = reason) => ({ document: { id }, score, fit: fitOf(score), why });
const precedent = (teacherId: string, verdict: 'good' | 'bad' | 'invited', similarity: number): ScoredPrecedent => ({
  teacherId,
  verdict,
  similarity,
  text: 'x',
});

describe('applyPrecedents (learn from L&D)', () => {
  it('lifts a judged-good trainer past a close one, explains it, and keeps fit and order of the others', () => {
    const out = applyPrecedents(
      [trainer('a', 0.3), trainer('b', 0.28), trainer('c', 0.1)],
      [precedent('b', 'good', 1)],
    );
    expect(out.map((t) => t.document.id)).toEqual(['b', 'a', 'c']);
    expect(out[0].score).toBeCloseTo(0.28 + PRECEDENT_CAP);
    expect(out[0].why.precedent).toEqual({ verdict: 'good', similarity: 1 });
    expect(out[0].fit).toBe(fitOf(0.28));
    expect(out[1].why.precedent).toBeUndefined();
  });

  it('lowers on "bad", scaled by similarity; below the similarity threshold nothing happens', () => {
    const half = (1 + PRECEDENT_SIMILARITY) / 2;
    expect(applyPrecedents([trainer('a', 0.3)], [precedent('a', 'bad', half)])[0].score).toBeCloseTo(
      0.3 - PRECEDENT_CAP / 2,
    );
    const unchanged = applyPrecedents([trainer('a', 0.3)], [precedent('a', 'good', PRECEDENT_SIMILARITY - 0.01)]);
    expect(unchanged[0]).toEqual(trainer('a', 0.3));
  });

  it('leaves candidates without a lexical reason (and zero scores) exactly as they were', () => {
    const out = applyPrecedents(
      [trainer('a', 0.05, none), trainer('b', 0)],
      [precedent('a', 'good', 1), precedent('b', 'good', 1)],
    );
    expect(out).toEqual([trainer('a', 0.05, none), trainer('b', 0)]);
  });

  it('never moves a score by more than the cap, however many verdicts agree, and never changes fit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.array(
          fc.record({
            verdict: fc.constantFrom('good' as const, 'bad' as const, 'invited' as const),
            similarity: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { maxLength: 20 },
        ),
        (score, verdicts) => {
          const t = trainer('a', Math.round(score * 1000) / 1000);
          const [out] = applyPrecedents(
            [t],
            verdicts.map((v) => precedent('a', v.verdict, v.similarity)),
          );
          expect(Math.abs(out.score - t.score)).toBeLessThanOrEqual(PRECEDENT_CAP + 0.0005);
          expect(out.fit).toBe(t.fit);
        },
      ),
    );
  });
});

describe('precedentSimilarities', () => {
  const vocabulary = buildVocabulary({});
  const q = (text: string) => ({ text, concepts: analyse(text, vocabulary) });
  const p = (text: string) => ({ teacherId: 't', verdict: 'good' as const, text });

  it('uses the latent model: a paraphrase is close, another topic is not', () => {
    const lsa = buildLsa([
      'woo verzoeken afhandelen openbaarheid besluit',
      'woo verzoek behandelen openbaarheid dossier',
      'openbaarheid besluit dossier woo',
      'privacy avg dpia verwerking',
      'avg privacy verwerking register',
      'dpia privacy register',
    ]);
    const [close, far] = precedentSimilarities(
      q('woo verzoeken behandelen'),
      [p('woo verzoek afhandelen openbaarheid'), p('privacy dpia avg')],
      lsa,
      vocabulary,
    );
    expect(close.similarity).toBeGreaterThanOrEqual(PRECEDENT_SIMILARITY);
    expect(far.similarity).toBeLessThan(PRECEDENT_SIMILARITY);
  });

  it('falls back to shared concepts while no model is ready', () => {
    const [same, other] = precedentSimilarities(
      q('woo verzoeken afhandelen'),
      [p('woo verzoeken afhandelen'), p('privacy dpia')],
      undefined,
      vocabulary,
    );
    expect(same.similarity).toBe(1);
    expect(other.similarity).toBe(0);
  });
});
