import { ngramSimilarities } from './char-ngrams.js';

describe('ngramSimilarities', () => {
  it('is 1 for the same text and 0 for texts without a shared fragment', () => {
    const [same, unrelated] = ngramSimilarities('omgevingsvergunning', ['omgevingsvergunning', 'heftruck']);
    expect(same).toBeCloseTo(1, 6);
    expect(unrelated).toBe(0);
  });

  it('finds split compounds, inflections and typos by their shared fragments', () => {
    const docs = [
      'omgevingsvergunning aanvragen beoordelen',
      'subsidieregelingen opstellen',
      'informatiebeveiliging baseline',
    ];
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
    ngramSimilarities(
      'x'.repeat(50),
      Array.from({ length: 300 }, (_, i) => `woord${i} ${'abcdefghij'.slice(i % 10)}tekst${i}`),
    );
    expect(ngramSimilarities('privacy', docs)).toEqual(before);
  });

  it('tells letters apart, digits and joiners included', () => {
    const [wcag, other] = ngramSimilarities('wcag 2 1', ['wcag 2 1 aa', 'wcag-richtlijnen']);
    expect(wcag).toBeGreaterThan(other);
    expect(ngramSimilarities('xyz', ['zyx'])[0]).toBe(0);
    expect(ngramSimilarities('esf+', ['esf+', 'esf-'])[1]).toBeLessThan(1);
  });
});

/** The definition, written plainly: what the fast version must equal. */
function reference(question: string, documents: string[]): number[] {
  const grams = (text: string) => {
    const m = new Map<string, number>();
    for (const w of text.split(' ').filter(Boolean)) {
      const s = `_${w}_`;
      for (let n = 3; n <= 5; n++)
        for (let i = 0; i + n <= s.length; i++) m.set(s.slice(i, i + n), (m.get(s.slice(i, i + n)) ?? 0) + 1);
    }
    return m;
  };
  const docs = documents.map(grams);
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const weights = (m: Map<string, number>) =>
    new Map(
      [...m].map(([k, tf]) => [k, (1 + Math.log(tf)) * (Math.log((1 + docs.length) / (1 + (df.get(k) ?? 0))) + 1)]),
    );
  const norm = (w: Map<string, number>) => Math.sqrt([...w.values()].reduce((a, b) => a + b * b, 0));
  const q = weights(grams(question));
  return docs.map((d) => {
    const w = weights(d);
    let dot = 0;
    for (const [k, x] of q) dot += x * (w.get(k) ?? 0);
    return norm(w) ? dot / (norm(q) * norm(w)) : 0;
  });
}

describe('ngramSimilarities against its plain definition', () => {
  it('agrees on random texts, whose nearly all-distinct n-grams also make the shared table grow', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const word = () =>
      Array.from(
        { length: 2 + Math.floor(random() * 12) },
        () => 'abcdefghijklmnopqrstuvwxyz0123456789-+'[Math.floor(random() * 38)],
      ).join('');
    const text = (words: number) => Array.from({ length: words }, word).join(' ');
    for (let round = 0; round < 5; round++) {
      const docs = Array.from({ length: 40 }, () => text(20 + Math.floor(random() * 60)));
      // Random words have nearly all-distinct n-grams: more than the first table size allows.
      const question = `${docs[0].split(' ').slice(0, 3).join(' ')} ${text(4)}`;
      const fast = ngramSimilarities(question, docs);
      const plain = reference(question, docs);
      fast.forEach((s, i) => expect(s).toBeCloseTo(plain[i], 5));
      expect(fast[0]).toBeGreaterThan(0);
    }
  });
});
