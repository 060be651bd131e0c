import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ApiError, client, ok, query, saveAnswer } from '../../api/client.ts';
import type { AuditEvent } from '../../api/types.ts';
import { formatDateTime } from '../../format.ts';
import { Empty, Loaded } from '../../ui/data.tsx';
import { FormProblem, TextField, problemText, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { AdminNav } from './AdminNav.tsx';
import { adminKeys } from './queries.ts';

const AUDIT_FILTERS = ['from', 'to', 'actorId', 'table', 'recordId'] as const;
type AuditFilters = Record<(typeof AUDIT_FILTERS)[number], string>;
const AUDIT_PAGE_SIZE = 50;

/** The audit trail: who changed which record when, filtered by period, person and record; CSV for the same filters. */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(AUDIT_FILTERS.map((f) => [f, params.get(f) ?? ''])) as AuditFilters;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const form = useApiForm<AuditFilters>(applied);
  const [exportError, setExportError] = useState<string | null>(null);
  const state = useQuery({
    queryKey: [...adminKeys.audit, applied, page],
    queryFn: () =>
      ok(client.GET('/api/admin/audit', { params: { query: query({ ...applied, page, pageSize: AUDIT_PAGE_SIZE }) } })),
    placeholderData: keepPreviousData,
  });
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
      await saveAnswer(
        client.GET('/api/admin/audit/export', { params: { query: query(applied) }, parseAs: 'blob' }),
        'logboek.csv',
      );
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
