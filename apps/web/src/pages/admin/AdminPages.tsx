import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Link as RouterLink, useSearchParams } from 'react-router';
import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ApiError, del, download, get, patch, post, put, qs } from '../../api.ts';
import { formatDateTime } from '../../format.ts';
import { REGIONS } from '../../regions.ts';
import type { AdminUser, AuditEvent, Organisation, Page } from '../../types.ts';
import { Empty, Loaded, useLoad } from '../../ui/data.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import {
  CheckboxGroup,
  FormProblem,
  SelectField,
  TextAreaField,
  TextField,
  problemText,
  splitList,
  useApiForm,
} from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';

export function AdminNav() {
  const { t } = useTranslation();
  const links = [
    { to: '/beheer', label: t('admin.health', 'Zoekindex') },
    { to: '/beheer/organisaties', label: t('admin.organisations', 'Organisaties') },
    { to: '/beheer/gebruikers', label: t('admin.users', 'Gebruikers en rollen') },
    { to: '/beheer/synoniemen', label: t('admin.synonyms', 'Synoniemen') },
    { to: '/beheer/import', label: t('admin.import', 'Importeren') },
    { to: '/beheer/logboek', label: t('admin.audit', 'Logboek') },
  ];
  return (
    <nav aria-label={t('admin.nav', 'Beheer')} className="c-subnav">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink end to={l.to} className={({ isActive }) => `utrecht-link${isActive ? ' c-subnav--current' : ''}`}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface Health {
  engine: string;
  indexes: { index: string; documents: number }[];
  outbox: { pending: number; dead: number; oldestPendingSeconds: number | null };
  deadLetters: { id: string; error: string }[];
  jobs: { name: string; queued: number; active: number; failed: number; dead: number }[];
}

export function AdminHealthPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const state = useLoad(() => get<Health>('/admin/search/health'), []);
  const [error, setError] = useState<string | null>(null);
  const act = async (path: string, message: string) => {
    setError(null);
    try {
      await post(path);
      notify(message);
      await state.reload();
    } catch (e) {
      setError(problemText(t, e));
    }
  };
  return (
    <>
      <PageTitle>{t('admin.healthTitle', 'Beheer: zoekindex')}</PageTitle>
      <AdminNav />
      <Loaded state={state}>
        {(h) => (
          <>
            <Paragraph>{t('admin.engine', 'Zoekmachine: {{engine}}', { engine: h.engine })}</Paragraph>
            <div className="c-table-scroll" tabIndex={0} role="region" aria-label={t('admin.indexes', 'Indexen')}>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('admin.index', 'Index')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('admin.documents', 'Documenten')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {h.indexes.map((i) => (
                    <TableRow key={i.index}>
                      <TableCell>{i.index}</TableCell>
                      <TableCell>{i.documents}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            <Paragraph>
              {t('admin.outbox', 'Wachtende wijzigingen: {{pending}} (oudste {{age}} s), mislukt: {{dead}}', {
                pending: h.outbox.pending,
                age: h.outbox.oldestPendingSeconds ?? 0,
                dead: h.outbox.dead,
              })}
            </Paragraph>
            <Heading2>{t('admin.jobs', 'Achtergrondtaken')}</Heading2>
            <div className="c-table-scroll" tabIndex={0} role="region" aria-label={t('admin.jobs', 'Achtergrondtaken')}>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('admin.job', 'Taak')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('admin.queued', 'In de wachtrij')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('admin.active', 'Bezig')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('admin.failed', 'Mislukt')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {h.jobs.map((j) => (
                    <TableRow key={j.name}>
                      <TableCell>{j.name}</TableCell>
                      <TableCell>{j.queued}</TableCell>
                      <TableCell>{j.active}</TableCell>
                      <TableCell>{j.failed + j.dead}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            {error && (
              <Paragraph role="alert" className="c-error-text">
                {error}
              </Paragraph>
            )}
            <ButtonGroup>
              <Button
                appearance="secondary-action-button"
                onClick={() => act('/admin/search/reindex', t('admin.reindexed', 'De index is opnieuw opgebouwd.'))}
              >
                {t('admin.reindex', 'Index opnieuw opbouwen')}
              </Button>
              {h.outbox.dead > 0 && (
                <Button
                  appearance="secondary-action-button"
                  onClick={() =>
                    act(
                      '/admin/search/dead-letters/retry',
                      t('admin.retried', 'Mislukte wijzigingen worden opnieuw geprobeerd.'),
                    )
                  }
                >
                  {t('admin.retry', 'Mislukte wijzigingen opnieuw proberen')}
                </Button>
              )}
            </ButtonGroup>
          </>
        )}
      </Loaded>
    </>
  );
}

const KINDS = ['ministerie', 'uitvoeringsorganisatie', 'gemeente', 'provincie', 'waterschap', 'overig'];

export function AdminOrganisationsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const state = useLoad(() => get<Organisation[]>('/organisations'), []);
  const [editing, setEditing] = useState<Organisation | null>(null);
  const empty = { name: '', slug: '', kind: 'gemeente', region: 'Utrecht', emailDomains: '' };
  const form = useApiForm(empty);
  const v = form.values;
  const startEdit = (o: Organisation | null) => {
    setEditing(o);
    form.setValues(
      o
        ? { name: o.name, slug: o.slug, kind: o.kind, region: o.region, emailDomains: o.emailDomains.join(', ') }
        : empty,
    );
    requestAnimationFrame(() => document.getElementById('org-form-title')?.focus());
  };
  return (
    <>
      <PageTitle>{t('admin.organisationsTitle', 'Beheer: organisaties')}</PageTitle>
      <AdminNav />
      <Loaded state={state}>
        {(orgs) => (
          <div
            className="c-table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('admin.organisations', 'Organisaties')}
          >
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('admin.orgName', 'Naam')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.orgKind', 'Soort')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.orgRegion', 'Provincie')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.orgDomains', 'E-maildomeinen')}</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <span className="c-visually-hidden">{t('admin.actions', 'Acties')}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {orgs.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell>{o.name}</TableCell>
                    <TableCell>{o.kind}</TableCell>
                    <TableCell>{o.region}</TableCell>
                    <TableCell>{o.emailDomains.join(', ')}</TableCell>
                    <TableCell>
                      <Button
                        appearance="subtle-button"
                        onClick={() => startEdit(o)}
                        aria-label={t('admin.editOrg', '{{name}} bewerken', { name: o.name })}
                      >
                        {t('admin.edit', 'Bewerken')}
                      </Button>{' '}
                      <RouterLink
                        className="utrecht-link"
                        to={`/beheer/organisaties/${o.id}/inloggen`}
                        aria-label={t('admin.idpLinkFor', 'Eigen inlog van {{name}}', { name: o.name })}
                      >
                        {t('admin.idpLink', 'Eigen inlog')}
                      </RouterLink>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </Loaded>
      <form
        className="c-form c-section"
        aria-labelledby="org-form-title"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            const body = {
              name: v.name,
              slug: v.slug,
              kind: v.kind,
              region: v.region,
              emailDomains: splitList(v.emailDomains),
            };
            if (editing) await patch(`/organisations/${editing.id}`, body);
            else await post('/organisations', body);
            notify(
              editing
                ? t('admin.orgSaved', 'De organisatie is bijgewerkt.')
                : t('admin.orgCreated', 'De organisatie is toegevoegd.'),
            );
            startEdit(null);
            await state.reload();
          })
        }
      >
        <Heading2 id="org-form-title" tabIndex={-1}>
          {editing
            ? t('admin.editOrgTitle', '{{name}} bewerken', { name: editing.name })
            : t('admin.newOrg', 'Organisatie toevoegen')}
        </Heading2>
        <FormProblem problem={form.problem} />
        <TextField
          label={t('admin.orgName', 'Naam')}
          name="name"
          required
          value={v.name}
          onChange={(x) => form.set('name', x)}
          error={form.errors.name}
        />
        <TextField
          label={t('admin.orgSlug', 'Korte naam (in adressen)')}
          name="slug"
          required
          value={v.slug}
          onChange={(x) => form.set('slug', x)}
          error={form.errors.slug}
          description={t('admin.orgSlugHelp', 'Kleine letters, cijfers en streepjes, bijvoorbeeld gemeente-utrecht')}
        />
        <SelectField
          label={t('admin.orgKind', 'Soort')}
          name="kind"
          required
          value={v.kind}
          onChange={(x) => form.set('kind', x)}
          error={form.errors.kind}
          options={KINDS.map((k) => ({ value: k, label: k }))}
        />
        <SelectField
          label={t('admin.orgRegion', 'Provincie')}
          name="region"
          required
          value={v.region}
          onChange={(x) => form.set('region', x)}
          error={form.errors.region}
          options={REGIONS.map((r) => ({ value: r, label: r }))}
        />
        <TextField
          label={t('admin.orgDomains', 'E-maildomeinen')}
          name="emailDomains"
          value={v.emailDomains}
          onChange={(x) => form.set('emailDomains', x)}
          error={form.errors.emailDomains}
          description={t('admin.orgDomainsHelp', 'Gescheiden door komma’s, bijvoorbeeld utrecht.nl')}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
            {editing ? t('admin.save', 'Opslaan') : t('admin.add', 'Toevoegen')}
          </Button>
          {editing && (
            <Button type="button" appearance="subtle-button" onClick={() => startEdit(null)}>
              {t('common.cancel', 'Annuleren')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </>
  );
}

export function AdminUsersPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const state = useLoad(() => get<Page<AdminUser>>(`/admin/users${qs({ q, pageSize: 50 })}`), [q]);
  const organisations = useLoad(() => get<Organisation[]>('/organisations'), []);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>, message: string) => {
    setError(null);
    try {
      await action();
      notify(message);
      await state.reload();
    } catch (e) {
      setError(problemText(t, e));
    }
  };
  return (
    <>
      <PageTitle>{t('admin.usersTitle', 'Beheer: gebruikers en rollen')}</PageTitle>
      <AdminNav />
      <form
        role="search"
        aria-label={t('admin.searchUsers', 'Gebruikers zoeken')}
        className="c-form"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(draft ? { q: draft } : {});
        }}
      >
        <TextField
          label={t('admin.searchUsers', 'Gebruikers zoeken')}
          name="q"
          type="search"
          required
          value={draft}
          onChange={setDraft}
          description={t('admin.searchHelp', 'Op naam of e-mailadres')}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('home.search', 'Zoeken')}
        </Button>
      </form>
      {error && (
        <Paragraph role="alert" className="c-error-text">
          {error}
        </Paragraph>
      )}
      <Loaded state={state}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>
              <Paragraph>{t('admin.noUsers', 'Geen gebruikers gevonden.')}</Paragraph>
            </Empty>
          ) : (
            <ul className="c-cards">
              {page.items.map((u) => (
                <li key={u.id} className="c-card">
                  <h2 className="utrecht-heading-3 c-card__title">{u.name}</h2>
                  <Paragraph className="c-meta">
                    {u.email}
                    {u.disabledAt && <> · {t('admin.disabled', 'geblokkeerd')}</>}
                    {!u.emailVerifiedAt && <> · {t('admin.unverified', 'e-mailadres niet bevestigd')}</>}
                  </Paragraph>
                  <SelectField
                    label={t('admin.organisationOf', 'Organisatie van {{name}}', { name: u.name })}
                    name={`organisation-${u.id}`}
                    value={u.organisationId ?? ''}
                    placeholder={t('admin.noOrganisation', 'Geen organisatie (alleen openbare cursussen)')}
                    options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                    onChange={(organisationId) =>
                      run(
                        () => put(`/admin/users/${u.id}/organisation`, { organisationId: organisationId || null }),
                        t('admin.organisationSaved', 'De organisatie van {{name}} is opgeslagen.', { name: u.name }),
                      )
                    }
                  />
                  <CheckboxGroup
                    legend={t('admin.rolesFor', 'Rollen van {{name}}', { name: u.name })}
                    name={`roles-${u.id}`}
                    value={u.roles}
                    onChange={(roles) =>
                      run(
                        () => put(`/admin/users/${u.id}/roles`, { roles }),
                        t('admin.rolesSaved', 'De rollen van {{name}} zijn opgeslagen.', { name: u.name }),
                      )
                    }
                    options={[
                      { value: 'ld', label: t('admin.roleLd', 'L&D-adviseur') },
                      { value: 'admin', label: t('admin.roleAdmin', 'Beheerder') },
                    ]}
                  />
                  <Button
                    appearance="subtle-button"
                    onClick={() =>
                      run(
                        () => post(`/admin/users/${u.id}/${u.disabledAt ? 'enable' : 'disable'}`),
                        u.disabledAt
                          ? t('admin.enabled', '{{name}} kan weer inloggen.', { name: u.name })
                          : t('admin.disabledMsg', '{{name}} kan niet meer inloggen.', { name: u.name }),
                      )
                    }
                  >
                    {u.disabledAt ? t('admin.enable', 'Deblokkeren') : t('admin.disable', 'Blokkeren')}
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

export function AdminSynonymsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const state = useLoad(
    () =>
      get<{ defaults: Record<string, string[]>; custom: { term: string; synonyms: string[] }[] }>(
        '/admin/search/synonyms',
      ),
    [],
  );
  const form = useApiForm({ term: '', synonyms: '' });
  return (
    <>
      <PageTitle>{t('admin.synonymsTitle', 'Beheer: synoniemen')}</PageTitle>
      <AdminNav />
      <Paragraph>
        {t(
          'admin.synonymsIntro',
          'Synoniemen en afkortingen helpen de kennisbank vragen te begrijpen: wie “Woo” zoekt, vindt ook “Wet open overheid”. Eigen synoniemen gelden naast de standaardlijst.',
        )}
      </Paragraph>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            await put(`/admin/search/synonyms/${encodeURIComponent(form.values.term.trim())}`, {
              synonyms: splitList(form.values.synonyms),
            });
            notify(t('admin.synonymSaved', 'Synoniemen voor “{{term}}” opgeslagen.', { term: form.values.term }));
            form.setValues({ term: '', synonyms: '' });
            await state.reload();
          })
        }
      >
        <TextField
          label={t('admin.term', 'Term')}
          name="term"
          required
          value={form.values.term}
          onChange={(x) => form.set('term', x)}
          error={form.errors.term}
        />
        <TextField
          label={t('admin.synonymsField', 'Synoniemen')}
          name="synonyms"
          required
          value={form.values.synonyms}
          onChange={(x) => form.set('synonyms', x)}
          error={form.errors.synonyms}
          description={t('admin.synonymsHelp', 'Gescheiden door komma’s')}
        />
        <FormProblem problem={form.problem} />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('admin.saveSynonyms', 'Synoniemen opslaan')}
        </Button>
      </form>
      <Loaded state={state}>
        {(s) => (
          <>
            <Heading2>{t('admin.custom', 'Eigen synoniemen')}</Heading2>
            {s.custom.length === 0 ? (
              <Paragraph>{t('admin.noCustom', 'Nog geen eigen synoniemen.')}</Paragraph>
            ) : (
              <ul className="c-cards">
                {s.custom.map((c) => (
                  <li key={c.term} className="c-card">
                    <strong>{c.term}</strong>: {c.synonyms.join(', ')}{' '}
                    <Button
                      appearance="subtle-button"
                      aria-label={t('admin.removeSynonym', 'Synoniemen voor {{term}} verwijderen', { term: c.term })}
                      onClick={async () => {
                        await del(`/admin/search/synonyms/${encodeURIComponent(c.term)}`);
                        notify(t('admin.synonymRemoved', 'Synoniemen voor “{{term}}” verwijderd.', { term: c.term }));
                        await state.reload();
                      }}
                    >
                      {t('admin.remove', 'Verwijderen')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <Heading2>{t('admin.defaults', 'Standaardlijst')}</Heading2>
            <ul className="c-columns-list">
              {Object.entries(s.defaults).map(([term, list]) => (
                <li key={term}>
                  <strong>{term}</strong>: {list.join(', ')}
                </li>
              ))}
            </ul>
          </>
        )}
      </Loaded>
    </>
  );
}

export function AdminImportPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const form = useApiForm({ json: '' });
  const [result, setResult] = useState<string | null>(null);
  return (
    <>
      <PageTitle>{t('admin.importTitle', 'Beheer: importeren')}</PageTitle>
      <AdminNav />
      <Paragraph>
        {t(
          'admin.importIntro',
          'Importeer organisaties, docenten en cursussen in het JSON-formaat van de kennisbank ({ organisations, trainers, courses }). Importeren is idempotent: een tweede keer werkt bestaande gegevens bij op hun externe id.',
        )}
      </Paragraph>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            let body: unknown;
            try {
              body = JSON.parse(form.values.json);
            } catch {
              throw new ApiError({
                status: 400,
                errors: [{ field: 'json', messages: [t('admin.invalidJson', 'Dit is geen geldige JSON.')] }],
              });
            }
            const summary = await post<Record<string, { created: number; updated: number }>>('/admin/import', body);
            const text = Object.entries(summary)
              .map(([k, v]) =>
                t('admin.importLine', '{{kind}}: {{created}} nieuw, {{updated}} bijgewerkt', {
                  kind: k,
                  created: v.created,
                  updated: v.updated,
                }),
              )
              .join('; ');
            setResult(text);
            notify(t('admin.imported', 'Import klaar: {{summary}}', { summary: text }));
          })
        }
      >
        <FormProblem problem={form.problem} />
        {!!form.problem?.problem.errors?.some((e) => e.field !== 'json') && (
          <ul className="c-error-text" aria-label={t('admin.importErrors', 'Fouten in het importbestand')}>
            {form.problem.problem
              .errors!.filter((e) => e.field !== 'json')
              .slice(0, 50)
              .map((e) => (
                <li key={e.field}>
                  {e.field}: {e.messages.join(' ')}
                </li>
              ))}
          </ul>
        )}
        <TextAreaField
          label={t('admin.json', 'JSON')}
          name="json"
          required
          rows={10}
          value={form.values.json}
          onChange={(x) => form.set('json', x)}
          error={form.errors.json}
        />
        <input
          type="file"
          accept="application/json,.json"
          aria-label={t('admin.file', 'Of kies een JSON-bestand')}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) form.set('json', await file.text());
          }}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('admin.importSubmit', 'Importeren')}
        </Button>
      </form>
      {result && <Paragraph data-testid="import-result">{result}</Paragraph>}
    </>
  );
}

const AUDIT_FILTERS = ['from', 'to', 'actorId', 'table', 'recordId'] as const;
type AuditFilters = Record<(typeof AUDIT_FILTERS)[number], string>;
const AUDIT_PAGE_SIZE = 50;

/** The audit trail: who changed which record when, filtered by period, person and record; CSV for the same filters. */
export function AdminAuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(AUDIT_FILTERS.map((f) => [f, params.get(f) ?? ''])) as AuditFilters;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const form = useApiForm<AuditFilters>(applied);
  const [exportError, setExportError] = useState<string | null>(null);
  const key = params.toString();
  const state = useLoad(
    () => get<Page<AuditEvent>>(`/admin/audit${qs({ ...applied, page, pageSize: AUDIT_PAGE_SIZE })}`),
    [key],
  );
  const go = (filters: AuditFilters, toPage: number) => {
    const next = Object.fromEntries(
      Object.entries(filters)
        .filter(([, v]) => v.trim() !== '')
        .map(([k, v]) => [k, v.trim()]),
    );
    setParams(toPage > 1 ? { ...next, page: String(toPage) } : next);
  };
  const who = (e: AuditEvent) =>
    e.actorType === 'user'
      ? e.actorName
        ? `${e.actorName} (${e.actorEmail})`
        : t('admin.auditErased', 'Verwijderde gebruiker {{id}}', { id: e.actorId })
      : e.actorType === 'job'
        ? t('admin.auditJob', 'Taak {{name}}', { name: e.actorLabel })
        : e.actorType === 'anonymous'
          ? t('admin.auditAnonymous', 'Niet ingelogd')
          : t('admin.auditSystem', 'Systeem');
  const action = (a: AuditEvent['action']) =>
    ({
      insert: t('admin.auditInsert', 'Aangemaakt'),
      update: t('admin.auditUpdate', 'Gewijzigd'),
      delete: t('admin.auditDelete', 'Verwijderd'),
    })[a];
  const saveCsv = async () => {
    setExportError(null);
    try {
      await download(`/admin/audit/export${qs(applied)}`, 'logboek.csv');
    } catch (e) {
      setExportError(problemText(t, e));
    }
  };
  // Field errors come from the list request, which validates the same filters.
  const invalid = state.error instanceof ApiError && (state.error.problem.errors?.length ?? 0) > 0 ? state.error : null;
  const fieldErrors = invalid?.fieldErrors ?? {};
  return (
    <>
      <PageTitle>{t('admin.auditTitle', 'Beheer: logboek')}</PageTitle>
      <AdminNav />
      <Paragraph>
        {t(
          'admin.auditIntro',
          'Elke wijziging door een persoon of een achtergrondtaak: wie, wat, welk record, wanneer en vanaf welk adres. Het logboek bewaart alleen namen van velden, nooit hun inhoud, en kan niet worden gewijzigd.',
        )}
      </Paragraph>
      <form
        role="search"
        aria-label={t('admin.auditFilter', 'Logboek filteren')}
        className="c-form c-filters"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          go(form.values, 1);
        }}
      >
        <FormProblem problem={invalid} />
        <TextField
          label={t('admin.auditFrom', 'Vanaf')}
          name="from"
          type="date"
          value={form.values.from}
          onChange={(x) => form.set('from', x)}
          error={fieldErrors.from}
        />
        <TextField
          label={t('admin.auditTo', 'Tot en met')}
          name="to"
          type="date"
          value={form.values.to}
          onChange={(x) => form.set('to', x)}
          error={fieldErrors.to}
        />
        <TextField
          label={t('admin.auditActor', 'Persoon (gebruikers-id)')}
          name="actorId"
          value={form.values.actorId}
          onChange={(x) => form.set('actorId', x)}
          error={fieldErrors.actorId}
        />
        <TextField
          label={t('admin.auditTable', 'Tabel')}
          name="table"
          value={form.values.table}
          onChange={(x) => form.set('table', x)}
          error={fieldErrors.table}
          description={t('admin.auditTableHelp', 'Bijvoorbeeld enrolments of courses')}
        />
        <TextField
          label={t('admin.auditRecord', 'Record (id)')}
          name="recordId"
          value={form.values.recordId}
          onChange={(x) => form.set('recordId', x)}
          error={fieldErrors.recordId}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {t('admin.auditApply', 'Filteren')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => void saveCsv()}>
            {t('admin.auditCsv', 'Downloaden als CSV')}
          </Button>
        </ButtonGroup>
        {exportError && (
          <Paragraph role="alert" className="c-error-text">
            {exportError}
          </Paragraph>
        )}
      </form>
      {!invalid && (
        <Loaded state={state}>
          {(data) =>
            data.items.length === 0 ? (
              <Empty>
                <Paragraph>{t('admin.auditNone', 'Geen wijzigingen gevonden.')}</Paragraph>
              </Empty>
            ) : (
              <>
                <Paragraph>
                  {t('admin.auditCount', {
                    defaultValue: '{{count}} wijzigingen',
                    defaultValue_one: '{{count}} wijziging',
                    count: data.total,
                  })}
                </Paragraph>
                <div className="c-table-scroll" tabIndex={0} role="region" aria-label={t('admin.audit', 'Logboek')}>
                  <Table>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t('admin.auditWhen', 'Wanneer')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('admin.auditWho', 'Wie')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('admin.auditWhat', 'Wat')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('admin.auditRecordCol', 'Record')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('admin.auditColumns', 'Velden')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('admin.auditIp', 'Adres')}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {data.items.map((e) => (
                        <TableRow key={e.id}>
                          <TableCell>{formatDateTime(e.occurredAt)}</TableCell>
                          <TableCell>{who(e)}</TableCell>
                          <TableCell>{action(e.action)}</TableCell>
                          <TableCell>
                            {e.table} <code className="c-code">{e.recordId}</code>
                          </TableCell>
                          <TableCell>{e.changedColumns.join(', ')}</TableCell>
                          <TableCell>{e.ip ?? ''}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
                {data.total > AUDIT_PAGE_SIZE && (
                  <nav aria-label={t('catalogue.pagination', 'Paginering')} className="c-pagination">
                    {page > 1 && (
                      <Button appearance="secondary-action-button" onClick={() => go(applied, page - 1)}>
                        {t('catalogue.previous', 'Vorige pagina')}
                      </Button>
                    )}
                    <span>
                      {t('catalogue.pageOf', 'Pagina {{page}} van {{pages}}', {
                        page,
                        pages: Math.ceil(data.total / AUDIT_PAGE_SIZE),
                      })}
                    </span>
                    {page * AUDIT_PAGE_SIZE < data.total && (
                      <Button appearance="secondary-action-button" onClick={() => go(applied, page + 1)}>
                        {t('catalogue.nextPage', 'Volgende pagina')}
                      </Button>
                    )}
                  </nav>
                )}
              </>
            )
          }
        </Loaded>
      )}
    </>
  );
}
