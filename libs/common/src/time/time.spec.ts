import { amsterdamOffsetMinutes, startOfAmsterdamDay } from './amsterdam.js';
import { addWorkingDays, subtractWorkingDays } from './working-days.js';

describe('Europe/Amsterdam time', () => {
  it('knows winter and summer time', () => {
    expect(amsterdamOffsetMinutes(new Date('2027-01-15T12:00:00Z'))).toBe(60);
    expect(amsterdamOffsetMinutes(new Date('2027-07-15T12:00:00Z'))).toBe(120);
  });

  it('starts a day at local midnight, also on the days the clocks change', () => {
    expect(startOfAmsterdamDay('2027-01-15').toISOString()).toBe('2027-01-14T23:00:00.000Z');
    expect(startOfAmsterdamDay('2027-07-15').toISOString()).toBe('2027-07-14T22:00:00.000Z');
    expect(startOfAmsterdamDay('2027-03-28').toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(startOfAmsterdamDay('2027-10-31').toISOString()).toBe('2027-10-30T22:00:00.000Z');
  });
});

describe('working days', () => {
  it('skips weekends in both directions', () => {
    // Monday 2027-01-18 minus 2 working days is Thursday 2027-01-14.
    expect(subtractWorkingDays(new Date('2027-01-18T09:00:00Z'), 2).toISOString()).toBe('2027-01-14T09:00:00.000Z');
    // Thursday plus 5 working days is the next Thursday.
    expect(addWorkingDays(new Date('2027-01-14T09:00:00Z'), 5).toISOString()).toBe('2027-01-21T09:00:00.000Z');
    expect(addWorkingDays(new Date('2027-01-14T09:00:00Z'), 0).toISOString()).toBe('2027-01-14T09:00:00.000Z');
  });

  it('counts days on the Amsterdam calendar: just after midnight on Saturday there is already weekend', () => {
    // 2027-07-16T22:30Z is Friday in UTC but Saturday 00:30 in Amsterdam; one working day on is Monday 00:30.
    expect(addWorkingDays(new Date('2027-07-16T22:30:00Z'), 1).toISOString()).toBe('2027-07-18T22:30:00.000Z');
  });

  it('keeps the local time of day across a change of the clocks', () => {
    // Monday 2027-03-29 09:00 summer time, two working days earlier is Thursday 09:00 winter time.
    expect(subtractWorkingDays(new Date('2027-03-29T07:00:00Z'), 2).toISOString()).toBe('2027-03-25T08:00:00.000Z');
  });
});
