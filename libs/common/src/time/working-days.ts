import { fromAmsterdamWallTime, toAmsterdamWallTime } from './amsterdam.js';

/**
 * Working-day arithmetic on the Europe/Amsterdam calendar: Saturdays and Sundays there are
 * skipped and the local time of day is kept, also across a change of the clocks.
 * Public holidays are not modelled yet.
 */
export function subtractWorkingDays(date: Date, days: number): Date {
  return shiftWorkingDays(date, days, -1);
}

export function addWorkingDays(date: Date, days: number): Date {
  return shiftWorkingDays(date, days, 1);
}

function shiftWorkingDays(date: Date, days: number, step: 1 | -1): Date {
  if (days <= 0) return new Date(date.getTime());
  const wall = toAmsterdamWallTime(date);
  let left = days;
  while (left > 0) {
    wall.setUTCDate(wall.getUTCDate() + step);
    const weekday = wall.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return fromAmsterdamWallTime(wall);
}
