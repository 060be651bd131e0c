import type { UserLanguage } from './user.entity.js';

export interface MailText {
  subject: string;
  text: string;
}

interface IdentityMails {
  contentLanguage: string;
  verification: (p: { name: string; link: string; expiresAt: Date }) => MailText;
  accountExists: (p: { name: string; loginUrl: string }) => MailText;
}

/** Until when a link works, in UTC so it reads the same wherever the mail is opened. */
const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The identity area's e-mails (address verification, sign-up with a taken address) in Dutch and English. */
export const IDENTITY_MAILS: Readonly<Record<UserLanguage, IdentityMails>> = {
  nl: {
    contentLanguage: 'nl-NL',
    verification: (p) => ({
      subject: 'Bevestig je e-mailadres voor Collegiaal',
      text:
        `Beste ${p.name},\n\nBevestig je e-mailadres met deze link (geldig tot ${utc(p.expiresAt)}):\n${p.link}\n\n` +
        `Heb je geen account aangevraagd? Dan kun je deze mail negeren.\n\nMet collegiale groet,\nCollegiaal`,
    }),
    accountExists: (p) => ({
      subject: 'Je hebt al een account bij Collegiaal',
      text:
        `Beste ${p.name},\n\nIemand probeerde een account aan te maken met dit e-mailadres, maar je hebt er al een. ` +
        `Log in via ${p.loginUrl}.\n\nWas jij dit niet? Dan hoef je niets te doen.\n\nMet collegiale groet,\nCollegiaal`,
    }),
  },
  en: {
    contentLanguage: 'en-GB',
    verification: (p) => ({
      subject: 'Confirm your e-mail address for Collegiaal',
      text:
        `Dear ${p.name},\n\nConfirm your e-mail address with this link (valid until ${utc(p.expiresAt)}):\n${p.link}\n\n` +
        `Did you not ask for an account? Then you can ignore this e-mail.\n\nKind regards,\nCollegiaal`,
    }),
    accountExists: (p) => ({
      subject: 'You already have an account with Collegiaal',
      text:
        `Dear ${p.name},\n\nSomeone tried to create an account with this e-mail address, but you already have one. ` +
        `Sign in at ${p.loginUrl}.\n\nWas this not you? Then you need not do anything.\n\nKind regards,\nCollegiaal`,
    }),
  },
};

/** The first language of an Accept-Language header we write in; Dutch when none is. */
export function languageFromHeader(header: string | undefined): UserLanguage {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    if (tag.startsWith('nl')) return 'nl';
    if (tag.startsWith('en')) return 'en';
  }
  return 'nl';
}
