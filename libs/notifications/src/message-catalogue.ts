import type { UserLanguage } from '#libs/identity';

/** What a catalogue text is filled with; stored as JSON on the notification, so dates travel as ISO strings. */
export type ParamValue = string | number | boolean | null;
export type MessageParams = Record<string, ParamValue>;

export interface MessageText {
  title: string;
  body: string;
}

/** The parameters of each code of one area, e.g. `{ 'enrolment.confirmed': SessionParams }`. */
export type CatalogueParams = Record<string, MessageParams>;

/** One area's texts in one language: a renderer per code. */
export type MessageTexts<P extends CatalogueParams> = { readonly [C in keyof P]: (params: P[C]) => MessageText };

/** One area's catalogue: every code in every language, so a language cannot miss a text. */
export type MessageCatalogue<P extends CatalogueParams> = Readonly<Record<UserLanguage, MessageTexts<P>>>;

type Renderer = (params: MessageParams) => MessageText;

/**
 * Every code of every area's catalogue. Filled once, when an area's catalogue module is loaded
 * (a constant, like a route table): a notification is rendered when it is read, also one stored
 * by another area since an earlier start.
 */
const registry = new Map<string, Readonly<Record<UserLanguage, Renderer>>>();

/** Declares an area's catalogue; a code may belong to one catalogue only. */
export function defineMessages<P extends CatalogueParams>(catalogue: MessageCatalogue<P>): MessageCatalogue<P> {
  for (const code of Object.keys(catalogue.nl)) {
    const renderers = {
      // The params stored under a code were made by that code's builder, so they have its shape.
      nl: catalogue.nl[code] as Renderer,
      en: catalogue.en[code] as Renderer,
    };
    const known = registry.get(code);
    if (known && known.nl !== renderers.nl) throw new Error(`Message code ${code} is declared by two catalogues`);
    registry.set(code, renderers);
  }
  return catalogue;
}

/** The text of a stored message in a language; null for a code no catalogue declares (older rows). */
export function renderMessage(
  code: string | null,
  params: MessageParams | null,
  language: UserLanguage,
): MessageText | null {
  const renderers = code ? registry.get(code) : undefined;
  return renderers ? renderers[language](params ?? {}) : null;
}

const DATE_TIME: Record<UserLanguage, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'full', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'full', timeStyle: 'short' }),
};

/** A moment as people in the Netherlands read it, in their language ("dinsdag 1 december 2026 om 14:00"). */
export function formatDateTime(iso: string, language: UserLanguage): string {
  return DATE_TIME[language].format(new Date(iso));
}
