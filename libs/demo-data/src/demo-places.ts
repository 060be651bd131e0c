// Demo data: e-mail domains and meeting rooms of the organisations in the demo catalogue.
// Addresses are public office addresses; room names are invented.

export interface DemoVenue {
  venueName: string;
  address: string;
  city: string;
}

export interface DemoPlace {
  emailDomains: string[];
  city: string;
  venues: DemoVenue[];
}

/** Keyed by organisation slug (the `id` in the knowledge-bank catalogue). */
export const DEMO_PLACES: Partial<Record<string, DemoPlace>> = {
  // Ministeries
  bzk: {
    emailDomains: ['minbzk.nl'],
    city: 'Den Haag',
    venues: [
      { venueName: 'Ministerie van BZK, zaal Thorbecke', address: 'Turfmarkt 147', city: 'Den Haag' },
      { venueName: 'Ministerie van BZK, zaal Kaag', address: 'Turfmarkt 147', city: 'Den Haag' },
    ],
  },
  ez: {
    emailDomains: ['minezk.nl'],
    city: 'Den Haag',
    venues: [{ venueName: 'Ministerie van EZ, zaal Bezuidenhout', address: 'Bezuidenhoutseweg 73', city: 'Den Haag' }],
  },
  kgg: {
    emailDomains: ['minkgg.nl'],
    city: 'Den Haag',
    venues: [{ venueName: 'Ministerie van KGG, zaal Windkracht', address: 'Bezuidenhoutseweg 73', city: 'Den Haag' }],
  },
  lvvn: {
    emailDomains: ['minlnv.nl'],
    city: 'Den Haag',
    venues: [
      { venueName: 'Ministerie van LVVN, zaal De Hoge Veluwe', address: 'Bezuidenhoutseweg 73', city: 'Den Haag' },
      { venueName: 'Ministerie van LVVN, zaal Waddenzee', address: 'Bezuidenhoutseweg 73', city: 'Den Haag' },
    ],
  },
  ienw: {
    emailDomains: ['minienw.nl'],
    city: 'Den Haag',
    venues: [
      { venueName: 'Ministerie van IenW, zaal Lely', address: 'Rijnstraat 8', city: 'Den Haag' },
      { venueName: 'Ministerie van IenW, zaal Afsluitdijk', address: 'Rijnstraat 8', city: 'Den Haag' },
    ],
  },
  vws: {
    emailDomains: ['minvws.nl'],
    city: 'Den Haag',
    venues: [{ venueName: 'Ministerie van VWS, zaal Aletta Jacobs', address: 'Parnassusplein 5', city: 'Den Haag' }],
  },
  fin: {
    emailDomains: ['minfin.nl'],
    city: 'Den Haag',
    venues: [
      { venueName: 'Ministerie van Financiën, zaal Pierson', address: 'Korte Voorhout 7', city: 'Den Haag' },
      { venueName: 'Ministerie van Financiën, zaal Gorter', address: 'Korte Voorhout 7', city: 'Den Haag' },
    ],
  },
  jenv: {
    emailDomains: ['minjenv.nl'],
    city: 'Den Haag',
    venues: [{ venueName: 'Ministerie van JenV, zaal Grotius', address: 'Turfmarkt 147', city: 'Den Haag' }],
  },
  ocw: {
    emailDomains: ['minocw.nl'],
    city: 'Den Haag',
    venues: [
      { venueName: 'Ministerie van OCW, zaal Erasmus', address: 'Rijnstraat 50', city: 'Den Haag' },
      { venueName: 'Ministerie van OCW, zaal Spinoza', address: 'Rijnstraat 50', city: 'Den Haag' },
    ],
  },
  szw: {
    emailDomains: ['minszw.nl'],
    city: 'Den Haag',
    venues: [{ venueName: 'Ministerie van SZW, zaal Drees', address: 'Parnassusplein 5', city: 'Den Haag' }],
  },
  vro: {
    emailDomains: ['minvro.nl'],
    city: 'Den Haag',
    venues: [{ venueName: 'Ministerie van VRO, zaal Berlage', address: 'Turfmarkt 147', city: 'Den Haag' }],
  },

  // Uitvoeringsorganisaties
  belastingdienst: {
    emailDomains: ['belastingdienst.nl'],
    city: 'Den Haag',
    venues: [
      { venueName: 'Belastingdienst, zaal Hofvijver', address: 'Prinses Beatrixlaan 512', city: 'Den Haag' },
      { venueName: 'Belastingdienst, zaal Duinzicht', address: 'Prinses Beatrixlaan 512', city: 'Den Haag' },
    ],
  },
  uwv: {
    emailDomains: ['uwv.nl'],
    city: 'Amsterdam',
    venues: [{ venueName: 'UWV hoofdkantoor, zaal Sloterdijk', address: 'La Guardiaweg 116', city: 'Amsterdam' }],
  },
  rvo: {
    emailDomains: ['rvo.nl'],
    city: 'Den Haag',
    venues: [
      { venueName: 'RVO, zaal Ondernemerschap', address: 'Prinses Beatrixlaan 2', city: 'Den Haag' },
      { venueName: 'RVO, zaal Hanze', address: 'Hanzelaan 310', city: 'Zwolle' },
    ],
  },
  rws: {
    emailDomains: ['rws.nl'],
    city: 'Utrecht',
    venues: [
      { venueName: 'Rijkswaterstaat, zaal Deltawerken', address: 'Griffioenlaan 2', city: 'Utrecht' },
      { venueName: 'Rijkswaterstaat, zaal Maeslantkering', address: 'Griffioenlaan 2', city: 'Utrecht' },
    ],
  },
  duo: {
    emailDomains: ['duo.nl'],
    city: 'Groningen',
    venues: [{ venueName: 'DUO, zaal Kempkensberg', address: 'Kempkensberg 12', city: 'Groningen' }],
  },
  cbs: {
    emailDomains: ['cbs.nl'],
    city: 'Den Haag',
    venues: [
      { venueName: 'CBS, zaal Quetelet', address: 'Henri Faasdreef 312', city: 'Den Haag' },
      { venueName: 'CBS, zaal Methoden', address: 'CBS-weg 11', city: 'Heerlen' },
    ],
  },
  ind: {
    emailDomains: ['ind.nl'],
    city: 'Den Haag',
    venues: [{ venueName: 'IND, zaal Wereldwijd', address: 'Rijnstraat 8', city: 'Den Haag' }],
  },
  dji: {
    emailDomains: ['dji.minjus.nl'],
    city: 'Den Haag',
    venues: [{ venueName: 'DJI hoofdkantoor, zaal Perspectief', address: 'Turfmarkt 147', city: 'Den Haag' }],
  },
  logius: {
    emailDomains: ['logius.nl'],
    city: 'Den Haag',
    venues: [
      { venueName: 'Logius, zaal DigiD', address: 'Wilhelmina van Pruisenweg 52', city: 'Den Haag' },
      { venueName: 'Logius, zaal Standaarden', address: 'Wilhelmina van Pruisenweg 52', city: 'Den Haag' },
    ],
  },
  kadaster: {
    emailDomains: ['kadaster.nl'],
    city: 'Apeldoorn',
    venues: [
      { venueName: 'Kadaster, zaal Triangulatie', address: 'Hofstraat 110', city: 'Apeldoorn' },
      { venueName: 'Kadaster, zaal Meetlint', address: 'Hofstraat 110', city: 'Apeldoorn' },
    ],
  },
  cjib: {
    emailDomains: ['cjib.nl'],
    city: 'Leeuwarden',
    venues: [{ venueName: 'CJIB, zaal Elfsteden', address: 'Pieter Stuyvesantweg 2', city: 'Leeuwarden' }],
  },

  // Gemeenten
  'gemeente-utrecht': {
    emailDomains: ['utrecht.nl'],
    city: 'Utrecht',
    venues: [
      { venueName: 'Stadskantoor Utrecht, zaal Domtoren', address: 'Stadsplateau 1', city: 'Utrecht' },
      { venueName: 'Stadskantoor Utrecht, zaal Vaartsche Rijn', address: 'Stadsplateau 1', city: 'Utrecht' },
    ],
  },
  'gemeente-amsterdam': {
    emailDomains: ['amsterdam.nl'],
    city: 'Amsterdam',
    venues: [
      { venueName: 'Stadhuis Amsterdam, zaal Amstel', address: 'Amstel 1', city: 'Amsterdam' },
      { venueName: 'Stadhuis Amsterdam, zaal Waterlooplein', address: 'Amstel 1', city: 'Amsterdam' },
    ],
  },
  'gemeente-rotterdam': {
    emailDomains: ['rotterdam.nl'],
    city: 'Rotterdam',
    venues: [
      { venueName: 'Stadhuis Rotterdam, zaal Coolsingel', address: 'Coolsingel 40', city: 'Rotterdam' },
      { venueName: 'Timmerhuis, zaal Erasmusbrug', address: 'Halvemaansteeg 4', city: 'Rotterdam' },
    ],
  },
  'gemeente-zwolle': {
    emailDomains: ['zwolle.nl'],
    city: 'Zwolle',
    venues: [{ venueName: 'Stadskantoor Zwolle, zaal Sassenpoort', address: 'Lübeckplein 2', city: 'Zwolle' }],
  },
  'gemeente-oude-ijsselstreek': {
    emailDomains: ['oude-ijsselstreek.nl'],
    city: 'Gendringen',
    venues: [
      { venueName: 'Gemeentehuis Oude IJsselstreek, zaal Achterhoek', address: 'Staringstraat 26', city: 'Gendringen' },
    ],
  },
  'gemeente-barneveld': {
    emailDomains: ['barneveld.nl'],
    city: 'Barneveld',
    venues: [{ venueName: 'Gemeentehuis Barneveld, zaal De Veluwe', address: 'Raadhuisplein 2', city: 'Barneveld' }],
  },
  'gemeente-eindhoven': {
    emailDomains: ['eindhoven.nl'],
    city: 'Eindhoven',
    venues: [
      { venueName: 'Stadhuis Eindhoven, zaal Lichtstad', address: 'Stadhuisplein 1', city: 'Eindhoven' },
      { venueName: 'Stadhuis Eindhoven, zaal Dommel', address: 'Stadhuisplein 1', city: 'Eindhoven' },
    ],
  },
  'gemeente-groningen': {
    emailDomains: ['groningen.nl'],
    city: 'Groningen',
    venues: [{ venueName: 'Stadhuis Groningen, zaal Martini', address: 'Grote Markt 1', city: 'Groningen' }],
  },
  'gemeente-maastricht': {
    emailDomains: ['maastricht.nl'],
    city: 'Maastricht',
    venues: [
      { venueName: 'Stadhuis Maastricht, zaal Vrijthof', address: 'Markt 78', city: 'Maastricht' },
      { venueName: 'Mosae Forum, zaal Maas', address: 'Mosae Forum 10', city: 'Maastricht' },
    ],
  },

  // Provincies
  'provincie-gelderland': {
    emailDomains: ['gelderland.nl'],
    city: 'Arnhem',
    venues: [
      { venueName: 'Huis der Provincie, zaal Rijn', address: 'Markt 11', city: 'Arnhem' },
      { venueName: 'Huis der Provincie, zaal Veluwezoom', address: 'Markt 11', city: 'Arnhem' },
    ],
  },
  'provincie-noord-brabant': {
    emailDomains: ['brabant.nl'],
    city: "'s-Hertogenbosch",
    venues: [
      { venueName: 'Provinciehuis Noord-Brabant, zaal Peel', address: 'Brabantlaan 1', city: "'s-Hertogenbosch" },
      { venueName: 'Provinciehuis Noord-Brabant, zaal Biesbosch', address: 'Brabantlaan 1', city: "'s-Hertogenbosch" },
    ],
  },
  'provincie-utrecht': {
    emailDomains: ['provincie-utrecht.nl'],
    city: 'Utrecht',
    venues: [{ venueName: 'Provinciehuis Utrecht, zaal Heuvelrug', address: 'Archimedeslaan 6', city: 'Utrecht' }],
  },

  // Waterschappen
  hhnk: {
    emailDomains: ['hhnk.nl'],
    city: 'Heerhugowaard',
    venues: [
      { venueName: 'HHNK, zaal Leeghwater', address: 'Bevelandseweg 1', city: 'Heerhugowaard' },
      { venueName: 'HHNK, zaal Hondsbossche Zeewering', address: 'Bevelandseweg 1', city: 'Heerhugowaard' },
    ],
  },
  'waterschap-rijn-en-ijssel': {
    emailDomains: ['wrij.nl'],
    city: 'Doetinchem',
    venues: [{ venueName: 'Waterschap Rijn en IJssel, zaal Oude IJssel', address: 'Liemersweg 2', city: 'Doetinchem' }],
  },

  // Overig
  vng: {
    emailDomains: ['vng.nl'],
    city: 'Den Haag',
    venues: [
      { venueName: 'VNG, zaal Hofstad', address: 'Nassaulaan 12', city: 'Den Haag' },
      { venueName: 'VNG, zaal Nassau', address: 'Nassaulaan 12', city: 'Den Haag' },
    ],
  },
};
