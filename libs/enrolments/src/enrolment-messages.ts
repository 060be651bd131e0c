import { defineMessages, formatDateTime } from '#libs/notifications';
import type { Message, MessageTexts } from '#libs/notifications';
import type { SessionChangedJob, SessionSchedule } from '#libs/catalogue';
import type { UserLanguage } from '#libs/identity';
import type { SeatSession } from './enrolments.repository.js';

/** What every enrolment message says about its session. */
type SessionParams = {
  courseTitle: string;
  startsAt: string;
  venueName: string | null;
  city: string | null;
  online: boolean;
};

type EnrolmentParams = {
  'enrolment.confirmed': SessionParams;
  'enrolment.promoted': SessionParams;
  'enrolment.waitlisted': SessionParams & { position: number };
  'enrolment.offered': SessionParams & { expiresAt: string };
  'enrolment.offer_expired': SessionParams;
  'enrolment.declined': SessionParams;
  'enrolment.pending_approval': SessionParams & { managerName: string; expiresAt: string };
  'approval.requested': SessionParams & { learnerName: string; expiresAt: string };
  'enrolment.approved': SessionParams;
  'enrolment.rejected': SessionParams & { reason: string };
  'enrolment.approval_expired': SessionParams;
  'enrolment.cancelled': SessionParams;
  'enrolment.cancelled_by_teacher': SessionParams;
  'session.cancelled': SessionParams;
  'session.changed': SessionChangeParams;
};

/** A changed session: its new facts, and for each of time, place and link whether it changed and what it was. */
type SessionChangeParams = SessionParams & {
  endsAt: string;
  timeChanged: boolean;
  oldStartsAt: string;
  oldEndsAt: string;
  placeChanged: boolean;
  oldPlace: string | null;
  newPlace: string | null;
  linkChanged: boolean;
  oldOnlineUrl: string | null;
  newOnlineUrl: string | null;
};

const TIME_OF_DAY = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }),
};
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', dateStyle: 'short' });

/** "dinsdag 1 december 2026 om 09:00–12:00"; a session over several days names both moments in full. */
function formatRange(startIso: string, endIso: string, language: UserLanguage): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  return DAY.format(start) === DAY.format(end)
    ? `${formatDateTime(startIso, language)}–${TIME_OF_DAY[language].format(end)}`
    : `${formatDateTime(startIso, language)} – ${formatDateTime(endIso, language)}`;
}

/** The lines of a change notice: only what changed, old → new. */
function changeLines(p: SessionChangeParams, language: UserLanguage): string {
  const none = language === 'nl' ? { place: 'geen plaats', link: 'geen link' } : { place: 'no place', link: 'no link' };
  const label =
    language === 'nl'
      ? { time: 'Datum en tijd', place: 'Plaats', link: 'Online link' }
      : { time: 'Date and time', place: 'Place', link: 'Online link' };
  const lines: string[] = [];
  if (p.timeChanged)
    lines.push(
      `${label.time}: ${formatRange(p.oldStartsAt, p.oldEndsAt, language)} → ${formatRange(p.startsAt, p.endsAt, language)}.`,
    );
  if (p.placeChanged) lines.push(`${label.place}: ${p.oldPlace ?? none.place} → ${p.newPlace ?? none.place}.`);
  if (p.linkChanged) lines.push(`${label.link}: ${p.oldOnlineUrl ?? none.link} → ${p.newOnlineUrl ?? none.link}.`);
  return lines.join(' ');
}

const placeNl = (p: SessionParams) =>
  p.venueName ? ` in ${p.venueName}${p.city ? `, ${p.city}` : ''}` : p.online ? ' (online)' : '';
const whatNl = (p: SessionParams) => `"${p.courseTitle}" op ${formatDateTime(p.startsAt, 'nl')}${placeNl(p)}`;

const nl: MessageTexts<EnrolmentParams> = {
  'enrolment.confirmed': (p) => ({
    title: `Je bent ingeschreven: ${p.courseTitle}`,
    body: `Je plaats voor ${whatNl(p)} is bevestigd. Je vindt de bijeenkomst in Mijn leren en in je agenda.`,
  }),
  'enrolment.promoted': (p) => ({
    title: `Er is een plek voor je: ${p.courseTitle}`,
    body: `Er kwam een plek vrij en omdat de bijeenkomst binnen 24 uur begint, ben je direct ingeschreven voor ${whatNl(p)}.`,
  }),
  'enrolment.waitlisted': (p) => ({
    title: `Je staat op de wachtlijst: ${p.courseTitle}`,
    body: `${whatNl(p)} is vol. Je staat op plaats ${p.position} van de wachtlijst. Komt er een plek vrij, dan krijg je die aangeboden.`,
  }),
  'enrolment.offered': (p) => ({
    title: `Er is een plek vrij: ${p.courseTitle}`,
    body: `Er is een plek vrijgekomen voor ${whatNl(p)}. Accepteer de plek vóór ${formatDateTime(p.expiresAt, 'nl')} in Mijn leren; daarna gaat hij naar de volgende op de wachtlijst.`,
  }),
  'enrolment.offer_expired': (p) => ({
    title: `Aanbod verlopen: ${p.courseTitle}`,
    body: `Je hebt de aangeboden plek voor ${whatNl(p)} niet op tijd geaccepteerd. De plek is doorgegeven aan de volgende op de wachtlijst.`,
  }),
  'enrolment.declined': (p) => ({
    title: `Plek afgeslagen: ${p.courseTitle}`,
    body: `Je hebt de aangeboden plek voor ${whatNl(p)} afgeslagen. De plek gaat naar de volgende op de wachtlijst.`,
  }),
  'enrolment.pending_approval': (p) => ({
    title: `Wacht op goedkeuring: ${p.courseTitle}`,
    body: `Je plaats voor ${whatNl(p)} is vastgehouden. ${p.managerName} is gevraagd je inschrijving vóór ${formatDateTime(p.expiresAt, 'nl')} goed te keuren.`,
  }),
  'approval.requested': (p) => ({
    title: `Goedkeuring gevraagd: ${p.learnerName}`,
    body: `${p.learnerName} wil deelnemen aan ${whatNl(p)} en vraagt jouw goedkeuring. De plek wordt vastgehouden tot ${formatDateTime(p.expiresAt, 'nl')}.`,
  }),
  'enrolment.approved': (p) => ({
    title: `Goedgekeurd: ${p.courseTitle}`,
    body: `Je leidinggevende heeft je inschrijving goedgekeurd. Je plaats voor ${whatNl(p)} is bevestigd.`,
  }),
  'enrolment.rejected': (p) => ({
    title: `Niet goedgekeurd: ${p.courseTitle}`,
    body: `Je leidinggevende heeft je inschrijving voor ${whatNl(p)} afgewezen. Reden: ${p.reason}`,
  }),
  'enrolment.approval_expired': (p) => ({
    title: `Goedkeuring niet op tijd: ${p.courseTitle}`,
    body: `Je inschrijving voor ${whatNl(p)} is niet op tijd goedgekeurd. De vastgehouden plek is vrijgegeven.`,
  }),
  'enrolment.cancelled': (p) => ({
    title: `Afgemeld: ${p.courseTitle}`,
    body: `Je bent afgemeld voor ${whatNl(p)}.`,
  }),
  'enrolment.cancelled_by_teacher': (p) => ({
    title: `Afgemeld door de docent: ${p.courseTitle}`,
    body: `De docent heeft je afgemeld voor ${whatNl(p)}. Neem bij vragen contact op met de docent.`,
  }),
  'session.cancelled': (p) => ({
    title: `Bijeenkomst geannuleerd: ${p.courseTitle}`,
    body: `De bijeenkomst ${whatNl(p)} gaat niet door. Je inschrijving is vervallen. Kijk in de catalogus voor een andere datum.`,
  }),
  'session.changed': (p) => ({
    title: `Bijeenkomst gewijzigd: ${p.courseTitle}`,
    body: `De bijeenkomst van "${p.courseTitle}" is gewijzigd. ${changeLines(p, 'nl')} Je inschrijving blijft staan; de afspraak in je agenda wordt bijgewerkt.`,
  }),
};

const placeEn = (p: SessionParams) =>
  p.venueName ? ` at ${p.venueName}${p.city ? `, ${p.city}` : ''}` : p.online ? ' (online)' : '';
const whatEn = (p: SessionParams) => `"${p.courseTitle}" on ${formatDateTime(p.startsAt, 'en')}${placeEn(p)}`;

const en: MessageTexts<EnrolmentParams> = {
  'enrolment.confirmed': (p) => ({
    title: `You are enrolled: ${p.courseTitle}`,
    body: `Your place for ${whatEn(p)} is confirmed. You will find the session in My learning and in your calendar.`,
  }),
  'enrolment.promoted': (p) => ({
    title: `A place for you: ${p.courseTitle}`,
    body: `A place became free and, as the session starts within 24 hours, you are enrolled straight away for ${whatEn(p)}.`,
  }),
  'enrolment.waitlisted': (p) => ({
    title: `You are on the waiting list: ${p.courseTitle}`,
    body: `${whatEn(p)} is full. You are number ${p.position} on the waiting list. When a place becomes free, it will be offered to you.`,
  }),
  'enrolment.offered': (p) => ({
    title: `A place is free: ${p.courseTitle}`,
    body: `A place became free for ${whatEn(p)}. Accept it in My learning before ${formatDateTime(p.expiresAt, 'en')}; after that it goes to the next person on the waiting list.`,
  }),
  'enrolment.offer_expired': (p) => ({
    title: `Offer expired: ${p.courseTitle}`,
    body: `You did not accept the place offered for ${whatEn(p)} in time. It has gone to the next person on the waiting list.`,
  }),
  'enrolment.declined': (p) => ({
    title: `Place declined: ${p.courseTitle}`,
    body: `You declined the place offered for ${whatEn(p)}. It goes to the next person on the waiting list.`,
  }),
  'enrolment.pending_approval': (p) => ({
    title: `Awaiting approval: ${p.courseTitle}`,
    body: `Your place for ${whatEn(p)} is being held. ${p.managerName} has been asked to approve your enrolment before ${formatDateTime(p.expiresAt, 'en')}.`,
  }),
  'approval.requested': (p) => ({
    title: `Approval requested: ${p.learnerName}`,
    body: `${p.learnerName} wants to take part in ${whatEn(p)} and asks for your approval. The place is held until ${formatDateTime(p.expiresAt, 'en')}.`,
  }),
  'enrolment.approved': (p) => ({
    title: `Approved: ${p.courseTitle}`,
    body: `Your manager approved your enrolment. Your place for ${whatEn(p)} is confirmed.`,
  }),
  'enrolment.rejected': (p) => ({
    title: `Not approved: ${p.courseTitle}`,
    body: `Your manager rejected your enrolment for ${whatEn(p)}. Reason: ${p.reason}`,
  }),
  'enrolment.approval_expired': (p) => ({
    title: `Approval not in time: ${p.courseTitle}`,
    body: `Your enrolment for ${whatEn(p)} was not approved in time. The place held for you has been released.`,
  }),
  'enrolment.cancelled': (p) => ({
    title: `Cancelled: ${p.courseTitle}`,
    body: `Your enrolment for ${whatEn(p)} is cancelled.`,
  }),
  'enrolment.cancelled_by_teacher': (p) => ({
    title: `Cancelled by the teacher: ${p.courseTitle}`,
    body: `The teacher cancelled your enrolment for ${whatEn(p)}. Please contact the teacher with any questions.`,
  }),
  'session.cancelled': (p) => ({
    title: `Session cancelled: ${p.courseTitle}`,
    body: `The session ${whatEn(p)} will not take place. Your enrolment has lapsed. See the catalogue for another date.`,
  }),
  'session.changed': (p) => ({
    title: `Session changed: ${p.courseTitle}`,
    body: `The session of "${p.courseTitle}" has changed. ${changeLines(p, 'en')} Your enrolment stands; the event in your calendar is updated.`,
  }),
};

/** The enrolment area's catalogue: every notification (in-app and e-mail) in Dutch and English. */
export const ENROLMENT_MESSAGES = defineMessages<EnrolmentParams>({ nl, en });

const MY = '/mijn-leren';

const session = (s: SeatSession): SessionParams => ({
  courseTitle: s.courseTitle,
  startsAt: s.startsAt.toISOString(),
  venueName: s.venueName,
  city: s.city,
  online: Boolean(s.onlineUrl),
});

/** A place as participants read it: venue, address, city. */
const placeOf = (s: SessionSchedule): string | null =>
  [s.venueName, s.address, s.city].filter(Boolean).join(', ') || null;

const sessionChange = (s: SeatSession, job: SessionChangedJob): SessionChangeParams => ({
  courseTitle: s.courseTitle,
  startsAt: job.after.startsAt,
  endsAt: job.after.endsAt,
  venueName: job.after.venueName,
  city: job.after.city,
  online: Boolean(job.after.onlineUrl),
  timeChanged: job.changed.time,
  oldStartsAt: job.before.startsAt,
  oldEndsAt: job.before.endsAt,
  placeChanged: job.changed.place,
  oldPlace: placeOf(job.before),
  newPlace: placeOf(job.after),
  linkChanged: job.changed.link,
  oldOnlineUrl: job.before.onlineUrl,
  newOnlineUrl: job.after.onlineUrl,
});

function message<C extends keyof EnrolmentParams>(
  code: C,
  params: EnrolmentParams[C],
  link: string,
  data?: Record<string, unknown>,
): Message {
  return { kind: code, code, params, link, ...(data ? { data } : {}) };
}

/** The enrolment messages by event; each names its code and parameters, the reader's language picks the text. */
export const messages = {
  confirmed: (s: SeatSession): Message => message('enrolment.confirmed', session(s), MY),
  promotedConfirmed: (s: SeatSession): Message => message('enrolment.promoted', session(s), MY),
  waitlisted: (s: SeatSession, position: number): Message =>
    message('enrolment.waitlisted', { ...session(s), position }, MY, { position }),
  offered: (s: SeatSession, expiresAt: Date): Message =>
    message('enrolment.offered', { ...session(s), expiresAt: expiresAt.toISOString() }, MY, {
      expiresAt: expiresAt.toISOString(),
    }),
  offerExpired: (s: SeatSession): Message => message('enrolment.offer_expired', session(s), MY),
  declined: (s: SeatSession): Message => message('enrolment.declined', session(s), MY),
  pendingApproval: (s: SeatSession, managerName: string, expiresAt: Date): Message =>
    message('enrolment.pending_approval', { ...session(s), managerName, expiresAt: expiresAt.toISOString() }, MY),
  approvalRequested: (s: SeatSession, learnerName: string, expiresAt: Date): Message =>
    message('approval.requested', { ...session(s), learnerName, expiresAt: expiresAt.toISOString() }, '/goedkeuringen'),
  approved: (s: SeatSession): Message => message('enrolment.approved', session(s), MY),
  rejected: (s: SeatSession, reason: string): Message => message('enrolment.rejected', { ...session(s), reason }, MY),
  approvalExpired: (s: SeatSession): Message => message('enrolment.approval_expired', session(s), MY),
  cancelled: (s: SeatSession): Message => message('enrolment.cancelled', session(s), MY),
  cancelledByTeacher: (s: SeatSession): Message => message('enrolment.cancelled_by_teacher', session(s), MY),
  sessionCancelled: (s: SeatSession): Message => message('session.cancelled', session(s), `/cursussen/${s.courseId}`),
  sessionChanged: (s: SeatSession, job: SessionChangedJob): Message =>
    message('session.changed', sessionChange(s, job), MY, { sessionId: s.id, scheduleVersion: job.scheduleVersion }),
};
