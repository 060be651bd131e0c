import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  Button,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { ApiError, client } from '../../api/client.ts';
import { useAuth } from '../../auth.tsx';
import { formatNumber } from '../../format.ts';
import { Empty, Loaded } from '../../ui/data.tsx';
import { DownloadButton } from '../../ui/download.tsx';
import { SelectField, TextField } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ScrollTable } from '../../ui/table.tsx';
import { organisationsQuery } from '../organisations/queries.ts';
import { knowledgeCapitalQuery, toQuery, type KnowledgeCapital, type KnowledgeCapitalParams } from './queries.ts';
import './insights.css';

/** Rijkshuisstijl dark blue and dark orange: contrast ≥ 3:1 on white, and apart from each other. */
const GIVEN = '#154273';
const RECEIVED = '#b35900';
/** Bars shown in a chart at most; the table beside it has every row. */
const CHART_ROWS = 12;
const TICK = { fill: '#1a1a1a', fontSize: 13 };

/** Today and twelve months back, as days in Europe/Amsterdam (as the API counts them). */
function lastTwelveMonths(): { from: string; to: string } {
  const to = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const [y, m, d] = to.split('-').map(Number);
  return { from: new Date(Date.UTC(y - 1, m - 1, d + 1)).toISOString().slice(0, 10), to };
}

const hours = (n: number) => formatNumber(n);
const euro = (n: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(n);

/**
 * Kenniskapitaal (issue #12 item 6): what colleagues taught and to which organisations, the
 * learner-hours given and received, active trainers, topics, evaluation averages, unanswered
 * demand and the cost avoided with its assumption. L&D see their own organisation, admins all or
 * one. Every chart is an image with a summary, and its figures stand in a table beside it.
 */
export function KnowledgeCapitalPage() {
  const { t, i18n } = useTranslation();
  const { hasRole } = useAuth();
  const isAdmin = hasRole('admin');
  const [draft, setDraft] = useState<KnowledgeCapitalParams>(() => ({ ...lastTwelveMonths(), organisationId: '' }));
  const [params, setParams] = useState<KnowledgeCapitalParams>(draft);
  const state = useQuery({ ...knowledgeCapitalQuery(params), placeholderData: keepPreviousData });
  const organisations = useQuery({ ...organisationsQuery, enabled: isAdmin });
  const fieldErrors = state.error instanceof ApiError ? state.error.fieldErrors : {};
  // The period's own rules, in the reader's language; other field errors as the form shows them.
  const periodText: Partial<Record<string, string>> = {
    periodOrder: t('insights.periodOrder', 'De begindatum moet op of vóór de einddatum liggen.'),
    periodLength: t('insights.periodLength', 'Kies een periode van hoogstens vijf jaar.'),
  };
  const fromText = periodText[fieldErrors.from?.codes?.[0] ?? ''];
  const fromError = fromText ? { field: 'from', messages: [fromText] } : fieldErrors.from;

  return (
    <>
      <PageTitle>{t('insights.title', 'Kenniskapitaal')}</PageTitle>
      <Paragraph>
        {t(
          'insights.intro',
          'Wat collega’s elkaar leren: hoeveel uur onze collega’s lesgaven en aan welke organisaties, hoeveel deelnemersuren we ontvingen, wie er actief lesgeeft, over welke onderwerpen, hoe het gewaardeerd wordt en welke vragen nog geen antwoord hebben.',
        )}
      </Paragraph>
      <form
        className="c-period"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(draft);
        }}
        aria-label={t('insights.periodForm', 'Periode en organisatie')}
      >
        <TextField
          label={t('insights.from', 'Van')}
          name="from"
          type="date"
          required
          value={draft.from}
          error={fromError}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <TextField
          label={t('insights.to', 'Tot en met')}
          name="to"
          type="date"
          required
          value={draft.to}
          error={fieldErrors.to}
          onChange={(to) => setDraft({ ...draft, to })}
        />
        {isAdmin && (
          <SelectField
            label={t('insights.organisation', 'Organisatie')}
            name="organisationId"
            required
            value={draft.organisationId}
            placeholder={t('insights.allOrganisations', 'Alle organisaties')}
            options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            onChange={(organisationId) => setDraft({ ...draft, organisationId })}
          />
        )}
        <div className="c-field">
          <Button type="submit" appearance="primary-action-button">
            {t('insights.show', 'Toon cijfers')}
          </Button>
        </div>
      </form>
      <DownloadButton
        label={t('insights.csv', 'Downloaden als CSV')}
        filename={`kenniskapitaal-${params.from}-${params.to}.csv`}
        request={() =>
          client.GET('/api/insights/knowledge-capital.csv', { params: { query: toQuery(params) }, parseAs: 'blob' })
        }
      />
      <Loaded state={state}>{(d) => <Dashboard d={d} t={t} language={i18n.language} />}</Loaded>
    </>
  );
}

function Dashboard({ d, t, language }: { d: KnowledgeCapital; t: TFunction; language: string }) {
  const scope = d.organisationName ?? t('insights.allOrganisations', 'Alle organisaties');
  return (
    <>
      <Paragraph className="c-meta" aria-live="polite">
        {t('insights.scope', '{{scope}}, van {{from}} tot en met {{to}}', {
          scope,
          from: d.period.from,
          to: d.period.to,
        })}
      </Paragraph>
      <Section id="insights-totals" title={t('insights.totals', 'Kerncijfers')}>
        <dl className="c-kpis">
          <Kpi label={t('insights.hoursTaught', 'Gegeven lesuren')} value={hours(d.totals.hoursTaught)} />
          <Kpi
            label={t('insights.learnerHoursGiven', 'Deelnemersuren gegeven')}
            value={hours(d.totals.learnerHoursGiven)}
          />
          <Kpi
            label={t('insights.learnerHoursReceived', 'Deelnemersuren ontvangen')}
            value={hours(d.totals.learnerHoursReceived)}
          />
          <Kpi label={t('insights.sessions', 'Gehouden bijeenkomsten')} value={String(d.totals.sessions)} />
          <Kpi label={t('insights.activeTrainers', 'Actieve trainers')} value={String(d.totals.activeTrainers)} />
          <Kpi label={t('insights.learners', 'Deelnemers')} value={String(d.totals.learners)} />
        </dl>
        <Paragraph className="c-meta">
          {t(
            'insights.hoursNote',
            'Een bijeenkomst telt mee als er iemand aanwezig was; een programma telt de uren van zijn onderdelen in de periode. Deelnemersuren: uren × aanwezigen. Bij meer docenten krijgt elke docent een gelijk deel.',
          )}
        </Paragraph>
      </Section>
      <Section id="insights-cost" title={t('insights.costTitle', 'Vermeden kosten')}>
        <div className="c-cost">
          <p className="c-cost__amount">{euro(d.costAvoided.amountEur, language)}</p>
          <div>
            <Paragraph>
              {t('insights.costFormula', '{{hours}} deelnemersuren × {{rate}} per deelnemersuur', {
                hours: hours(d.costAvoided.learnerHours),
                rate: new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
                  style: 'currency',
                  currency: 'EUR',
                }).format(d.costAvoided.hourlyRateEur),
              })}
            </Paragraph>
            <Paragraph className="c-cost__assumption">
              <strong>{t('insights.assumption', 'Aanname')}:</strong> {d.costAvoided.assumption}
            </Paragraph>
          </div>
        </div>
      </Section>
      <Organisations d={d} t={t} />
      <Flows d={d} t={t} />
      <Topics d={d} t={t} />
      <Trainers d={d} t={t} />
      <Evaluations d={d} t={t} />
      <Demand d={d} t={t} />
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="c-section">
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

function Kpi({ label, value }: { label: string; value: string }) {
  return (
    <div className="c-kpi">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** A horizontal bar chart as one image with a text summary; the figures are in the table next to it. */
function HorizontalBars({
  rows,
  series,
  summary,
}: {
  rows: Record<string, string | number>[];
  series: { key: string; name: string; colour: string }[];
  summary: string;
}) {
  const shown = rows.slice(0, CHART_ROWS);
  return (
    <div
      className="c-chart"
      role="img"
      aria-label={summary}
      style={{ blockSize: `${String(Math.max(12, shown.length * series.length * 1.4 + 5))}rem` }}
    >
      <BarChart
        responsive
        layout="vertical"
        style={{ inlineSize: '100%', blockSize: '100%' }}
        data={shown}
        accessibilityLayer={false}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={TICK} />
        <YAxis type="category" dataKey="name" width={150} tick={TICK} interval={0} />
        <Legend wrapperStyle={{ color: '#1a1a1a' }} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.colour} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}

const NoData = ({ text }: { text: string }) => (
  <Empty>
    <Paragraph>{text}</Paragraph>
  </Empty>
);

function Organisations({ d, t }: { d: KnowledgeCapital; t: TFunction }) {
  const given = t('insights.given', 'Gegeven');
  const received = t('insights.received', 'Ontvangen');
  const rows = [...d.organisations].sort(
    (a, b) => b.learnerHoursGiven + b.learnerHoursReceived - (a.learnerHoursGiven + a.learnerHoursReceived),
  );
  return (
    <Section id="insights-organisations" title={t('insights.perOrganisation', 'Deelnemersuren per organisatie')}>
      {rows.length === 0 ? (
        <NoData text={t('insights.none', 'In deze periode zijn er geen gehouden bijeenkomsten.')} />
      ) : (
        <>
          <HorizontalBars
            rows={rows.map((o) => ({ name: o.name, given: o.learnerHoursGiven, received: o.learnerHoursReceived }))}
            series={[
              { key: 'given', name: given, colour: GIVEN },
              { key: 'received', name: received, colour: RECEIVED },
            ]}
            summary={t(
              'insights.organisationsChart',
              'Staafdiagram van de deelnemersuren per organisatie. {{figures}}.',
              {
                figures: rows
                  .slice(0, CHART_ROWS)
                  .map(
                    (o) =>
                      `${o.name}: ${given} ${hours(o.learnerHoursGiven)}, ${received} ${hours(o.learnerHoursReceived)}`,
                  )
                  .join('; '),
              },
            )}
          />
          <ScrollTable
            label={t('insights.organisationsTable', 'Deelnemersuren per organisatie als tabel')}
            caption={t(
              'insights.organisationsCaption',
              'Per organisatie: lesuren van haar collega’s en deelnemersuren',
            )}
            columns={[
              t('insights.organisation', 'Organisatie'),
              t('insights.hoursTaught', 'Gegeven lesuren'),
              t('insights.learnerHoursGiven', 'Deelnemersuren gegeven'),
              t('insights.learnerHoursReceived', 'Deelnemersuren ontvangen'),
            ]}
          >
            <TableBody>
              {rows.map((o) => (
                <TableRow key={o.organisationId}>
                  <TableHeaderCell scope="row">{o.name}</TableHeaderCell>
                  <TableCell>{hours(o.hoursTaught)}</TableCell>
                  <TableCell>{hours(o.learnerHoursGiven)}</TableCell>
                  <TableCell>{hours(o.learnerHoursReceived)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
        </>
      )}
    </Section>
  );
}

/** Organisation → organisation as a matrix table: rows teach, columns learn; the shade follows the figure. */
function Flows({ d, t }: { d: KnowledgeCapital; t: TFunction }) {
  const names = new Map<string, string>();
  for (const f of d.flows) {
    names.set(f.fromOrganisationId, f.fromOrganisationName);
    names.set(f.toOrganisationId, f.toOrganisationName);
  }
  const byName = (a: string, b: string) => (names.get(a) ?? '').localeCompare(names.get(b) ?? '', 'nl');
  const from = [...new Set(d.flows.map((f) => f.fromOrganisationId))].sort(byName);
  const to = [...new Set(d.flows.map((f) => f.toOrganisationId))].sort(byName);
  const cell = new Map(d.flows.map((f) => [`${f.fromOrganisationId}|${f.toOrganisationId}`, f.learnerHours]));
  const max = Math.max(1, ...d.flows.map((f) => f.learnerHours));
  return (
    <Section id="insights-flows" title={t('insights.flows', 'Wie leert wie: van organisatie naar organisatie')}>
      <Paragraph>
        {t(
          'insights.flowsIntro',
          'Rijen: de organisatie van de docenten. Kolommen: de organisatie van de deelnemers. In elke cel de deelnemersuren; hoe donkerder, hoe meer.',
        )}
      </Paragraph>
      {d.flows.length === 0 ? (
        <NoData text={t('insights.noFlows', 'Geen kennisstromen in deze periode.')} />
      ) : (
        <ScrollTable
          label={t('insights.flowsTable', 'Kennisstromen als tabel')}
          caption={t(
            'insights.flowsCaption',
            'Deelnemersuren van docentorganisatie (rij) naar deelnemersorganisatie (kolom)',
          )}
          columns={[t('insights.teachersFrom', 'Docenten van ↓ / deelnemers van →'), ...to.map((id) => names.get(id))]}
        >
          <TableBody className="c-matrix">
            {from.map((f) => (
              <TableRow key={f}>
                <TableHeaderCell scope="row">{names.get(f)}</TableHeaderCell>
                {to.map((id) => {
                  const value = cell.get(`${f}|${id}`) ?? 0;
                  return (
                    <TableCell
                      key={id}
                      style={
                        value
                          ? { backgroundColor: `rgba(21, 66, 115, ${String(0.05 + (0.3 * value) / max)})` }
                          : undefined
                      }
                    >
                      {value ? hours(value) : '–'}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </Section>
  );
}

function Topics({ d, t }: { d: KnowledgeCapital; t: TFunction }) {
  const label = t('insights.learnerHours', 'Deelnemersuren');
  return (
    <Section id="insights-topics" title={t('insights.topics', 'Cursussen en trainers per onderwerp')}>
      {d.topics.length === 0 ? (
        <NoData text={t('insights.noTopics', 'Geen onderwerpen in deze periode.')} />
      ) : (
        <>
          <HorizontalBars
            rows={d.topics.map((x) => ({ name: x.topic, learnerHours: x.learnerHours }))}
            series={[{ key: 'learnerHours', name: label, colour: GIVEN }]}
            summary={t('insights.topicsChart', 'Staafdiagram van de deelnemersuren per onderwerp. {{figures}}.', {
              figures: d.topics
                .slice(0, CHART_ROWS)
                .map((x) => `${x.topic}: ${hours(x.learnerHours)}`)
                .join('; '),
            })}
          />
          <ScrollTable
            label={t('insights.topicsTable', 'Onderwerpen als tabel')}
            caption={t('insights.topicsCaption', 'Per onderwerp, de meeste deelnemersuren eerst')}
            columns={[
              t('insights.topic', 'Onderwerp'),
              t('insights.courses', 'Cursussen'),
              t('insights.trainers', 'Trainers'),
              label,
            ]}
          >
            <TableBody>
              {d.topics.map((x) => (
                <TableRow key={x.topic}>
                  <TableHeaderCell scope="row">{x.topic}</TableHeaderCell>
                  <TableCell>{x.courses}</TableCell>
                  <TableCell>{x.trainers}</TableCell>
                  <TableCell>{hours(x.learnerHours)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
        </>
      )}
    </Section>
  );
}

function Trainers({ d, t }: { d: KnowledgeCapital; t: TFunction }) {
  return (
    <Section id="insights-trainers" title={t('insights.activeTrainers', 'Actieve trainers')}>
      {d.trainers.length === 0 ? (
        <NoData text={t('insights.noTrainers', 'Geen trainers actief in deze periode.')} />
      ) : (
        <ScrollTable
          label={t('insights.trainersTable', 'Trainers als tabel')}
          caption={t('insights.trainersCaption', 'Collega’s die lesgaven, de meeste uren eerst')}
          columns={[
            t('insights.trainer', 'Trainer'),
            t('insights.organisation', 'Organisatie'),
            t('insights.hoursTaught', 'Gegeven lesuren'),
            t('insights.sessions', 'Gehouden bijeenkomsten'),
            t('insights.learnerHours', 'Deelnemersuren'),
          ]}
        >
          <TableBody>
            {d.trainers.map((x) => (
              <TableRow key={x.userId}>
                <TableHeaderCell scope="row">{x.name}</TableHeaderCell>
                <TableCell>{x.organisationName}</TableCell>
                <TableCell>{hours(x.hoursTaught)}</TableCell>
                <TableCell>{x.sessions}</TableCell>
                <TableCell>{hours(x.learnerHours)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </Section>
  );
}

function Evaluations({ d, t }: { d: KnowledgeCapital; t: TFunction }) {
  const e = d.evaluations;
  const tooFew = t('insights.tooFew', 'Te weinig antwoorden om te tonen');
  return (
    <Section id="insights-evaluations" title={t('insights.evaluations', 'Evaluaties')}>
      <Paragraph>
        {e.all.shown
          ? t(
              'insights.evaluationsAll',
              'Alle {{count}} antwoorden samen: totaal {{overall}}, bruikbaar in het werk {{usefulness}}, docent {{teacher}} (schaal 1 tot 5).',
              {
                count: e.all.count ?? 0,
                overall: formatNumber(e.all.overall),
                usefulness: formatNumber(e.all.usefulness),
                teacher: formatNumber(e.all.teacher),
              },
            )
          : t('insights.evaluationsNone', 'Nog te weinig antwoorden om gemiddelden te tonen.')}{' '}
        {t(
          'insights.evaluationsThreshold',
          'Een gemiddelde verschijnt pas vanaf {{min}} antwoorden, zodat niemand herkenbaar is.',
          { min: e.minResponses },
        )}
      </Paragraph>
      {e.courses.length > 0 && (
        <ScrollTable
          label={t('insights.evaluationsTable', 'Evaluaties per cursus als tabel')}
          caption={t('insights.evaluationsCaption', 'Gemiddelden per cursus (schaal 1 tot 5)')}
          columns={[
            t('insights.course', 'Cursus'),
            t('insights.answers', 'Antwoorden'),
            t('insights.overall', 'Totaal'),
            t('insights.usefulness', 'Bruikbaar in het werk'),
            t('insights.teacher', 'Docent'),
          ]}
        >
          <TableBody>
            {e.courses.map((c) => (
              <TableRow key={c.courseId}>
                <TableHeaderCell scope="row">{c.title}</TableHeaderCell>
                {c.shown ? (
                  <>
                    <TableCell>{c.count}</TableCell>
                    <TableCell>{formatNumber(c.overall)}</TableCell>
                    <TableCell>{formatNumber(c.usefulness)}</TableCell>
                    <TableCell>{formatNumber(c.teacher)}</TableCell>
                  </>
                ) : (
                  <TableCell colSpan={4}>{tooFew}</TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </Section>
  );
}

function Demand({ d, t }: { d: KnowledgeCapital; t: TFunction }) {
  return (
    <Section id="insights-demand" title={t('insights.demand', 'Vragen zonder antwoord per onderwerp')}>
      <Paragraph>
        {t('insights.demandIntro', '{{count}} kennisvragen in deze periode vonden geen collega die goed past.', {
          count: d.demand.unanswered,
        })}
      </Paragraph>
      {d.demand.topics.length > 0 && (
        <ScrollTable
          label={t('insights.demandTable', 'Vragen zonder antwoord als tabel')}
          caption={t('insights.demandCaption', 'Per onderwerp van de vraag, de meeste eerst')}
          columns={[t('insights.topic', 'Onderwerp'), t('insights.questions', 'Vragen')]}
        >
          <TableBody>
            {d.demand.topics.map((x) => (
              <TableRow key={x.topic}>
                <TableHeaderCell scope="row">{x.topic}</TableHeaderCell>
                <TableCell>{x.unanswered}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </Section>
  );
}
