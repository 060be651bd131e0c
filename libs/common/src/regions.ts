/**
 * The twelve Dutch provinces in the form our data uses (the official Dutch names, with Fryslân's
 * own spelling), and the forms people type: English names, the Frisian/Dutch pair, short forms
 * (Brabant, Holland-parts without hyphen), common abbreviations (NH, ZH, NB) and the province
 * capital when it is commonly used for the whole province's offices ("Den Bosch" is not: a city
 * is not a region, so cities are not aliases). Matching ignores case, diacritics, hyphens,
 * spaces and a leading "provincie".
 */
export const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Fryslân',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const;

export type Province = (typeof PROVINCES)[number];

const ALIASES: Record<Province, readonly string[]> = {
  Drenthe: ['drente', 'dr'],
  Flevoland: ['flevo', 'fl', 'fle'],
  Fryslân: ['friesland', 'fryslan', 'frysland', 'friesia', 'fr', 'fri'],
  Gelderland: ['gelre', 'gld', 'ge', 'guelders'],
  Groningen: ['gr', 'gro', 'groningue'],
  Limburg: ['li', 'lim', 'nederlands-limburg'],
  'Noord-Brabant': ['brabant', 'north brabant', 'nb', 'nbr'],
  'Noord-Holland': ['north holland', 'nh', 'nho'],
  Overijssel: ['overijsel', 'ov', 'ovl'],
  Utrecht: ['ut', 'utr'],
  Zeeland: ['zealand', 'ze', 'zee', 'zld'],
  'Zuid-Holland': ['south holland', 'zh', 'zho'],
};

/** Lower case, no diacritics, no hyphens/spaces/dots/apostrophes, without a leading "provincie". */
function key(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/^(de\s+)?(provincie|province|prov\.?)\s+(van\s+)?/u, '')
    .replace(/[\s\-–'’.]+/gu, '');
}

const BY_KEY = new Map<string, Province>();
for (const province of PROVINCES) {
  BY_KEY.set(key(province), province);
  for (const alias of ALIASES[province]) BY_KEY.set(key(alias), province);
}

/**
 * The canonical province name for an official or common form ("Friesland", "fryslan",
 * "Provincie Noord Brabant", "Brabant", "NH" …), or undefined when the input names no province.
 */
export function normaliseRegion(input: string): Province | undefined {
  if (typeof input !== 'string') return undefined;
  const k = key(input);
  if (k === '') return undefined;
  return BY_KEY.get(k);
}

/**
 * Every form that names this region, for matching free text or data that was stored
 * un-normalised: the canonical name first, then its aliases. An unknown region gives just itself.
 */
export function regionForms(region: string): string[] {
  const province = normaliseRegion(region);
  if (!province) return [region];
  return [province, ...ALIASES[province]];
}
