import { csvCell, csvLine } from './csv.js';

describe('CSV cells', () => {
  it('neutralises what a spreadsheet would run as a formula', () => {
    for (const attack of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(attack).replace(/^"/, '')).toMatch(/^'/);
    }
  });

  it('quotes separators, quotes and line breaks, and leaves plain text and empty values alone', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('twee\nregels')).toBe('"twee\nregels"');
    expect(csvCell('=a,b')).toBe(`"'=a,b"`);
    expect(csvCell('enrolments')).toBe('enrolments');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('ends every line with CRLF', () => {
    expect(csvLine(['a', null, 'b c'])).toBe('a,,b c\r\n');
  });
});
