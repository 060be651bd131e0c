import { defineMessages } from '#libs/notifications';
import type { MessageTexts } from '#libs/notifications';

type AlumniParams = {
  'alumni.message': {
    recipientName: string;
    senderName: string;
    senderOrganisation: string;
    subject: string;
    text: string;
    courseTitle: string;
    settingsUrl: string;
  };
};

const nl: MessageTexts<AlumniParams> = {
  'alumni.message': (p) => ({
    title: p.subject ? `${p.senderName} via Collegiaal: ${p.subject}` : `Bericht van ${p.senderName} via Collegiaal`,
    body: [
      `Beste ${p.recipientName},`,
      '',
      `${p.senderName}${p.senderOrganisation ? ` (${p.senderOrganisation})` : ''} vond je in het alumni-netwerk van Collegiaal${p.courseTitle ? ` als oud-deelnemer van ${p.courseTitle}` : ''} en stuurt je dit bericht:`,
      '',
      p.text,
      '',
      `Beantwoord je deze e-mail, dan gaat je antwoord rechtstreeks naar ${p.senderName}. Je e-mailadres is niet aan de afzender getoond, tenzij je dat zelf hebt toegestaan.`,
      '',
      `Wil je niet meer vindbaar zijn als alumnus? Zet het uit op ${p.settingsUrl}`,
      '',
      'Met collegiale groet,',
      'Collegiaal',
    ].join('\n'),
  }),
};

const en: MessageTexts<AlumniParams> = {
  'alumni.message': (p) => ({
    title: p.subject ? `${p.senderName} via Collegiaal: ${p.subject}` : `Message from ${p.senderName} via Collegiaal`,
    body: [
      `Dear ${p.recipientName},`,
      '',
      `${p.senderName}${p.senderOrganisation ? ` (${p.senderOrganisation})` : ''} found you in the Collegiaal alumni network${p.courseTitle ? ` as a former participant of ${p.courseTitle}` : ''} and sends you this message:`,
      '',
      p.text,
      '',
      `If you reply to this e-mail, your answer goes straight to ${p.senderName}. Your e-mail address was not shown to the sender unless you allowed it.`,
      '',
      `No longer want to be findable as an alumnus? Switch it off at ${p.settingsUrl}`,
      '',
      'Kind regards,',
      'Collegiaal',
    ].join('\n'),
  }),
};

/** The alumni's catalogue: the e-mail a colleague's message is delivered in, in Dutch and English. */
export const ALUMNI_MESSAGES = defineMessages<AlumniParams>({ nl, en });
