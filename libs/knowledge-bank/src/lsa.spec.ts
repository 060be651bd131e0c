import { FIELD_PASSAGES } from './lsa-passages.fixture.js';
import { buildLsa, cosine } from './lsa.js';

const passages = FIELD_PASSAGES;

describe('buildLsa', () => {
  it('is deterministic for the same catalogue, whatever its order', () => {
    const a = buildLsa(passages, 4);
    const b = buildLsa([...passages].reverse(), 4);
    const text = 'gesprek met een inwoner over ondersteuning';
    expect(Array.from(a.embed(text))).toEqual(Array.from(b.embed(text)));
  });

  it('puts texts about the same field closer than texts about another', () => {
    const m = buildLsa(passages, 3);
    const q = m.embed('keukentafelgesprek met mantelzorgers');
    expect(cosine(q, m.embed(passages[1]))).toBeGreaterThan(cosine(q, m.embed(passages[4])));
    expect(cosine(q, m.embed(passages[1]))).toBeGreaterThan(0.5);
  });

  it('embeds a text without known words as zeros', () => {
    const m = buildLsa(passages, 3);
    expect(Array.from(m.embed('heftruck')).every((x) => x === 0)).toBe(true);
  });
});
