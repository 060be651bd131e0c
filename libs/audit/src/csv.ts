/**
 * RFC 4180 CSV, safe to open in a spreadsheet: a cell that a spreadsheet would read as a formula
 * (starting with = + - @, or a tab or carriage return that hides one) gets a leading quote (OWASP
 * "CSV injection"), and cells with separators, quotes or line breaks are quoted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
