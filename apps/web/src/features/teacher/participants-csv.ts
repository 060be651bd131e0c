/**
 * A participant list as CSV for a spreadsheet: semicolons (what Dutch Excel expects), a UTF-8
 * byte-order mark, and every cell that a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return) prefixed with a quote, so a name cannot run a formula.
 */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The attendance window of the API: from 15 minutes before the start until 14 days after the end. */
export function attendanceWindow(startsAt: string, endsAt: string): { opens: Date; closes: Date } {
  return {
    opens: new Date(new Date(startsAt).getTime() - 15 * 60_000),
    closes: new Date(new Date(endsAt).getTime() + 14 * 86_400_000),
  };
}
