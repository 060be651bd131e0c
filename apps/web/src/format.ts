import i18next from 'i18next';

// Every date and time is shown in Europe/Amsterdam, whatever the browser's own zone.
const TZ = 'Europe/Amsterdam';
const locale = () => (i18next.language === 'en' ? 'en-GB' : 'nl-NL');

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: TZ, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: TZ, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
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
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
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
