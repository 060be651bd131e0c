import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EnrolmentView } from './enrolment-queries.repository.js';

/**
 * iCalendar for enrolments. The UID is stable per enrolment and SEQUENCE grows with each state
 * change and with each change of the session's date/time, place or link (its schedule version),
 * so a cancellation or a moved session updates the event the client already has.
 */
export function buildCalendar(views: EnrolmentView[], method: ICalCalendarMethod, baseUrl: string): string {
  const cal = ical({
    name: 'Collegiaal — mijn cursussen',
    prodId: { company: 'Collegiaal', product: 'collegiaal', language: 'NL' },
    method,
  });
  for (const v of views) {
    const cancelled = v.status === 'cancelled' || v.sessionStatus === 'cancelled';
    const location = [v.venueName, v.address, v.city].filter(Boolean).join(', ') || (v.onlineUrl ? 'Online' : null);
    const modified = v.sessionUpdatedAt > v.updatedAt ? v.sessionUpdatedAt : v.updatedAt;
    cal.createEvent({
      id: `${v.id}@collegiaal`,
      sequence: v.eventCount + v.scheduleVersion,
      start: v.startsAt,
      end: v.endsAt,
      stamp: modified,
      lastModified: modified,
      summary: v.courseTitle,
      description: `Collegiale cursus via Collegiaal.${v.onlineUrl && !cancelled ? `\nOnline deelnemen: ${v.onlineUrl}` : ''}`,
      location,
      url: `${baseUrl}/cursussen/${v.courseId}`,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}

export { ICalCalendarMethod };
