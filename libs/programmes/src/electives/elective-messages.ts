import { defineMessages, formatDateTime } from '#libs/notifications';
import type { Message, MessageTexts } from '#libs/notifications';

type ModuleParams = {
  programmeTitle: string;
  cohortName: string;
  partTitle: string;
  startsAt: string;
  moduleTitle: string;
  place: string | null;
  onlineUrl: string | null;
};

type ElectiveParams = {
  /** Published: your module (or, late, the remaining place you got). */
  'elective.allocated': ModuleParams & { rankObtained: number | null };
  /** The organiser moved you to another module after publishing. */
  'elective.moved': ModuleParams;
  /** Published, but every place was taken. */
  'elective.no_place': { programmeTitle: string; cohortName: string; partTitle: string; startsAt: string };
};

const whereNl = (p: ModuleParams) =>
  [p.place ? `in ${p.place}` : null, p.onlineUrl ? `online via ${p.onlineUrl}` : null].filter(Boolean).join(' en ');
const whereEn = (p: ModuleParams) =>
  [p.place ? `at ${p.place}` : null, p.onlineUrl ? `online at ${p.onlineUrl}` : null].filter(Boolean).join(' and ');
const sentence = (s: string) => (s ? ` ${s}` : '');

const nl: MessageTexts<ElectiveParams> = {
  'elective.allocated': (p) => ({
    title: `Je keuzemodule: ${p.moduleTitle}`,
    body:
      `Voor ${p.partTitle} van ${p.programmeTitle} (${p.cohortName}) op ${formatDateTime(p.startsAt, 'nl')} ` +
      `volg je ${p.moduleTitle}${sentence(whereNl(p))}. ` +
      (p.rankObtained ? `Dat was je keuze nr. ${p.rankObtained}.` : 'Dit is een overgebleven plaats.') +
      ' Het staat in je agenda.',
  }),
  'elective.moved': (p) => ({
    title: `Andere keuzemodule: ${p.moduleTitle}`,
    body:
      `De organisator heeft je voor ${p.partTitle} van ${p.programmeTitle} (${p.cohortName}) op ` +
      `${formatDateTime(p.startsAt, 'nl')} ingedeeld bij ${p.moduleTitle}${sentence(whereNl(p))}. Je agenda is bijgewerkt.`,
  }),
  'elective.no_place': (p) => ({
    title: `Nog geen plaats in een keuzemodule`,
    body:
      `Voor ${p.partTitle} van ${p.programmeTitle} (${p.cohortName}) op ${formatDateTime(p.startsAt, 'nl')} ` +
      'zijn alle plaatsen bezet. De organisator neemt contact met je op.',
  }),
};

const en: MessageTexts<ElectiveParams> = {
  'elective.allocated': (p) => ({
    title: `Your elective module: ${p.moduleTitle}`,
    body:
      `For ${p.partTitle} of ${p.programmeTitle} (${p.cohortName}) on ${formatDateTime(p.startsAt, 'en')} ` +
      `you take ${p.moduleTitle}${sentence(whereEn(p))}. ` +
      (p.rankObtained ? `That was your choice no. ${p.rankObtained}.` : 'This is a remaining place.') +
      ' It is in your calendar.',
  }),
  'elective.moved': (p) => ({
    title: `Another elective module: ${p.moduleTitle}`,
    body:
      `The organiser moved you, for ${p.partTitle} of ${p.programmeTitle} (${p.cohortName}) on ` +
      `${formatDateTime(p.startsAt, 'en')}, to ${p.moduleTitle}${sentence(whereEn(p))}. Your calendar is updated.`,
  }),
  'elective.no_place': (p) => ({
    title: `No place in an elective module yet`,
    body:
      `For ${p.partTitle} of ${p.programmeTitle} (${p.cohortName}) on ${formatDateTime(p.startsAt, 'en')} ` +
      'every place is taken. The organiser will contact you.',
  }),
};

/** The electives' catalogue: every notification (in-app and e-mail) in Dutch and English. */
export const ELECTIVE_MESSAGES = defineMessages<ElectiveParams>({ nl, en });

/** A message about a person's module in an elective part, linking to the cohort's page. */
export function electiveMessage<C extends keyof ElectiveParams>(
  code: C,
  params: ElectiveParams[C],
  cohortId: string,
  cohortPartId: string,
): Message {
  return { kind: code, code, params, link: `/programmas/${cohortId}`, data: { cohortId, cohortPartId } };
}
