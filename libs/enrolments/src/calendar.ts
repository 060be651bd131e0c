import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { CalendarEntry } from './calendar-expansions.js';
import type { EnrolmentView } from './enrolment-queries.repository.js';

/**
 * iCalendar for enrolments. The UID is stable per enrolment and SEQUENCE grows with each state
 * change and with each change of the session's date/time, place or link (its schedule version),
 * so a cancellation or a moved session updates the event the client already has.
 */
export function buildCalendar(
  views: EnrolmentView[],
  method: ICalCalendarMethod,
  baseUrl: string,
  expansions: Map<string, CalendarEntry[]> = new Map(),
): string {
  const cal = ical({
    name: 'Collegiaal — mijn cursussen',
    prodId: { company: 'Collegiaal', product: 'collegiaal', language: 'NL' },
    method,
  });
  for (const v of views) {
    const cancelled = v.status === 'cancelled' || v.sessionStatus === 'cancelled';
    const location = [v.venueName, v.address, v.city].filter(Boolean).join(', ') || (v.onlineUrl ? 'Online' : null);
    const modified = v.sessionUpdatedAt > v.updatedAt ? v.sessionUpdatedAt : v.updatedAt;
    const entries = expansions.get(v.sessionId);
    if (entries?.length) {
      // A package (a programme cohort): one event per meeting, each with its own UID and version.
      for (const e of entries) {
        cal.createEvent({
          id: `${v.id}-${e.key}@collegiaal`,
          sequence: v.eventCount + v.scheduleVersion + e.version,
          start: e.startsAt,
          end: e.endsAt,
          stamp: modified,
          lastModified: modified,
          summary: `${v.courseTitle} — ${e.title}`,
          description: `Onderdeel van ${v.courseTitle}, via Collegiaal.${e.onlineUrl && !cancelled ? `\nOnline deelnemen: ${e.onlineUrl}` : ''}`,
          location: e.location ?? (e.onlineUrl ? 'Online' : null),
          url: `${baseUrl}${e.path}`,
          status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        });
      }
      continue;
    }
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
