import { PROVINCES, normaliseRegion, regionForms } from './regions.js';

describe('normaliseRegion', () => {
  it('returns every canonical province unchanged, in any case', () => {
    for (const p of PROVINCES) {
      expect(normaliseRegion(p)).toBe(p);
      expect(normaliseRegion(p.toUpperCase())).toBe(p);
      expect(normaliseRegion(p.toLowerCase())).toBe(p);
    }
  });

  it.each([
    ['Friesland', 'Fryslân'],
    ['Fryslan', 'Fryslân'],
    ['fryslân', 'Fryslân'],
    ['Provincie Friesland', 'Fryslân'],
    ['Brabant', 'Noord-Brabant'],
    ['Noord Brabant', 'Noord-Brabant'],
    ['noordbrabant', 'Noord-Brabant'],
    ['North Holland', 'Noord-Holland'],
    ['ZH', 'Zuid-Holland'],
    ['zuid holland', 'Zuid-Holland'],
    ['Drente', 'Drenthe'],
    ['  utrecht ', 'Utrecht'],
    ['Zealand', 'Zeeland'],
    ['Flevo', 'Flevoland'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseRegion(input)).toBe(expected);
  });

  it.each(['', '   ', 'Amsterdam', 'Holland', 'Brabantse Wal', 'online'])('%j names no province', (input) => {
    expect(normaliseRegion(input)).toBeUndefined();
  });

  it('lists the forms of a region, canonical first', () => {
    expect(regionForms('friesland')[0]).toBe('Fryslân');
    expect(regionForms('Fryslân')).toContain('friesland');
    expect(regionForms('Atlantis')).toEqual(['Atlantis']);
  });
});
