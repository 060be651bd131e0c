/**
 * The explanations of the grouping (issue #11 item 4): every rule the grouping could not meet is a
 * stable code with parameters, rendered here in Dutch (first) and English. The API returns the code,
 * the parameters and the text in the reader's language.
 */
export type ExplanationLanguage = 'nl' | 'en';

export type UnmetRule = 'size' | 'organisation' | 'domain' | 'rotation';

export type UnmetCode =
  | 'NO_PARTICIPANTS'
  | 'SIZE_TOO_FEW'
  | 'SIZE_IMPOSSIBLE'
  | 'SIZE_OFF'
  | 'UNGROUPED'
  | 'ORGANISATION_SHARED'
  | 'ORGANISATION_CONFLICT'
  | 'DOMAIN_UNKNOWN'
  | 'DOMAIN_TOO_FEW'
  | 'DOMAIN_SPREAD'
  | 'DOMAIN_MIX'
  | 'ROTATION_REPEATS';

export type ExplanationParams = Record<string, string | number>;

const DOMAIN_LABELS: Record<ExplanationLanguage, Record<string, string>> = {
  nl: { beleid: 'beleid', uitvoering: 'uitvoering', toezicht: 'toezicht', bedrijfsvoering: 'bedrijfsvoering' },
  en: {
    beleid: 'policy',
    uitvoering: 'operations',
    toezicht: 'supervision',
    bedrijfsvoering: 'business operations',
  },
};

type Template = (p: ExplanationParams, language: ExplanationLanguage) => string;

const num = (p: ExplanationParams, key: string): number => Number(p[key] ?? 0);
const str = (p: ExplanationParams, key: string): string => String(p[key] ?? '');
const domain = (p: ExplanationParams, language: ExplanationLanguage): string =>
  DOMAIN_LABELS[language][str(p, 'domain')] ?? str(p, 'domain');
/** "Ronde 2: " when the explanation is about one round of several. */
const roundNl = (p: ExplanationParams): string => (!('round' in p) ? '' : `Ronde ${str(p, 'round')}: `);
const roundEn = (p: ExplanationParams): string => (!('round' in p) ? '' : `Round ${str(p, 'round')}: `);
const range = (lo: number, hi: number): string => (lo === hi ? String(lo) : `${String(lo)}–${String(hi)}`);

const TEMPLATES: Record<UnmetCode, Record<ExplanationLanguage, Template>> = {
  NO_PARTICIPANTS: {
    nl: () => 'Er zijn geen deelnemers om in groepen te verdelen.',
    en: () => 'There are no participants to divide into groups.',
  },
  SIZE_TOO_FEW: {
    nl: (p) =>
      `${str(p, 'count')} deelnemers is te weinig voor een groep van ${range(num(p, 'min'), num(p, 'max'))}: één groep van ${str(p, 'count')}.`,
    en: (p) =>
      `${str(p, 'count')} participants are too few for a group of ${range(num(p, 'min'), num(p, 'max'))}: one group of ${str(p, 'count')}.`,
  },
  SIZE_IMPOSSIBLE: {
    nl: (p) =>
      `${str(p, 'count')} deelnemers passen niet in groepen van ${range(num(p, 'min'), num(p, 'max'))}: ${str(p, 'groups')} groepen van ${range(num(p, 'smallest'), num(p, 'largest'))}.`,
    en: (p) =>
      `${str(p, 'count')} participants do not fit into groups of ${range(num(p, 'min'), num(p, 'max'))}: ${str(p, 'groups')} groups of ${range(num(p, 'smallest'), num(p, 'largest'))}.`,
  },
  SIZE_OFF: {
    nl: (p) =>
      `${roundNl(p)}De groepen zijn niet even groot: ${range(num(p, 'actualMin'), num(p, 'actualMax'))} per groep (groep ${str(p, 'groupNumbers')}), verwacht ${range(num(p, 'expectedMin'), num(p, 'expectedMax'))}.`,
    en: (p) =>
      `${roundEn(p)}The groups are not of equal size: ${range(num(p, 'actualMin'), num(p, 'actualMax'))} per group (group ${str(p, 'groupNumbers')}), expected ${range(num(p, 'expectedMin'), num(p, 'expectedMax'))}.`,
  },
  UNGROUPED: {
    nl: (p) =>
      `${roundNl(p)}${str(p, 'count')} ${num(p, 'count') === 1 ? 'deelnemer zit' : 'deelnemers zitten'} nog in geen groep.`,
    en: (p) =>
      `${roundEn(p)}${str(p, 'count')} ${num(p, 'count') === 1 ? 'participant is' : 'participants are'} not in a group yet.`,
  },
  ORGANISATION_SHARED: {
    nl: (p) =>
      `Organisatie ${str(p, 'organisation')} heeft ${str(p, 'count')} deelnemers voor ${str(p, 'groups')} groepen: ` +
      (num(p, 'groupsWithMore') === num(p, 'groups')
        ? `in alle groepen zitten ${str(p, 'perGroup')} collega's van ${str(p, 'organisation')}.`
        : `in ${str(p, 'groupsWithMore')} ${num(p, 'groupsWithMore') === 1 ? 'groep zitten' : 'groepen zitten'} ${str(p, 'perGroup')} collega's van ${str(p, 'organisation')}.`),
    en: (p) =>
      `Organisation ${str(p, 'organisation')} has ${str(p, 'count')} participants for ${str(p, 'groups')} groups: ` +
      (num(p, 'groupsWithMore') === num(p, 'groups')
        ? `every group has ${str(p, 'perGroup')} colleagues from ${str(p, 'organisation')}.`
        : `${str(p, 'groupsWithMore')} ${num(p, 'groupsWithMore') === 1 ? 'group has' : 'groups have'} ${str(p, 'perGroup')} colleagues from ${str(p, 'organisation')}.`),
  },
  ORGANISATION_CONFLICT: {
    nl: (p) =>
      `${roundNl(p)}Organisatie ${str(p, 'organisation')} is niet gelijk verdeeld: groep ${str(p, 'group')} heeft ${str(p, 'actual')} collega's, verwacht ${range(num(p, 'expectedMin'), num(p, 'expectedMax'))}.`,
    en: (p) =>
      `${roundEn(p)}Organisation ${str(p, 'organisation')} is not spread evenly: group ${str(p, 'group')} has ${str(p, 'actual')} colleagues, expected ${range(num(p, 'expectedMin'), num(p, 'expectedMax'))}.`,
  },
  DOMAIN_UNKNOWN: {
    nl: (p) =>
      `Van ${str(p, 'count')} ${num(p, 'count') === 1 ? 'deelnemer' : 'deelnemers'} is het werkdomein onbekend; ${num(p, 'count') === 1 ? 'die telt' : 'zij tellen'} niet mee voor de mix van werkdomeinen.`,
    en: (p) =>
      `The work domain of ${str(p, 'count')} ${num(p, 'count') === 1 ? 'participant is' : 'participants is'} unknown; they do not count towards the mix of work domains.`,
  },
  DOMAIN_TOO_FEW: {
    nl: (p, l) =>
      `Werkdomein ${domain(p, l)}: ${str(p, 'count')} ${num(p, 'count') === 1 ? 'deelnemer' : 'deelnemers'} voor ${str(p, 'groups')} groepen, dus ${str(p, 'without')} ${num(p, 'without') === 1 ? 'groep' : 'groepen'} zonder ${domain(p, l)}.`,
    en: (p, l) =>
      `Work domain ${domain(p, l)}: ${str(p, 'count')} ${num(p, 'count') === 1 ? 'participant' : 'participants'} for ${str(p, 'groups')} groups, so ${str(p, 'without')} ${num(p, 'without') === 1 ? 'group' : 'groups'} without ${domain(p, l)}.`,
  },
  DOMAIN_SPREAD: {
    nl: (p, l) =>
      `${roundNl(p)}Werkdomein ${domain(p, l)} is niet gelijk verdeeld: ${range(num(p, 'actualMin'), num(p, 'actualMax'))} per groep (groep ${str(p, 'groupNumbers')}), verwacht ${range(num(p, 'expectedMin'), num(p, 'expectedMax'))}.`,
    en: (p, l) =>
      `${roundEn(p)}Work domain ${domain(p, l)} is not spread evenly: ${range(num(p, 'actualMin'), num(p, 'actualMax'))} per group (group ${str(p, 'groupNumbers')}), expected ${range(num(p, 'expectedMin'), num(p, 'expectedMax'))}.`,
  },
  DOMAIN_MIX: {
    nl: (p) =>
      `${roundNl(p)}Niet elke groep heeft even veel werkdomeinen: ${range(num(p, 'actualMin'), num(p, 'actualMax'))} per groep (groep ${str(p, 'groupNumbers')}), mogelijk was ${range(num(p, 'expectedMin'), num(p, 'expectedMax'))}.`,
    en: (p) =>
      `${roundEn(p)}Not every group has as many work domains: ${range(num(p, 'actualMin'), num(p, 'actualMax'))} per group (group ${str(p, 'groupNumbers')}), ${range(num(p, 'expectedMin'), num(p, 'expectedMax'))} was possible.`,
  },
  ROTATION_REPEATS: {
    nl: (p) =>
      `In ronde ${str(p, 'round')} ${num(p, 'pairs') === 1 ? 'zit 1 tweetal' : `zitten ${str(p, 'pairs')} tweetallen`} opnieuw samen in een groep.`,
    en: (p) =>
      `In round ${str(p, 'round')}, ${num(p, 'pairs') === 1 ? '1 pair meets' : `${str(p, 'pairs')} pairs meet`} again in a group.`,
  },
};

/** The text of one explanation in the given language. */
export function renderExplanation(code: UnmetCode, params: ExplanationParams, language: ExplanationLanguage): string {
  return TEMPLATES[code][language](params, language);
}
