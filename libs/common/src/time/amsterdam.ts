const TZ = 'Europe/Amsterdam';

/** Offset of Europe/Amsterdam from UTC at `instant`, in minutes (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TZ,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - instant.getTime()) / 60000);
}

/** Midnight at the start of `day` (YYYY-MM-DD) in Europe/Amsterdam. */
export function startOfAmsterdamDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const utcMidnight = Date.UTC(y, m - 1, d);
  // The offset at local midnight equals the offset at (UTC midnight − offset) on DST-change days too.
  const offset = amsterdamOffsetMinutes(new Date(utcMidnight - 60 * 60000));
  return new Date(utcMidnight - offset * 60000);
}

/** The instant at which Amsterdam's clocks show the wall time written in `wall`'s UTC fields. */
export function fromAmsterdamWallTime(wall: Date): Date {
  const guess = wall.getTime() - amsterdamOffsetMinutes(new Date(wall.getTime() - 60 * 60000)) * 60000;
  // Around a clock change the first guess can sit on the other side of it; one correction settles it.
  return new Date(wall.getTime() - amsterdamOffsetMinutes(new Date(guess)) * 60000);
}

/** Amsterdam's wall time at `instant`, written in the UTC fields of the returned Date. */
export function toAmsterdamWallTime(instant: Date): Date {
  return new Date(instant.getTime() + amsterdamOffsetMinutes(instant) * 60000);
}
