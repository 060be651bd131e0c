import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { formatDateTime } from '#libs/notifications';
import type { GuestPartFacts } from './guests.repository.js';

/** Who the guest is and who invited them: all a guest's mail knows about people. */
export interface GuestMailInput {
  guestId: string;
  name: string;
  email: string;
  inviterName: string;
  part: GuestPartFacts;
  /** The sender, as MAIL_FROM ("Collegiaal <noreply@…>"): the event's organiser. */
  from: string;
}

export interface GuestMail {
  subject: string;
  text: string;
  calendar: { method: 'REQUEST' | 'CANCEL'; content: string; filename: string };
}

type Language = 'nl' | 'en';

/** Where the part takes place, as one line; null when neither a place nor a link is known. */
function placeOf(p: GuestPartFacts): string | null {
  return [p.venueName, p.city].filter(Boolean).join(', ') || (p.onlineUrl ? 'Online' : null);
}

function when(p: GuestPartFacts, language: Language): string {
  const end = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
  }).format(p.endsAt);
  return `${formatDateTime(p.startsAt.toISOString(), language)}–${end}`;
}

const TEXTS = {
  invitation: {
    nl: (i: GuestMailInput) =>
      [
        `Beste ${i.name},`,
        '',
        `${i.inviterName} nodigt je uit als gast bij "${i.part.partTitle}" van ${i.part.programmeTitle} (${i.part.cohortName}).`,
        '',
        `Wanneer: ${when(i.part, 'nl')}`,
        ...(placeOf(i.part) ? [`Waar: ${placeOf(i.part)}`] : []),
        ...(i.part.onlineUrl ? [`Online: ${i.part.onlineUrl}`] : []),
        '',
        'De uitnodiging voor je agenda zit bij deze mail. Je hebt geen account nodig.',
        `We bewaren alleen je naam, organisatie en e-mailadres, voor deze bijeenkomst. Kun je niet? Laat het ${i.inviterName} weten.`,
      ].join('\n'),
    en: (i: GuestMailInput) =>
      [
        `Dear ${i.name},`,
        '',
        `${i.inviterName} invites you as a guest to "${i.part.partTitle}" of ${i.part.programmeTitle} (${i.part.cohortName}).`,
        '',
        `When: ${when(i.part, 'en')}`,
        ...(placeOf(i.part) ? [`Where: ${placeOf(i.part)}`] : []),
        ...(i.part.onlineUrl ? [`Online: ${i.part.onlineUrl}`] : []),
        '',
        'The invitation for your calendar is attached. You do not need an account.',
        `We keep only your name, organisation and e-mail address, for this meeting. Unable to come? Let ${i.inviterName} know.`,
      ].join('\n'),
  },
  cancellation: {
    nl: (i: GuestMailInput) =>
      [
        `Beste ${i.name},`,
        '',
        `Je uitnodiging als gast bij "${i.part.partTitle}" van ${i.part.programmeTitle} (${when(i.part, 'nl')}) is ingetrokken.`,
        'Met de bijlage verdwijnt de afspraak uit je agenda. Je gegevens zijn verwijderd.',
      ].join('\n'),
    en: (i: GuestMailInput) =>
      [
        `Dear ${i.name},`,
        '',
        `Your invitation as a guest to "${i.part.partTitle}" of ${i.part.programmeTitle} (${when(i.part, 'en')}) has been withdrawn.`,
        'The attachment removes the appointment from your calendar. Your details have been deleted.',
      ].join('\n'),
  },
} as const;

/** The sender's address out of "Name <address>" (or a bare address). */
function addressOf(from: string): { name: string; email: string } {
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from);
  return m ? { name: m[1] || 'Collegiaal', email: m[2] } : { name: 'Collegiaal', email: from.trim() };
}

/**
 * The iCalendar of a guest's invitation (METHOD:REQUEST) or its withdrawal (METHOD:CANCEL). The
 * UID is stable per guest; SEQUENCE follows the part's schedule version, one more for the
 * cancellation, so a calendar replaces the event it already holds.
 */
export function guestCalendar(i: GuestMailInput, method: 'REQUEST' | 'CANCEL'): string {
  const cal = ical({
    prodId: { company: 'Collegiaal', product: 'collegiaal', language: 'NL' },
    method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  const organizer = addressOf(i.from);
  cal.createEvent({
    id: `guest-${i.guestId}@collegiaal`,
    sequence: i.part.scheduleVersion + (method === 'CANCEL' ? 1 : 0),
    start: i.part.startsAt,
    end: i.part.endsAt,
    stamp: new Date(),
    summary: `${i.part.programmeTitle}: ${i.part.partTitle}`,
    description: [
      i.inviterName ? `Gast van ${i.inviterName}.` : 'Gast.',
      i.part.onlineUrl ? `Online: ${i.part.onlineUrl}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    location: placeOf(i.part),
    organizer,
    attendees: [
      {
        name: i.name,
        email: i.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: false,
      },
    ],
    status: method === 'REQUEST' ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
  });
  return cal.toString();
}

/** A guest's e-mail: Dutch first, then English (a guest has no account, so no language of their own). */
export function guestMail(i: GuestMailInput, kind: 'invitation' | 'cancellation'): GuestMail {
  const method = kind === 'invitation' ? 'REQUEST' : 'CANCEL';
  const subject =
    kind === 'invitation'
      ? `Uitnodiging / Invitation: ${i.part.programmeTitle} — ${i.part.partTitle}`
      : `Ingetrokken / Withdrawn: ${i.part.programmeTitle} — ${i.part.partTitle}`;
  const text = `${TEXTS[kind].nl(i)}\n\nMet collegiale groet,\nCollegiaal\n\n— English —\n\n${TEXTS[kind].en(i)}\n\nKind regards,\nCollegiaal`;
  return {
    subject,
    text,
    calendar: {
      method,
      content: guestCalendar(i, method),
      filename: kind === 'invitation' ? 'invite.ics' : 'cancel.ics',
    },
  };
}
