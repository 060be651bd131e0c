/**
 * The job catalogue enqueues, in the transaction of the change, when a session's date/time, place
 * or online link changes. Enrolments defines its handler: it tells the participants and their
 * calendar events follow through the session's schedule version.
 */
export const SESSION_CHANGED_JOB = 'session.changed';

/**
 * The job catalogue enqueues, in the transaction that schedules a new session open to everyone
 * (not an in-company one). Demand defines its handler: it tells the course's interest list.
 */
export const SESSION_SCHEDULED_JOB = 'session.scheduled';

export interface SessionScheduledJob {
  sessionId: string;
  courseId: string;
}

/** What participants are told about: when, where and the online link. */
export interface SessionSchedule {
  startsAt: string;
  endsAt: string;
  venueName: string | null;
  address: string | null;
  city: string | null;
  region: string | null;
  onlineUrl: string | null;
}

export interface SessionChangedJob {
  sessionId: string;
  /** The session's schedule version after this change. */
  scheduleVersion: number;
  before: SessionSchedule;
  after: SessionSchedule;
  /** Which of the three changed. */
  changed: { time: boolean; place: boolean; link: boolean };
}

type ScheduleSource = {
  startsAt: Date;
  endsAt: Date;
  venueName: string | null;
  address: string | null;
  city: string | null;
  region: string | null;
  onlineUrl: string | null;
};

export function scheduleOf(s: ScheduleSource): SessionSchedule {
  return {
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    venueName: s.venueName,
    address: s.address,
    city: s.city,
    region: s.region,
    onlineUrl: s.onlineUrl,
  };
}

/** What changed between two schedules; null when nothing participants see changed. */
export function scheduleChange(before: SessionSchedule, after: SessionSchedule): SessionChangedJob['changed'] | null {
  const time = before.startsAt !== after.startsAt || before.endsAt !== after.endsAt;
  const place =
    before.venueName !== after.venueName ||
    before.address !== after.address ||
    before.city !== after.city ||
    before.region !== after.region;
  const link = before.onlineUrl !== after.onlineUrl;
  return time || place || link ? { time, place, link } : null;
}
