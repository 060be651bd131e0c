import type { Course } from './catalogue.entities.js';
import { CatalogueException } from './catalogue.exception.js';
import { resolveSession } from './sessions.service.js';

const now = new Date('2027-01-10T12:00:00Z');
const course = (format: Course['format']) => ({ format }) as Course;
const base = { startsAt: new Date('2027-01-18T09:00:00Z'), endsAt: new Date('2027-01-18T12:00:00Z'), capacity: 10 };

describe('resolveSession', () => {
  it('defaults the enrolment deadline to the start and cancellation to two working days before', () => {
    const s = resolveSession(course('online'), { ...base, onlineUrl: 'https://meet.example/x' }, now);
    expect(s.enrolmentDeadline).toEqual(base.startsAt);
    expect(s.cancellationDeadline.toISOString()).toBe('2027-01-14T09:00:00.000Z');
    expect(s).toMatchObject({ venueName: null, city: null, onlineUrl: 'https://meet.example/x' });
  });

  it('requires a room for classroom courses, a link for online ones, and both for hybrid ones', () => {
    const fields = (format: Course['format']) => {
      try {
        resolveSession(course(format), base, now);
        return [];
      } catch (e) {
        return (e as CatalogueException).fieldErrors.map((f) => f.field);
      }
    };
    expect(fields('klassikaal')).toEqual(['venueName', 'city']);
    expect(fields('online')).toEqual(['onlineUrl']);
    expect(fields('hybride')).toEqual(['venueName', 'city', 'onlineUrl']);
  });

  it('refuses the past, an end before the start, and deadlines after the start, all at once', () => {
    expect(() =>
      resolveSession(
        course('online'),
        {
          ...base,
          onlineUrl: 'https://x.nl',
          startsAt: new Date('2027-01-01T09:00:00Z'),
          endsAt: new Date('2027-01-01T08:00:00Z'),
          enrolmentDeadline: new Date('2027-01-02T00:00:00Z'),
        },
        now,
      ),
    ).toThrow(
      expect.objectContaining({
        fieldErrors: [
          expect.objectContaining({ field: 'startsAt' }),
          expect.objectContaining({ field: 'endsAt' }),
          expect.objectContaining({ field: 'enrolmentDeadline' }),
        ],
      }),
    );
  });
});
