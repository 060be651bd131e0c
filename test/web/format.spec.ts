import { formatHours, formatNumber, formatNumberInput, parseNumber } from '../../apps/web/src/format.ts';

describe('web number and duration formatting', () => {
  it('shows numbers with a decimal comma in Dutch and a point in English', () => {
    expect(formatNumber(3.5, 'nl')).toBe('3,5');
    expect(formatNumber(3.5, 'en')).toBe('3.5');
    expect(formatNumber(0.25, 'nl')).toBe('0,25');
    expect(formatNumber(200, 'nl')).toBe('200');
    expect(formatNumber(1250.5, 'nl')).toBe('1.250,5');
    expect(formatNumber(undefined, 'nl')).toBe('');
    expect(formatNumberInput(1250.5, 'nl')).toBe('1250,5');
    expect(formatNumberInput(3.5, 'en')).toBe('3.5');
  });

  it('formats durations by the locale', () => {
    expect(formatHours(3.5, 'nl')).toBe('3,5 uur');
    expect(formatHours(1, 'nl')).toBe('1 uur');
    expect(formatHours(3.5, 'en')).toBe('3.5 hours');
    expect(formatHours(1, 'en')).toBe('1 hour');
    expect(formatHours(0.25, 'nl')).toBe('0,25 uur');
    expect(formatHours(null, 'nl')).toBe('');
  });

  it('reads a decimal comma and a decimal point alike', () => {
    for (const language of ['nl', 'en']) {
      expect(parseNumber('3,5', language)).toBe(3.5);
      expect(parseNumber('3.5', language)).toBe(3.5);
      expect(parseNumber(' 12 ', language)).toBe(12);
      expect(parseNumber('0,25', language)).toBe(0.25);
      expect(parseNumber(',5', language)).toBe(0.5);
      expect(parseNumber('-2,5', language)).toBe(-2.5);
      expect(parseNumber('1.250,5', language)).toBe(1250.5);
      expect(parseNumber('1,250.5', language)).toBe(1250.5);
      expect(parseNumber('', language)).toBeUndefined();
      expect(parseNumber('   ', language)).toBeUndefined();
      for (const bad of ['abc', '3,5,5', '3.5.5', '1.2,3,4', '3 uur', '-', ','])
        expect(parseNumber(bad, language)).toBeNaN();
    }
  });

  it('reads the own thousands separator as one only in whole groups of three', () => {
    expect(parseNumber('1.000', 'nl')).toBe(1000);
    expect(parseNumber('1,000', 'nl')).toBe(1);
    expect(parseNumber('1,000', 'en')).toBe(1000);
    expect(parseNumber('1.000', 'en')).toBe(1);
    expect(parseNumber('1.000.000', 'nl')).toBe(1000000);
  });

  it('round-trips what it shows', () => {
    for (const language of ['nl', 'en'])
      for (const n of [0.25, 3.5, 12, 199.75]) expect(parseNumber(formatNumberInput(n, language), language)).toBe(n);
  });
});
