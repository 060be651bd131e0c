import type { CourseSession } from './catalogue.entities.js';
import { CatalogueException } from './catalogue.exception.js';
import { mergeGoNoGo, resolveGoNoGo } from './session-go-no-go.js';

const now = new Date('2027-01-06T12:00:00Z'); // a Wednesday
const startsAt = new Date('2027-01-18T09:00:00Z'); // a Monday
const errorsOf = (fn: (add: (field: string, message: string) => void) => unknown) => {
  const fields: string[] = [];
  fn((field) => fields.push(field));
  return fields;
};
type Current = Pick<CourseSession, 'minParticipants' | 'goNoGoAt' | 'autoCancel' | 'goNoGoDecidedAt'>;
const none: Current = { minParticipants: null, goNoGoAt: null, autoCancel: false, goNoGoDecidedAt: null };

describe('resolveGoNoGo', () => {
  it('defaults the moment to 5 working days before the start, and needs nothing without a minimum', () => {
    const v = resolveGoNoGo({ minParticipants: 4 }, startsAt, 10, now, () => {
      throw new Error('no error expected');
    });
    expect(v).toEqual({ minParticipants: 4, goNoGoAt: new Date('2027-01-11T09:00:00Z'), autoCancel: false });
    expect(resolveGoNoGo({}, startsAt, 10, now, () => undefined)).toEqual({
      minParticipants: null,
      goNoGoAt: null,
      autoCancel: false,
    });
  });

  it('refuses a minimum over the capacity, a moment at or after the start or in the past, and fields without a minimum', () => {
    expect(errorsOf((add) => resolveGoNoGo({ minParticipants: 11 }, startsAt, 10, now, add))).toEqual([
      'minParticipants',
    ]);
    expect(
      errorsOf((add) => resolveGoNoGo({ minParticipants: 2, goNoGoAt: startsAt }, startsAt, 10, now, add)),
    ).toEqual(['goNoGoAt']);
    const past = new Date('2027-01-05T09:00:00Z');
    expect(errorsOf((add) => resolveGoNoGo({ minParticipants: 2, goNoGoAt: past }, startsAt, 10, now, add))).toEqual([
      'goNoGoAt',
    ]);
    // A moment already stored (its job waiting) may have passed.
    expect(
      errorsOf((add) =>
        resolveGoNoGo({ minParticipants: 2, goNoGoAt: past }, startsAt, 10, now, add, {
          ...none,
          minParticipants: 2,
          goNoGoAt: past,
        }),
      ),
    ).toEqual([]);
    expect(errorsOf((add) => resolveGoNoGo({ goNoGoAt: past, autoCancel: true }, startsAt, 10, now, add))).toEqual([
      'goNoGoAt',
      'autoCancel',
    ]);
    // Starting in two days: the default moment has passed, so one must be given.
    const soon = new Date('2027-01-08T09:00:00Z');
    expect(errorsOf((add) => resolveGoNoGo({ minParticipants: 2 }, soon, 10, now, add))).toEqual(['goNoGoAt']);
  });
});

describe('mergeGoNoGo', () => {
  const set: Current = {
    minParticipants: 3,
    goNoGoAt: new Date('2027-01-11T09:00:00Z'),
    autoCancel: true,
    goNoGoDecidedAt: null,
  };

  it('keeps what an update leaves out, clears with null, and lets a moved start move the moment to its default', () => {
    expect(mergeGoNoGo({}, set)).toEqual({ minParticipants: 3, goNoGoAt: set.goNoGoAt, autoCancel: true });
    expect(mergeGoNoGo({ minParticipants: undefined }, set)).toMatchObject({ minParticipants: 3 });
    expect(mergeGoNoGo({ minParticipants: null }, set)).toEqual({
      minParticipants: null,
      goNoGoAt: undefined,
      autoCancel: false,
    });
    expect(mergeGoNoGo({ startsAt }, set)).toMatchObject({ minParticipants: 3, goNoGoAt: undefined });
  });

  it('refuses to change the fields once decided (409), and passes them through unchanged', () => {
    const decided = { ...set, goNoGoDecidedAt: now };
    expect(mergeGoNoGo({ minParticipants: 3, autoCancel: true }, decided)).toMatchObject({ minParticipants: 3 });
    for (const change of [{ minParticipants: 4 }, { autoCancel: false }, { goNoGoAt: now }]) {
      expect(() => mergeGoNoGo(change, decided)).toThrow(CatalogueException);
    }
  });
});
