import { ngramSimilarities } from './char-ngrams.js';

describe('ngramSimilarities', () => {
  it('is 1 for the same text and 0 for texts without a shared fragment', () => {
    const [same, unrelated] = ngramSimilarities('omgevingsvergunning', ['omgevingsvergunning', 'heftruck']);
    expect(same).toBeCloseTo(1, 6);
    expect(unrelated).toBe(0);
  });

  it('finds split compounds, inflections and typos by their shared fragments', () => {
    const docs = ['omgevingsvergunning aanvragen beoordelen', 'subsidieregelingen opstellen', 'informatiebeveiliging baseline'];
    const best = (q: string) => {
      const s = ngramSimilarities(q, docs);
      return s.indexOf(Math.max(...s));
    };
    expect(best('omgevings vergunning')).toBe(0);
    expect(best('subsidieregeling')).toBe(1);
    expect(best('informatiebeveliging')).toBe(2);
  });

  it('weighs fragments by how rare they are among the documents', () => {
    // "beleid" occurs in every document, "woo" in one: the Woo document wins although both share one word.
    const s = ngramSimilarities('woo beleid', ['beleid woo', 'beleid beleid', 'beleid nota']);
    expect(s[0]).toBeGreaterThan(s[1]);
    expect(s[0]).toBeGreaterThan(s[2]);
  });

  it('gives the same answers however many documents came before (the shared table is cleared)', () => {
    const docs = ['privacy avg', 'informatiebeveiliging bio'];
    const before = ngramSimilarities('privacy', docs);
    ngramSimilarities('x'.repeat(50), Array.from({ length: 300 }, (_, i) => `woord${i} ${'abcdefghij'.slice(i % 10)}tekst${i}`));
    expect(ngramSimilarities('privacy', docs)).toEqual(before);
  });

  it('tells letters apart, digits and joiners included', () => {
    const [wcag, other] = ngramSimilarities('wcag 2 1', ['wcag 2 1 aa', 'wcag-richtlijnen']);
    expect(wcag).toBeGreaterThan(other);
    expect(ngramSimilarities('xyz', ['zyx'])[0]).toBe(0);
    expect(ngramSimilarities('esf+', ['esf+', 'esf-'])[1]).toBeLessThan(1);
  });
});
