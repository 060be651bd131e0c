import { Injectable } from '@nestjs/common';

/** One calendar event that stands for part of a booked session (a programme cohort's meeting). */
export interface CalendarEntry {
  /** Stable within the session: the event's UID is the enrolment's plus this key. */
  key: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  /** Grows with each change of this entry's date, place or link: added to the event's SEQUENCE. */
  version: number;
  /** The page that describes it (path after the web app's base URL). */
  path: string;
}

/** For a person and their booked sessions: the entries that replace a session's one event. */
export type CalendarExpansion = (userId: string, sessionIds: string[]) => Promise<Map<string, CalendarEntry[]>>;

/**
 * Where another area (programmes) says how a booked session shows in the calendar when it is more
 * than one meeting; enrolments stays ignorant of what a cohort is.
 */
@Injectable()
export class CalendarExpansions {
  private readonly expansions: CalendarExpansion[] = [];

  register(expansion: CalendarExpansion): void {
    this.expansions.push(expansion);
  }

  async expand(userId: string, sessionIds: string[]): Promise<Map<string, CalendarEntry[]>> {
    const all = new Map<string, CalendarEntry[]>();
    if (!sessionIds.length) return all;
    for (const expansion of this.expansions) {
      for (const [sessionId, entries] of await expansion(userId, sessionIds)) {
        all.set(sessionId, [...(all.get(sessionId) ?? []), ...entries]);
      }
    }
    return all;
  }
}
