import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { Empty, Loaded } from '../../ui/data.tsx';
import { CheckboxField, FormProblem, SelectField, TextField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { Pager } from '../../ui/pager.tsx';
import { useSettle } from '../../ui/query.tsx';
import { organisationsQuery } from '../organisations/queries.ts';
import { AlumnusCard } from './AlumnusCard.tsx';
import { alumniConsentQuery, alumniKeys, alumniSearchQuery } from './queries.ts';
import './alumni.css';

const FILTER_KEYS = ['q', 'topic', 'organisationId', 'courseId'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;
const PAGE_SIZE = 20;

/** /alumni — "Alumni-netwerk": my own findability, and a search of colleagues who took a course. */
export function AlumniPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('alumni.title', 'Alumni-netwerk')}</PageTitle>
      <Paragraph appearance="lead">
        {t(
          'alumni.intro',
          'Vind collega’s van andere organisaties die een cursus of programma al deden, en vraag ze naar hun ervaring. Alleen wie dat zelf aanzet, is vindbaar.',
        )}
      </Paragraph>
      <ConsentSection />
      <SearchSection />
    </>
  );
}

function ConsentSection() {
  const { t } = useTranslation();
  const state = useQuery(alumniConsentQuery);
  return (
    <section aria-labelledby="alumni-consent" className="c-alumni-consent">
      <Heading2 id="alumni-consent">{t('alumni.consentTitle', 'Mijn vindbaarheid')}</Heading2>
      <Loaded state={state}>
        {(c) => (
          <ConsentForm
            key={c.updatedAt ?? 'never'}
            initial={{ findable: c.findable, showEmail: c.showEmail, jobTitle: c.jobTitle ?? '' }}
          />
        )}
      </Loaded>
    </section>
  );
}

function ConsentForm({ initial }: { initial: { findable: boolean; showEmail: boolean; jobTitle: string } }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const form = useApiForm(initial);
  return (
    <form
      noValidate
      aria-labelledby="alumni-consent"
      onSubmit={(e) =>
        form.submit(e, async () => {
          await ok(
            client.PUT('/api/me/alumni-consent', {
              body: {
                findable: form.values.findable,
                showEmail: form.values.showEmail,
                jobTitle: form.values.jobTitle.trim() || null,
              },
            }),
          );
          await settle(
            form.values.findable
              ? t('alumni.consentOn', 'Je bent vindbaar als alumnus van de cursussen en programma’s die je deed.')
              : t('alumni.consentOff', 'Je bent niet (meer) vindbaar als alumnus; je staat in geen enkele lijst.'),
            [alumniKeys.all],
          );
        })
      }
    >
      <FormProblem problem={form.problem} />
      <CheckboxField
        label={t('alumni.findable', 'Maak mij vindbaar als alumnus')}
        name="findable"
        checked={form.values.findable}
        onChange={(v) => form.set('findable', v)}
        error={form.errors.findable}
        description={t(
          'alumni.findableHelp',
          'Ingelogde collega’s van alle organisaties zien dan je naam, functie en organisatie bij de cursussen en programma’s waarbij je aanwezig was, en kunnen je een bericht sturen. Eén keuze voor al je cursussen; uitzetten haalt je direct uit alle lijsten.',
        )}
      />
      <CheckboxField
        label={t('alumni.showEmail', 'Toon ook mijn e-mailadres')}
        name="showEmail"
        checked={form.values.showEmail}
        onChange={(v) => form.set('showEmail', v)}
        error={form.errors.showEmail}
        description={t(
          'alumni.showEmailHelp',
          'Zonder dit vinkje ziet niemand je adres: berichten komen via Collegiaal bij je binnen en je antwoord gaat rechtstreeks naar de afzender.',
        )}
      />
      <TextField
        label={t('alumni.jobTitle', 'Functie')}
        name="jobTitle"
        value={form.values.jobTitle}
        onChange={(v) => form.set('jobTitle', v)}
        error={form.errors.jobTitle}
        autoComplete="organization-title"
        description={t('alumni.jobTitleHelp', 'Zoals alumni je zien, hoogstens 120 tekens.')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('alumni.saveConsent', 'Opslaan')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function SearchSection() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const current = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const page = Number(params.get('pagina') ?? '1') || 1;
  const search = params.toString();
  const [draft, setDraft] = useState<{ search: string; filters: Filters }>({ search, filters: current });
  if (draft.search !== search) setDraft({ search, filters: current });
  const filters = draft.filters;
  const organisations = useQuery(organisationsQuery);
  const results = useQuery(alumniSearchQuery({ ...current, page, pageSize: PAGE_SIZE }));

  const apply = (next: Filters, nextPage = 1) => {
    const p: Record<string, string> = {};
    for (const k of FILTER_KEYS) if (next[k]) p[k] = next[k];
    if (nextPage > 1) p.pagina = String(nextPage);
    setParams(p);
  };
  const set = (k: keyof Filters) => (v: string) => {
    setDraft((d) => ({ ...d, filters: { ...d.filters, [k]: v } }));
  };
  const active = FILTER_KEYS.filter((k) => current[k]).length;

  return (
    <section aria-labelledby="alumni-search">
      <Heading2 id="alumni-search">{t('alumni.searchTitle', 'Alumni zoeken')}</Heading2>
      <div className="c-with-sidebar">
        <form
          className="c-filters"
          aria-labelledby="alumni-search"
          onSubmit={(e) => {
            e.preventDefault();
            apply(filters);
          }}
        >
          <TextField
            label={t('alumni.q', 'Naam, functie of cursus')}
            name="q"
            type="search"
            value={filters.q}
            onChange={set('q')}
            required
          />
          <TextField
            label={t('alumni.topic', 'Onderwerp van de cursus')}
            name="topic"
            value={filters.topic}
            onChange={set('topic')}
            description={t('alumni.topicHelp', 'Bijvoorbeeld: Omgevingswet')}
          />
          <SelectField
            label={t('alumni.organisation', 'Organisatie van de alumnus')}
            name="organisationId"
            value={filters.organisationId}
            onChange={set('organisationId')}
            placeholder={t('common.allOrganisations', 'Alle organisaties')}
            options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
          {current.courseId && (
            <Paragraph>
              {t('alumni.courseFilter', 'Alleen oud-deelnemers van één cursus.')}{' '}
              <Button type="button" appearance="subtle-button" onClick={() => apply({ ...filters, courseId: '' })}>
                {t('alumni.courseFilterClear', 'Alle cursussen tonen')}
              </Button>
            </Paragraph>
          )}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button">
              {t('alumni.searchButton', 'Zoeken')}
            </Button>
            {active > 0 && (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => apply({ q: '', topic: '', organisationId: '', courseId: '' })}
              >
                {t('alumni.clear', 'Wis filters')}
              </Button>
            )}
          </ButtonGroup>
        </form>
        <div className="c-results">
          <Loaded state={results}>
            {(data) => (
              <>
                <p className="utrecht-heading-3" id="alumni-count" aria-live="polite">
                  {t('alumni.count', {
                    defaultValue: '{{count}} alumni gevonden',
                    defaultValue_one: '{{count}} alumnus gevonden',
                    count: data.total,
                  })}
                </p>
                {data.items.length === 0 ? (
                  <Empty>
                    <Paragraph>
                      {t(
                        'alumni.empty',
                        'Geen alumni gevonden. Probeer een ander woord of wis een paar filters; alleen wie vindbaarheid aanzette, staat erin.',
                      )}
                    </Paragraph>
                  </Empty>
                ) : (
                  <ul className="c-cards c-alumni" aria-labelledby="alumni-count">
                    {data.items.map((a) => (
                      <AlumnusCard key={a.userId} alumnus={a} courseId={current.courseId || undefined} />
                    ))}
                  </ul>
                )}
                <Pager
                  label={t('alumni.pagination', 'Paginering alumni')}
                  page={page}
                  pageSize={PAGE_SIZE}
                  total={data.total}
                  onPage={(next) => apply(current, next)}
                />
              </>
            )}
          </Loaded>
          <Paragraph>
            <RouterLink className="utrecht-link" to="/leerdossier">
              {t('alumni.toRecord', 'Naar Mijn leerdossier')}
            </RouterLink>
          </Paragraph>
        </div>
      </div>
    </section>
  );
}
