import { stringify } from 'csv-stringify/sync';
import type { KnowledgeCapitalDto } from './dto/knowledge-capital.dto.js';

/** Dutch column names of the one long table the CSV export is. */
export const CSV_COLUMNS = ['Onderdeel', 'Cijfer', 'Naam', 'Van organisatie', 'Naar organisatie', 'Waarde', 'Eenheid'];

type Cell = string | number | null;

// A cell a spreadsheet would read as a formula gets a leading quote (OWASP "CSV injection").
const safe = (value: Cell): Cell => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The dashboard as one long table (RFC 4180, comma-separated, UTF-8, '.' as decimal point): a row
 * per figure, the section in `Onderdeel`, what it measures in `Cijfer`; evaluation averages below
 * the threshold are left empty, as on the dashboard.
 */
export function knowledgeCapitalCsv(d: KnowledgeCapitalDto): string {
  const rows: Cell[][] = [];
  const row = (
    section: string,
    figure: string,
    name: Cell,
    value: Cell,
    unit: string,
    from: Cell = '',
    to: Cell = '',
  ) => rows.push([section, figure, name, from, to, value, unit]);
  const scope = d.organisationName ?? 'Alle organisaties';
  row('Periode', 'Van', scope, d.period.from, 'datum');
  row('Periode', 'Tot en met', scope, d.period.to, 'datum');
  row('Totalen', 'Gegeven lesuren', scope, d.totals.hoursTaught, 'uur');
  row('Totalen', 'Gegeven deelnemersuren', scope, d.totals.learnerHoursGiven, 'deelnemersuur');
  row('Totalen', 'Ontvangen deelnemersuren', scope, d.totals.learnerHoursReceived, 'deelnemersuur');
  row('Totalen', 'Gehouden bijeenkomsten', scope, d.totals.sessions, 'aantal');
  row('Totalen', 'Actieve trainers', scope, d.totals.activeTrainers, 'aantal');
  row('Totalen', 'Deelnemers', scope, d.totals.learners, 'aantal');
  for (const f of d.flows)
    row(
      'Kennisstroom',
      'Deelnemersuren',
      null,
      f.learnerHours,
      'deelnemersuur',
      f.fromOrganisationName,
      f.toOrganisationName,
    );
  for (const o of d.organisations) {
    row('Organisatie', 'Gegeven lesuren', o.name, o.hoursTaught, 'uur');
    row('Organisatie', 'Gegeven deelnemersuren', o.name, o.learnerHoursGiven, 'deelnemersuur');
    row('Organisatie', 'Ontvangen deelnemersuren', o.name, o.learnerHoursReceived, 'deelnemersuur');
  }
  for (const t of d.trainers) {
    row('Trainer', 'Gegeven lesuren', t.name, t.hoursTaught, 'uur', t.organisationName);
    row('Trainer', 'Bijeenkomsten', t.name, t.sessions, 'aantal', t.organisationName);
  }
  for (const t of d.topics) {
    row('Onderwerp', 'Cursussen', t.topic, t.courses, 'aantal');
    row('Onderwerp', 'Trainers', t.topic, t.trainers, 'aantal');
    row('Onderwerp', 'Deelnemersuren', t.topic, t.learnerHours, 'deelnemersuur');
  }
  const evaluation = (name: string, e: KnowledgeCapitalDto['evaluations']['all']) => {
    row('Evaluatie', 'Aantal antwoorden', name, e.count, 'aantal');
    row('Evaluatie', 'Gemiddelde totaal', name, e.overall, 'score 1-5');
    row('Evaluatie', 'Gemiddelde bruikbaarheid', name, e.usefulness, 'score 1-5');
    row('Evaluatie', 'Gemiddelde docent', name, e.teacher, 'score 1-5');
  };
  evaluation('Alle cursussen', d.evaluations.all);
  for (const c of d.evaluations.courses) evaluation(c.title, c);
  row('Vraag zonder antwoord', 'Vragen', 'Alle onderwerpen', d.demand.unanswered, 'aantal');
  for (const t of d.demand.topics) row('Vraag zonder antwoord', 'Vragen', t.topic, t.unanswered, 'aantal');
  row('Vermeden kosten', 'Deelnemersuren', scope, d.costAvoided.learnerHours, 'deelnemersuur');
  row('Vermeden kosten', 'Marktprijs per deelnemersuur', scope, d.costAvoided.hourlyRateEur, 'euro');
  row('Vermeden kosten', 'Vermeden kosten', scope, d.costAvoided.amountEur, 'euro');
  row('Vermeden kosten', 'Aanname', scope, d.costAvoided.assumption, 'tekst');
  return stringify([CSV_COLUMNS, ...rows.map((r) => r.map(safe))], { record_delimiter: '\r\n' });
}
