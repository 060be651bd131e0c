import { startTransition, useOptimistic, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { formatDateTime, formatHours } from '../../format.ts';
import { sessionWhere } from '../../ui/session-mode.ts';
import { REGIONS } from '../../regions.ts';
import { Empty, Loaded, useLabels } from '../../ui/data.tsx';
import { CheckboxField, SelectField, TextField } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { Pager } from '../../ui/pager.tsx';
import { organisationsQuery } from '../organisations/queries.ts';
import { catalogueQuery } from './queries.ts';
import { SearchCombobox, type Suggestion } from './SearchCombobox.tsx';

const FILTER_KEYS = [
  'q',
  'topic',
  'format',
  'level',
  'organisationId',
  'teacherId',
  'region',
  'includeOnline',
  'from',
  'to',
  'freeSeats',
  'sort',
] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;
const PAGE_SIZE = 20;
/** From this width the filters stand beside the results, open; below it they fold away. */
const WIDE = '(min-width: 52rem)';

type FacetOption = { value: string; label: string; count: number };

/** Province names compared without case or accents, Friesland and Fryslân alike. */
const regionKey = (r: string) => {
  const k = r.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return k === 'friesland' ? 'fryslan' : k;
};

export function CataloguePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const inUrl = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  // React Router 7 moves the address bar in a transition: the controls show the reader's choice at once,
  // and a second change made before it lands builds on the first instead of the address bar's older state.
  const [shown, show] = useOptimistic(
    { filters: inUrl, page: Number(params.get('pagina') ?? '1') || 1 },
    (_shown, next: { filters: Filters; page: number }) => next,
  );
  const { filters: current, page } = shown;
  // The text box follows the address bar (back, forward, a link) until the reader types.
  const [draft, setDraft] = useState({ from: current.q, text: current.q });
  if (draft.from !== current.q) setDraft({ from: current.q, text: current.q });
  const [filtersOpen, setFiltersOpen] = useState(() => window.matchMedia(WIDE).matches);

  const organisations = useQuery(organisationsQuery);
  const results = useQuery(catalogueQuery({ ...current, page, pageSize: PAGE_SIZE }));
  const facets = results.data?.facets;

  const apply = (next: Filters, nextPage = 1) => {
    const p: Record<string, string> = {};
    for (const k of FILTER_KEYS) if (next[k]) p[k] = next[k];
    if (nextPage > 1) p.pagina = String(nextPage);
    startTransition(() => {
      show({ filters: next, page: nextPage });
      setParams(p);
    });
  };
  // Filters apply as they change: the result count is announced (a polite live region).
  const set = (k: keyof Filters) => (v: string) => {
    apply({ ...current, [k]: v });
  };
  const active = FILTER_KEYS.filter((k) => k !== 'sort' && k !== 'q' && current[k]).length;
  const withCount = (label: string, count: number | undefined) =>
    t('catalogue.optionCount', '{{label}} ({{count}})', { label, count: count ?? 0 });
  const countOf = (options: FacetOption[] | undefined, value: string) => options?.find((o) => o.value === value)?.count;
  const enumOptions = <V extends string>(options: { value: V; label: string }[], facet: FacetOption[] | undefined) =>
    options.map((o) => ({ value: o.value, label: facets ? withCount(o.label, countOf(facet, o.value)) : o.label }));
  const topics: FacetOption[] = facets?.topic ?? [];
  const topicOptions = [
    ...topics.map((o) => ({ value: o.value, label: withCount(o.label, o.count) })),
    ...(current.topic && !topics.some((o) => o.value === current.topic.toLowerCase())
      ? [{ value: current.topic, label: current.topic }]
      : []),
  ];
  const regionCount = (r: string) => facets?.region.find((o) => regionKey(o.value) === regionKey(r))?.count;
  const pick = (s: Suggestion) => {
    if (s.kind === 'course') void navigate(s.programme ? `/programmas/${s.id}` : `/cursussen/${s.id}`);
    else if (s.kind === 'topic') apply({ ...current, q: '', topic: s.value });
    else apply({ ...current, q: '', teacherId: s.id });
  };

  return (
    <>
      <PageTitle>
        {current.q
          ? t('catalogue.titleFor', 'Cursussen over “{{q}}”', { q: current.q })
          : t('catalogue.title', 'Cursussen')}
      </PageTitle>
      <div className="c-with-sidebar">
        <form
          className="c-filters"
          aria-labelledby="filters-title"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            apply({ ...current, q: draft.text.trim() });
          }}
        >
          <Heading2 id="filters-title">{t('catalogue.filters', 'Zoeken en filteren')}</Heading2>
          <SearchCombobox
            value={draft.text}
            onChange={(text) => setDraft((d) => ({ ...d, text }))}
            onSearch={(text) => apply({ ...current, q: text.trim() })}
            onPick={pick}
          />
          <details
            className="c-filters__more"
            open={filtersOpen}
            onToggle={(e) => setFiltersOpen(e.currentTarget.open)}
          >
            <summary className="c-filters__summary">
              {active
                ? t('catalogue.filtersActive', {
                    defaultValue: 'Filters ({{count}} gekozen)',
                    count: active,
                  })
                : t('catalogue.filtersNone', 'Filters')}
            </summary>
            <SelectField
              label={t('catalogue.topic', 'Onderwerp')}
              name="topic"
              value={current.topic}
              onChange={set('topic')}
              placeholder={t('common.all', 'Alle')}
              options={topicOptions}
            />
            <SelectField
              label={t('catalogue.format', 'Vorm')}
              name="format"
              value={current.format}
              onChange={set('format')}
              placeholder={t('common.all', 'Alle')}
              options={enumOptions(labels.format.options, facets?.format)}
            />
            <SelectField
              label={t('catalogue.level', 'Niveau')}
              name="level"
              value={current.level}
              onChange={set('level')}
              placeholder={t('common.all', 'Alle')}
              options={enumOptions(labels.level.options, facets?.level)}
            />
            <SelectField
              label={t('catalogue.organisation', 'Organisatie')}
              name="organisationId"
              value={current.organisationId}
              onChange={set('organisationId')}
              placeholder={t('common.allOrganisations', 'Alle organisaties')}
              options={(organisations.data ?? []).map((o) => ({
                value: o.id,
                label: facets ? withCount(o.name, countOf(facets.organisationId, o.id)) : o.name,
              }))}
            />
            <SelectField
              label={t('catalogue.region', 'Regio (provincie)')}
              name="region"
              value={current.region}
              onChange={set('region')}
              placeholder={t('common.allRegions', 'Alle regio’s')}
              options={REGIONS.map((r) => ({ value: r, label: facets ? withCount(r, regionCount(r)) : r }))}
            />
            <CheckboxField
              label={t('catalogue.includeOnline', 'Ook online sessies')}
              name="includeOnline"
              checked={current.includeOnline === 'true'}
              onChange={(v) => set('includeOnline')(v ? 'true' : '')}
            />
            <TextField
              label={t('catalogue.from', 'Vanaf datum')}
              name="from"
              type="date"
              value={current.from}
              onChange={set('from')}
            />
            <TextField
              label={t('catalogue.to', 'Tot en met datum')}
              name="to"
              type="date"
              value={current.to}
              onChange={set('to')}
            />
            <CheckboxField
              label={
                facets
                  ? withCount(t('catalogue.freeSeats', 'Alleen met vrije plaatsen'), facets.freeSeats)
                  : t('catalogue.freeSeats', 'Alleen met vrije plaatsen')
              }
              name="freeSeats"
              checked={current.freeSeats === 'true'}
              onChange={(v) => set('freeSeats')(v ? 'true' : '')}
            />
            <SelectField
              label={t('catalogue.sort', 'Sorteren op')}
              name="sort"
              value={current.sort}
              onChange={set('sort')}
              placeholder={
                current.q
                  ? t('catalogue.sortRelevance', 'Best passend')
                  : t('catalogue.sortNext', 'Eerstvolgende sessie')
              }
              options={[
                { value: 'next', label: t('catalogue.sortNext', 'Eerstvolgende sessie') },
                { value: 'newest', label: t('catalogue.sortNewest', 'Nieuwste') },
                { value: 'title', label: t('catalogue.sortTitle', 'Titel (A–Z)') },
              ]}
            />
          </details>
          {current.teacherId && (
            <Paragraph>
              {t('catalogue.teacherOnly', 'Alleen cursussen van de gekozen trainer.')}{' '}
              <Button type="button" appearance="subtle-button" onClick={() => set('teacherId')('')}>
                {t('catalogue.teacherClear', 'Alle trainers')}
              </Button>
            </Paragraph>
          )}
          <ButtonGroup>
            {/* The choices apply at once; this applies the text typed (as Enter does). */}
            <Button type="submit" appearance="primary-action-button">
              {t('catalogue.apply', 'Filters toepassen')}
            </Button>
            {active > 0 && (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() =>
                  apply({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])), q: current.q } as Filters)
                }
              >
                {t('catalogue.clear', 'Wis filters')}
              </Button>
            )}
          </ButtonGroup>
        </form>
        <section aria-labelledby="results-count" className="c-results">
          <Loaded state={results}>
            {(data) => (
              <>
                <Heading2 id="results-count" aria-live="polite">
                  {t('catalogue.count', {
                    defaultValue: '{{count}} cursussen gevonden',
                    defaultValue_one: '{{count}} cursus gevonden',
                    count: data.total,
                  })}
                </Heading2>
                {data.items.length === 0 ? (
                  <Empty>
                    <Paragraph>
                      {t(
                        'catalogue.empty',
                        'Geen cursussen gevonden. Probeer een ander woord of wis een paar filters.',
                      )}
                    </Paragraph>
                    <Paragraph>
                      <RouterLink className="utrecht-link" to="/cursussen">
                        {t('catalogue.showAll', 'Toon alle cursussen')}
                      </RouterLink>
                    </Paragraph>
                  </Empty>
                ) : (
                  <ul className="c-cards" aria-label={t('catalogue.results', 'Zoekresultaten')}>
                    {data.items.map((c) => (
                      <li key={c.id} className="c-card">
                        <h3 className="utrecht-heading-3 c-card__title">
                          {/* A programme's catalogue entry leads to the programme page, with its structure and cohorts. */}
                          <RouterLink
                            className="utrecht-link"
                            to={c.kind === 'programme' ? `/programmas/${c.id}` : `/cursussen/${c.id}`}
                          >
                            {c.title}
                          </RouterLink>
                        </h3>
                        <Paragraph>{c.summary}</Paragraph>
                        <p className="c-meta">
                          {labels.format.of(c.format)} · {labels.level.of(c.level)} · {formatHours(c.durationHours)} ·{' '}
                          {c.organisation.name}
                        </p>
                        <p className="c-meta">
                          {c.nextSession
                            ? t('catalogue.next', 'Eerstvolgende: {{when}}, {{where}} — {{seats}}', {
                                when: formatDateTime(c.nextSession.startsAt),
                                where: sessionWhere(t, c.nextSession),
                                seats:
                                  c.nextSession.seatsLeft > 0
                                    ? t('catalogue.seats', {
                                        defaultValue: '{{count}} plaatsen vrij',
                                        defaultValue_one: '{{count}} plaats vrij',
                                        count: c.nextSession.seatsLeft,
                                      })
                                    : t('catalogue.full', 'vol, wachtlijst open'),
                              })
                            : t('catalogue.noSessions', 'Nog geen sessies gepland')}
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
                <Pager
                  label={t('catalogue.pagination', 'Paginering')}
                  page={page}
                  pageSize={PAGE_SIZE}
                  total={data.total}
                  onPage={(next) => apply(current, next)}
                />
              </>
            )}
          </Loaded>
        </section>
      </div>
    </>
  );
}
