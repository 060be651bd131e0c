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
import { AdminNav } from './AdminNav.tsx';

export function SynonymsPage() {
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
