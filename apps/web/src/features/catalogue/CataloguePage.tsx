import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { formatDateTime, formatHours } from '../../format.ts';
import { sessionWhere } from '../../ui/session-mode.ts';
import { REGIONS } from '../../regions.ts';
import { Empty, Loaded, useLabels } from '../../ui/data.tsx';
import { CheckboxField, SelectField, TextField } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { organisationsQuery } from '../organisations/queries.ts';
import { catalogueQuery } from './queries.ts';

const FILTER_KEYS = [
  'q',
  'topic',
  'format',
  'level',
  'organisationId',
  'region',
  'from',
  'to',
  'freeSeats',
  'sort',
] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;
const PAGE_SIZE = 20;

export function CataloguePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const current = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const page = Number(params.get('pagina') ?? '1') || 1;
  // The form follows the address bar (back, forward, a link) until the reader edits it.
  const search = params.toString();
  const [draft, setDraft] = useState<{ search: string; filters: Filters }>({ search, filters: current });
  if (draft.search !== search) setDraft({ search, filters: current });
  const filters = draft.filters;

  const organisations = useQuery(organisationsQuery);
  const results = useQuery(catalogueQuery({ ...current, page, pageSize: PAGE_SIZE }));

  const apply = (next: Filters, nextPage = 1) => {
    const p: Record<string, string> = {};
    for (const k of FILTER_KEYS) if (next[k]) p[k] = next[k];
    if (nextPage > 1) p.pagina = String(nextPage);
    setParams(p);
  };
  const set = (k: keyof Filters) => (v: string) => {
    setDraft((d) => ({ ...d, filters: { ...d.filters, [k]: v } }));
  };
  const active = FILTER_KEYS.filter((k) => k !== 'sort' && current[k]).length;

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
          onSubmit={(e) => {
            e.preventDefault();
            apply(filters);
          }}
        >
          <Heading2 id="filters-title">{t('catalogue.filters', 'Zoeken en filteren')}</Heading2>
          <TextField
            label={t('catalogue.q', 'Wat wil je leren?')}
            name="q"
            type="search"
            value={filters.q}
            onChange={set('q')}
            required
          />
          <TextField
            label={t('catalogue.topic', 'Onderwerp')}
            name="topic"
            value={filters.topic}
            onChange={set('topic')}
            description={t('catalogue.topicHelp', 'Bijvoorbeeld: privacy')}
          />
          <SelectField
            label={t('catalogue.format', 'Vorm')}
            name="format"
            value={filters.format}
            onChange={set('format')}
            placeholder={t('common.all', 'Alle')}
            options={labels.format.options}
          />
          <SelectField
            label={t('catalogue.level', 'Niveau')}
            name="level"
            value={filters.level}
            onChange={set('level')}
            placeholder={t('common.all', 'Alle')}
            options={labels.level.options}
          />
          <SelectField
            label={t('catalogue.organisation', 'Organisatie')}
            name="organisationId"
            value={filters.organisationId}
            onChange={set('organisationId')}
            placeholder={t('common.allOrganisations', 'Alle organisaties')}
            options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
          <SelectField
            label={t('catalogue.region', 'Regio (provincie)')}
            name="region"
            value={filters.region}
            onChange={set('region')}
            placeholder={t('common.allRegions', 'Alle regio’s')}
            options={REGIONS.map((r) => ({ value: r, label: r }))}
          />
          <TextField
            label={t('catalogue.from', 'Vanaf datum')}
            name="from"
            type="date"
            value={filters.from}
            onChange={set('from')}
          />
          <TextField
            label={t('catalogue.to', 'Tot en met datum')}
            name="to"
            type="date"
            value={filters.to}
            onChange={set('to')}
          />
          <CheckboxField
            label={t('catalogue.freeSeats', 'Alleen met vrije plaatsen')}
            name="freeSeats"
            checked={filters.freeSeats === 'true'}
            onChange={(v) => set('freeSeats')(v ? 'true' : '')}
          />
          <SelectField
            label={t('catalogue.sort', 'Sorteren op')}
            name="sort"
            value={filters.sort}
            onChange={set('sort')}
            placeholder={
              current.q ? t('catalogue.sortRelevance', 'Best passend') : t('catalogue.sortNext', 'Eerstvolgende sessie')
            }
            options={[
              { value: 'next', label: t('catalogue.sortNext', 'Eerstvolgende sessie') },
              { value: 'newest', label: t('catalogue.sortNewest', 'Nieuwste') },
              { value: 'title', label: t('catalogue.sortTitle', 'Titel (A–Z)') },
            ]}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button">
              {t('catalogue.apply', 'Filters toepassen')}
            </Button>
            {active > 0 && (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => apply({ ...current, ...Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) })}
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
                {data.total > PAGE_SIZE && (
                  <nav aria-label={t('catalogue.pagination', 'Paginering')} className="c-pagination">
                    {page > 1 && (
                      <Button appearance="secondary-action-button" onClick={() => apply(current, page - 1)}>
                        {t('catalogue.previous', 'Vorige pagina')}
                      </Button>
                    )}
                    <span>
                      {t('catalogue.pageOf', 'Pagina {{page}} van {{pages}}', {
                        page,
                        pages: Math.ceil(data.total / PAGE_SIZE),
                      })}
                    </span>
                    {page * PAGE_SIZE < data.total && (
                      <Button appearance="secondary-action-button" onClick={() => apply(current, page + 1)}>
                        {t('catalogue.nextPage', 'Volgende pagina')}
                      </Button>
                    )}
                  </nav>
                )}
              </>
            )}
          </Loaded>
        </section>
      </div>
    </>
  );
}
