import type { GoNoGoDecision } from '#libs/catalogue';
import { defineMessages, formatDateTime } from '#libs/notifications';
import type { Message, MessageTexts } from '#libs/notifications';
import type { SeatSession } from './enrolments.repository.js';

/** What the organisers are told at a session's go/no-go moment (issue #11 item 2). */
type GoNoGoParams = {
  courseTitle: string;
  startsAt: string;
  venueName: string | null;
  city: string | null;
  online: boolean;
  minParticipants: number;
  confirmed: number;
};

type GoNoGoCatalogue = {
  'session.go_ahead': GoNoGoParams;
  'session.below_minimum': GoNoGoParams;
  'session.auto_cancelled': GoNoGoParams;
};

const placeNl = (p: GoNoGoParams) =>
  p.venueName ? ` in ${p.venueName}${p.city ? `, ${p.city}` : ''}` : p.online ? ' (online)' : '';
const whatNl = (p: GoNoGoParams) => `"${p.courseTitle}" op ${formatDateTime(p.startsAt, 'nl')}${placeNl(p)}`;
const placeEn = (p: GoNoGoParams) =>
  p.venueName ? ` at ${p.venueName}${p.city ? `, ${p.city}` : ''}` : p.online ? ' (online)' : '';
const whatEn = (p: GoNoGoParams) => `"${p.courseTitle}" on ${formatDateTime(p.startsAt, 'en')}${placeEn(p)}`;
/** "er zijn 4 deelnemers bevestigd" / "er is 1 deelnemer bevestigd": the verb agrees. */
const confirmedNl = (n: number, past = false) =>
  n === 1
    ? `${past ? 'was' : 'is'} 1 deelnemer bevestigd`
    : `${past ? 'waren' : 'zijn'} ${String(n)} deelnemers bevestigd`;
const participantsEn = (n: number) => (n === 1 ? '1 participant' : `${String(n)} participants`);

const nl: MessageTexts<GoNoGoCatalogue> = {
  'session.go_ahead': (p) => ({
    title: `Gaat door: ${p.courseTitle}`,
    body: `${whatNl(p)} gaat door: er ${confirmedNl(p.confirmed)}, het minimum was ${String(p.minParticipants)}.`,
  }),
  'session.below_minimum': (p) => ({
    title: `Te weinig deelnemers: ${p.courseTitle}`,
    body: `Voor ${whatNl(p)} ${confirmedNl(p.confirmed)}, minder dan het minimum van ${String(p.minParticipants)}. De bijeenkomst staat nog gepland: besluit zelf of je haar laat doorgaan of annuleert.`,
  }),
  'session.auto_cancelled': (p) => ({
    title: `Geannuleerd wegens te weinig deelnemers: ${p.courseTitle}`,
    body: `Voor ${whatNl(p)} ${confirmedNl(p.confirmed, true)}, minder dan het minimum van ${String(p.minParticipants)}. De bijeenkomst is daarom automatisch geannuleerd; de deelnemers zijn op de hoogte gebracht en hun plaatsen zijn vrijgegeven.`,
  }),
};

const en: MessageTexts<GoNoGoCatalogue> = {
  'session.go_ahead': (p) => ({
    title: `Going ahead: ${p.courseTitle}`,
    body: `${whatEn(p)} goes ahead: ${participantsEn(p.confirmed)} confirmed, the minimum was ${String(p.minParticipants)}.`,
  }),
  'session.below_minimum': (p) => ({
    title: `Too few participants: ${p.courseTitle}`,
    body: `${whatEn(p)} has ${participantsEn(p.confirmed)} confirmed, fewer than the minimum of ${String(p.minParticipants)}. The session is still scheduled: decide whether it goes ahead or you cancel it.`,
  }),
  'session.auto_cancelled': (p) => ({
    title: `Cancelled for too few participants: ${p.courseTitle}`,
    body: `${whatEn(p)} had ${participantsEn(p.confirmed)} confirmed, fewer than the minimum of ${String(p.minParticipants)}. It has therefore been cancelled automatically; the participants have been told and their places released.`,
  }),
};

/** The go/no-go catalogue: every notice to the organisers in Dutch and English. */
export const GO_NO_GO_MESSAGES = defineMessages<GoNoGoCatalogue>({ nl, en });

const CODES = {
  go: 'session.go_ahead',
  below_minimum: 'session.below_minimum',
  cancelled: 'session.auto_cancelled',
} as const;

/** The organisers' notice of a decision, linking to the course's page in the teacher area (a programme: its page). */
export function goNoGoMessage(s: SeatSession, d: GoNoGoDecision): Message {
  const code = CODES[d.outcome];
  const params: GoNoGoParams = {
    courseTitle: s.courseTitle,
    startsAt: s.startsAt.toISOString(),
    venueName: s.venueName,
    city: s.city,
    online: Boolean(s.onlineUrl),
    minParticipants: d.minParticipants,
    confirmed: d.confirmed,
  };
  return {
    kind: code,
    code,
    params,
    link: s.courseKind === 'programme' ? `/programmas/${s.courseId}` : `/lesgeven/cursussen/${s.courseId}`,
    data: { sessionId: s.id, outcome: d.outcome },
  };
}
