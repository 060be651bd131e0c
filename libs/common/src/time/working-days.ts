/**
 * Working-day arithmetic: Saturdays and Sundays are skipped (by the calendar of the
 * instant in UTC, which equals Amsterdam's except between 22:00/23:00 and midnight).
 * Public holidays are not modelled yet.
 */
export function subtractWorkingDays(date: Date, days: number): Date {
  return shiftWorkingDays(date, days, -1);
}

export function addWorkingDays(date: Date, days: number): Date {
  return shiftWorkingDays(date, days, 1);
}

function shiftWorkingDays(date: Date, days: number, step: 1 | -1): Date {
  const d = new Date(date.getTime());
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + step);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d;
}
