import type { UserLanguage } from '#libs/identity';

/** The frame around a notification's text in its e-mail, per language. */
export const NOTIFICATION_MAIL: Readonly<
  Record<UserLanguage, { contentLanguage: string; text: (name: string, body: string, url: string | null) => string }>
> = {
  nl: {
    contentLanguage: 'nl-NL',
    text: (name, body, url) =>
      `Beste ${name},\n\n${body}${url ? `\n\nBekijk het in Collegiaal: ${url}` : ''}\n\nMet collegiale groet,\nCollegiaal`,
  },
  en: {
    contentLanguage: 'en-GB',
    text: (name, body, url) =>
      `Dear ${name},\n\n${body}${url ? `\n\nSee it in Collegiaal: ${url}` : ''}\n\nKind regards,\nCollegiaal`,
  },
};
