/**
 * The vocabulary of Dutch government work that both search engines apply: abbreviations and
 * their full names, synonyms, and words that carry no meaning in a question. Admins add to it
 * (search_synonyms); these defaults are the maintained base list.
 */
export const DEFAULT_SYNONYMS: Record<string, string[]> = {
  // Laws, frameworks and their abbreviations
  woo: ['wet open overheid', 'openbaarheid', 'wob', 'woo-verzoek'],
  wob: ['woo', 'wet open overheid'],
  avg: ['privacy', 'gdpr', 'algemene verordening gegevensbescherming', 'persoonsgegevens'],
  gdpr: ['avg', 'privacy'],
  privacy: ['avg', 'persoonsgegevens', 'gegevensbescherming'],
  dpia: ['gegevensbeschermingseffectbeoordeling', 'privacy impact assessment', 'pia'],
  bio: ['baseline informatiebeveiliging overheid', 'informatiebeveiliging'],
  ensia: ['informatiebeveiliging', 'verantwoording informatiebeveiliging'],
  nis2: ['cyberbeveiliging', 'informatiebeveiliging', 'cyberbeveiligingswet'],
  wmo: ['wet maatschappelijke ondersteuning', 'maatschappelijke ondersteuning'],
  jeugdwet: ['jeugdhulp', 'jeugdzorg'],
  participatiewet: ['bijstand', 're-integratie'],
  ww: ['werkloosheidswet', 'werkloosheidsuitkering', 'uitkering'],
  wia: ['arbeidsongeschiktheid', 'uitkering'],
  awb: ['algemene wet bestuursrecht', 'bestuursrecht', 'bezwaar', 'beroep'],
  bezwaar: ['bezwaarschrift', 'bezwaarprocedure', 'awb'],
  iama: ['impact assessment mensenrechten en algoritmes', 'algoritme', 'mensenrechten'],
  rbv: ['rijksbegrotingsvoorschriften', 'rijksbegroting', 'begroting'],
  bbv: ['besluit begroting en verantwoording', 'gemeentebegroting', 'begroting'],
  krw: ['kaderrichtlijn water', 'waterkwaliteit'],
  mvi: ['maatschappelijk verantwoord inkopen', 'duurzaam inkopen'],
  mkba: ['maatschappelijke kosten-batenanalyse', 'kosten-batenanalyse'],
  iak: ['integraal afwegingskader', 'beleidskompas'],
  beleidskompas: ['integraal afwegingskader', 'iak'],
  dso: ['digitaal stelsel omgevingswet', 'omgevingsloket'],
  vth: ['vergunningverlening toezicht handhaving', 'vergunningverlening', 'toezicht', 'handhaving'],
  wcag: ['digitale toegankelijkheid', 'toegankelijkheid'],
  bibob: ['integriteitsonderzoek', 'wet bibob'],
  wnra: ['wet normalisering rechtspositie ambtenaren', 'ambtenarenrecht'],
  efro: ['europees fonds voor regionale ontwikkeling', 'europese fondsen'],
  'esf+': ['europees sociaal fonds', 'europese fondsen'],
  interreg: ['europese fondsen', 'grensoverschrijdende samenwerking'],
  bsn: ['burgerservicenummer', 'persoonsgegevens'],
  kcc: ['klantcontactcentrum', 'klantcontact'],
  pbs: ['politiek-bestuurlijke sensitiviteit', 'politieke sensitiviteit'],
  ai: ['kunstmatige intelligentie', 'artificial intelligence', 'algoritme'],
  // Everyday words for the same thing
  omgevingsvergunning: ['vergunning', 'bouwvergunning'],
  vergunning: ['omgevingsvergunning'],
  aanbesteden: ['aanbesteding', 'inkoop', 'inkopen'],
  aanbesteding: ['aanbesteden', 'inkoop'],
  inkoop: ['inkopen', 'aanbesteden'],
  presenteren: ['presentatie', 'spreken in het openbaar', 'presentatievaardigheden'],
  presentatie: ['presenteren'],
  leidinggeven: ['leiderschap', 'leidinggevende', 'management'],
  intervisie: ['collegiale consultatie', 'peer consultation'],
  coaching: ['coachen'],
  mediation: ['bemiddeling', 'conflictbemiddeling'],
  subsidie: ['subsidieregeling', 'subsidies'],
  begroting: ['begroten', 'financien'],
  b1: ['eenvoudige taal', 'begrijpelijke taal', 'helder schrijven', 'taalniveau b1'],
  'helder schrijven': ['begrijpelijke taal', 'b1', 'duidelijke taal'],
  participatie: ['burgerparticipatie', 'inwonersparticipatie', 'inspraak'],
  burgerparticipatie: ['participatie', 'inwonersparticipatie'],
  stakeholders: ['belanghebbenden', 'stakeholdermanagement', 'omgevingsmanagement'],
  agressie: ['de-escaleren', 'agressiehantering', 'agressief gedrag'],
  'de-escaleren': ['agressie', 'agressiehantering'],
  onboarding: ['inwerken', 'introductie nieuwe medewerkers'],
  inwerken: ['onboarding'],
  verzuim: ['ziekteverzuim', 'verzuimgesprek'],
  scrum: ['agile', 'agile werken'],
  agile: ['scrum', 'agile werken'],
  crisiscommunicatie: ['communicatie bij crisis', 'crisis'],
  klimaatadaptatie: ['klimaatbestendig', 'wateroverlast', 'hittestress'],
  energietransitie: ['aardgasvrij', 'warmtetransitie', 'van het gas af'],
  aardgasvrij: ['energietransitie', 'warmtetransitie'],
  excel: ['spreadsheet'],
  python: ['programmeren', 'data-analyse'],
  'power bi': ['dashboard', 'datavisualisatie'],
  integriteit: ['integer handelen', 'ambtseed', 'dilemma'],
  phishing: ['nepmail', 'informatiebeveiliging', 'security awareness'],
};

/** Words that say nothing about the subject of a question or request. */
export const STOP_WORDS = new Set(
  `aan al alle als alles ben bent bij bijvoorbeeld dan dat de deze die dit doe doen door dus een eens en er erg
  ga gaan gaat geen graag had heb hebben hebt heeft het hier hij hoe hun iemand iets ik in is ja je jij jou jouw
  kan kun kunnen kunt maar me meer mee met mij mijn moet moeten mogen na naar niet niets nog nu of om omdat onze
  ons ook op over te tot u uit uw van veel voor waar wanneer want was wat we welk welke wie wij wil willen wilt
  word worden wordt zal ze zelf zich zij zijn zo zoals zoek zoeken zou zouden zonder
  cursus cursussen training trainingen trainer docent collega collegas workshop sessie team iemand uitleg uitleggen
  leren helpen help kennis vraag vragen verschil goed goede nieuwe nieuw eerste manier daar dingen ding echt
  a an and are can for how i in is of on or the to we what who with`
    .split(/\s+/)
    .filter(Boolean),
);
