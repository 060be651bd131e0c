import { attendanceWindow, csvCell, toCsv } from '../../apps/web/src/features/teacher/participants-csv.ts';

describe('participant list as CSV', () => {
  it('defuses cells a spreadsheet would run as a formula, with a leading quote', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+31 6 1234')).toBe(`'+31 6 1234`);
    expect(csvCell('-1')).toBe(`'-1`);
    expect(csvCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvCell('\tTab')).toBe(`'\tTab`);
    expect(csvCell('Anne-Marie de Vries')).toBe('Anne-Marie de Vries');
  });

  it('quotes semicolons, quotes and line breaks; empty for null; BOM and CRLF for Excel', () => {
    expect(csvCell('Gemeente; Zwolle')).toBe('"Gemeente; Zwolle"');
    expect(csvCell('Zaal "De Kamer"')).toBe('"Zaal ""De Kamer"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(
      toCsv([
        ['Naam', 'Positie'],
        ['Sanne', 2],
      ]),
    ).toBe('\uFEFFNaam;Positie\r\nSanne;2\r\n');
  });

  it('opens attendance 15 minutes before the start and closes 14 days after the end', () => {
    const w = attendanceWindow('2026-12-01T09:00:00Z', '2026-12-01T12:00:00Z');
    expect(w.opens.toISOString()).toBe('2026-12-01T08:45:00.000Z');
    expect(w.closes.toISOString()).toBe('2026-12-15T12:00:00.000Z');
  });
});
