/**
 * class-transformer helpers that convert only the canonical spelling of a value and leave
 * anything else as given, so the field's validator (@IsInt, @IsBoolean, @IsDate) rejects it
 * with a field error. @Type(() => Number) instead turns '0x10' into 16, '' and '  ' into 0 and
 * '1e400' into Infinity, and maps over arrays (`?pageSize=1&pageSize=2`).
 */
type Input = { value: unknown };

const INTEGER = /^(0|-?[1-9]\d*)$/;

/** '42' → 42; '042', '+42', '4.0', '0x2a', '1e3', ' 42', arrays and unsafe integers stay as given. */
export const toInt = ({ value }: Input): unknown => {
  if (typeof value !== 'string' || !INTEGER.test(value)) return value;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
};

/** 'true' → true, 'false' → false; '1', 'yes', '' and arrays stay as given. */
export const toBool = ({ value }: Input): unknown => (value === 'true' ? true : value === 'false' ? false : value);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

// Years 1000–9999: four digits that JavaScript and PostgreSQL read the same way (PostgreSQL has no year 0).
function isCalendarDay(y: number, m: number, d: number): boolean {
  // Day 0 of the next month is the last day of month m.
  return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A real calendar day written YYYY-MM-DD ('2027-02-30' is not one), or undefined. */
export function parseDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DAY.exec(value);
  return m && isCalendarDay(+m[1], +m[2], +m[3]) ? value : undefined;
}

/**
 * An ISO 8601 date-time with an offset ('2027-01-14T09:30:00+01:00', seconds and fraction
 * optional) that names a real moment: no 2027-02-30, 24:00 or +99:00. Otherwise undefined.
 */
export function parseDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE_TIME.exec(value);
  if (!m || !isCalendarDay(+m[1], +m[2], +m[3])) return undefined;
  if (+m[4] > 23 || +m[5] > 59 || Number(m.at(6) ?? 0) > 59) return undefined;
  if (m[7] !== 'Z' && (+m[8] > 18 || +m[9] > 59)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Transform for @IsDate() fields: a strict ISO 8601 date-time with offset becomes a Date. */
export const toDateTime = ({ value }: Input): unknown => parseDateTime(value) ?? value;
