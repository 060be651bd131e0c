/** Catalogue passages of three fields (Wmo, procurement, dashboards) for the LSA unit specs. */
export const FIELD_PASSAGES = [
  'Wmo consulent keukentafelgesprek vraagverheldering met inwoners en mantelzorgers',
  'Vraagverheldering aan de keukentafel: het gesprek met de inwoner over ondersteuning Wmo',
  'Mantelzorg en Wmo maatwerkvoorzieningen voor inwoners, het keukentafelgesprek',
  'Aanbesteden en inkoop: Europese aanbesteding, gunning en contractmanagement',
  'Inkoop en contractmanagement, leveranciers en aanbesteding in de praktijk',
  'Europese aanbesteding voor inkopers: procedures, gunning en bezwaar',
  'Power BI dashboards bouwen met data uit Excel',
  'Excel en Power BI voor beleidsmedewerkers: data visualiseren in dashboards',
];
