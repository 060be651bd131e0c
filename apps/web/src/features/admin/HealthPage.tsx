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

interface Health {
  engine: string;
  indexes: { index: string; documents: number }[];
  outbox: { pending: number; dead: number; oldestPendingSeconds: number | null };
  deadLetters: { id: string; error: string }[];
  jobs: { name: string; queued: number; active: number; failed: number; dead: number }[];
}

export function HealthPage() {
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
