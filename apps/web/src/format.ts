import i18next from 'i18next';

// Every date and time is shown in Europe/Amsterdam, whatever the browser's own zone.
const TZ = 'Europe/Amsterdam';
const locale = () => (i18next.language === 'en' ? 'en-GB' : 'nl-NL');

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), {
    timeZone: TZ,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), {
    timeZone: TZ,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: TZ, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function formatSessionWhen(startsAt: string, endsAt: string): string {
  return `${formatDateTime(startsAt)} – ${formatTime(endsAt)}`;
}

/** Value for <input type="datetime-local"> in Amsterdam time. */
export function toLocalInput(iso: string): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
  return parts.replace(' ', 'T');
}

/** Amsterdam wall-clock time from <input type="datetime-local"> to an ISO instant. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const [date, time] = value.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  // Guess as UTC, then correct by the zone's offset at that moment (twice, for DST edges).
  let utc = Date.UTC(y, m - 1, d, hh, mm);
  for (let i = 0; i < 2; i++) {
    const shown = toLocalInput(new Date(utc).toISOString());
    const [sd, st] = shown.split('T');
    const [sy, sm, sdd] = sd.split('-').map(Number);
    const [sh, smin] = st.split(':').map(Number);
    utc += Date.UTC(y, m - 1, d, hh, mm) - Date.UTC(sy, sm - 1, sdd, sh, smin);
  }
  return new Date(utc).toISOString();
}

/** A number in the reader's language: 3,5 in Dutch, 3.5 in English; up to two decimals. */
export function formatNumber(n: number | null | undefined, language = i18next.language): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(n);
}

/** A number for a form field: as formatNumber but without thousands separators (1250,5 not 1.250,5). */
export function formatNumberInput(n: number | null | undefined, language = i18next.language): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(n);
}

/**
 * What someone typed as a number, in either notation: "3,5" and "3.5" are both 3.5, and
 * "1.250,5" / "1,250.5" are 1250.5 (the last separator is the decimal one). A single separator
 * followed by exactly three digits reads as a thousands separator only in the reader's own
 * convention ("1.000" is 1000 in Dutch, "1,000" is 1000 in English). Empty → undefined;
 * anything that is not a number → NaN.
 */
export function parseNumber(text: string, language = i18next.language): number | undefined {
  const s = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\u2212/, '-');
  if (s === '') return undefined;
  if (!/^[+-]?(\d|[.,]\d)[\d.,]*$/.test(s)) return Number.NaN;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  const grouped = (parts: string[]) =>
    /^[+-]?\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
  let decimal: ',' | '.' | null = null;
  if (lastComma >= 0 && lastDot >= 0) decimal = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    if (sep === (language === 'en' ? ',' : '.') && grouped(parts)) decimal = null;
    else if (parts.length === 2) decimal = sep;
    else return Number.NaN;
  }
  const group = decimal === ',' ? '.' : decimal === '.' ? ',' : lastComma >= 0 ? ',' : '.';
  const pieces: (string | undefined)[] = decimal ? s.split(decimal) : [s];
  const [whole = '', fraction, extra] = pieces;
  if (extra !== undefined) return Number.NaN;
  const groups = whole.split(group);
  if (groups.length > 1 && !grouped(groups)) return Number.NaN;
  const digits = groups.join('');
  if (!/^[+-]?\d*$/.test(digits) || (fraction !== undefined && !/^\d+$/.test(fraction))) return Number.NaN;
  return Number(`${/\d/.test(digits) ? digits : `${digits}0`}${fraction !== undefined ? `.${fraction}` : ''}`);
}

/** A duration in hours in the reader's language: "3,5 uur", "1 hour", "3.5 hours". */
export function formatHours(hours: number | null | undefined, language = i18next.language): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return '';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 2,
  }).format(hours);
}
