import type { Message } from '#libs/notifications';
import type { SeatSession } from './enrolments.repository.js';

const when = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'full', timeStyle: 'short' });
const fmt = (d: Date) => when.format(d);
const place = (s: SeatSession) =>
  s.venueName ? ` in ${s.venueName}${s.city ? `, ${s.city}` : ''}` : s.onlineUrl ? ' (online)' : '';
const what = (s: SeatSession) => `"${s.courseTitle}" op ${fmt(s.startsAt)}${place(s)}`;
const MY = '/mijn-leren';

/** The Dutch texts of every enrolment notification (in-app and e-mail). */
export const messages = {
  confirmed: (s: SeatSession): Message => ({
    kind: 'enrolment.confirmed',
    title: `Je bent ingeschreven: ${s.courseTitle}`,
    body: `Je plaats voor ${what(s)} is bevestigd. Je vindt de bijeenkomst in Mijn leren en in je agenda.`,
    link: MY,
  }),
  promotedConfirmed: (s: SeatSession): Message => ({
    kind: 'enrolment.promoted',
    title: `Er is een plek voor je: ${s.courseTitle}`,
    body: `Er kwam een plek vrij en omdat de bijeenkomst binnen 24 uur begint, ben je direct ingeschreven voor ${what(s)}.`,
    link: MY,
  }),
  waitlisted: (s: SeatSession, position: number): Message => ({
    kind: 'enrolment.waitlisted',
    title: `Je staat op de wachtlijst: ${s.courseTitle}`,
    body: `${what(s)} is vol. Je staat op plaats ${position} van de wachtlijst. Komt er een plek vrij, dan krijg je die aangeboden.`,
    link: MY,
    data: { position },
  }),
  offered: (s: SeatSession, expiresAt: Date): Message => ({
    kind: 'enrolment.offered',
    title: `Er is een plek vrij: ${s.courseTitle}`,
    body: `Er is een plek vrijgekomen voor ${what(s)}. Accepteer de plek vóór ${fmt(expiresAt)} in Mijn leren; daarna gaat hij naar de volgende op de wachtlijst.`,
    link: MY,
    data: { expiresAt: expiresAt.toISOString() },
  }),
  offerExpired: (s: SeatSession): Message => ({
    kind: 'enrolment.offer_expired',
    title: `Aanbod verlopen: ${s.courseTitle}`,
    body: `Je hebt de aangeboden plek voor ${what(s)} niet op tijd geaccepteerd. De plek is doorgegeven aan de volgende op de wachtlijst.`,
    link: MY,
  }),
  declined: (s: SeatSession): Message => ({
    kind: 'enrolment.declined',
    title: `Plek afgeslagen: ${s.courseTitle}`,
    body: `Je hebt de aangeboden plek voor ${what(s)} afgeslagen. De plek gaat naar de volgende op de wachtlijst.`,
    link: MY,
  }),
  pendingApproval: (s: SeatSession, managerName: string, expiresAt: Date): Message => ({
    kind: 'enrolment.pending_approval',
    title: `Wacht op goedkeuring: ${s.courseTitle}`,
    body: `Je plaats voor ${what(s)} is vastgehouden. ${managerName} is gevraagd je inschrijving vóór ${fmt(expiresAt)} goed te keuren.`,
    link: MY,
  }),
  approvalRequested: (s: SeatSession, learnerName: string, expiresAt: Date): Message => ({
    kind: 'approval.requested',
    title: `Goedkeuring gevraagd: ${learnerName}`,
    body: `${learnerName} wil deelnemen aan ${what(s)} en vraagt jouw goedkeuring. De plek wordt vastgehouden tot ${fmt(expiresAt)}.`,
    link: '/goedkeuringen',
  }),
  approved: (s: SeatSession): Message => ({
    kind: 'enrolment.approved',
    title: `Goedgekeurd: ${s.courseTitle}`,
    body: `Je leidinggevende heeft je inschrijving goedgekeurd. Je plaats voor ${what(s)} is bevestigd.`,
    link: MY,
  }),
  rejected: (s: SeatSession, reason: string): Message => ({
    kind: 'enrolment.rejected',
    title: `Niet goedgekeurd: ${s.courseTitle}`,
    body: `Je leidinggevende heeft je inschrijving voor ${what(s)} afgewezen. Reden: ${reason}`,
    link: MY,
  }),
  approvalExpired: (s: SeatSession): Message => ({
    kind: 'enrolment.approval_expired',
    title: `Goedkeuring niet op tijd: ${s.courseTitle}`,
    body: `Je inschrijving voor ${what(s)} is niet op tijd goedgekeurd. De vastgehouden plek is vrijgegeven.`,
    link: MY,
  }),
  cancelled: (s: SeatSession): Message => ({
    kind: 'enrolment.cancelled',
    title: `Afgemeld: ${s.courseTitle}`,
    body: `Je bent afgemeld voor ${what(s)}.`,
    link: MY,
  }),
  cancelledByTeacher: (s: SeatSession): Message => ({
    kind: 'enrolment.cancelled_by_teacher',
    title: `Afgemeld door de docent: ${s.courseTitle}`,
    body: `De docent heeft je afgemeld voor ${what(s)}. Neem bij vragen contact op met de docent.`,
    link: MY,
  }),
  sessionCancelled: (s: SeatSession): Message => ({
    kind: 'session.cancelled',
    title: `Bijeenkomst geannuleerd: ${s.courseTitle}`,
    body: `De bijeenkomst ${what(s)} gaat niet door. Je inschrijving is vervallen. Kijk in de catalogus voor een andere datum.`,
    link: `/cursussen/${s.courseId}`,
  }),
};
