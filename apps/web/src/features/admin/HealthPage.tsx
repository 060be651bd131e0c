import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
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
import { client, ok } from '../../api/client.ts';
import { Loaded } from '../../ui/data.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useAction } from '../../ui/query.tsx';
import { AdminNav } from './AdminNav.tsx';
import { adminKeys } from './queries.ts';

export function HealthPage() {
  const { t } = useTranslation();
  const state = useQuery({
    queryKey: adminKeys.health,
    queryFn: () => ok(client.GET('/api/admin/search/health')),
  });
  const reindex = useAction(() => ok(client.POST('/api/admin/search/reindex')), {
    done: () => t('admin.reindexed', 'De index is opnieuw opgebouwd.'),
    changes: [adminKeys.health],
  });
  const retry = useAction(() => ok(client.POST('/api/admin/search/dead-letters/retry')), {
    done: () => t('admin.retried', 'Mislukte wijzigingen worden opnieuw geprobeerd.'),
    changes: [adminKeys.health],
  });
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
            <ActionError error={reindex.error ?? retry.error} />
            <ButtonGroup>
              <Button
                appearance="secondary-action-button"
                disabled={reindex.busy}
                onClick={() => {
                  reindex.run();
                }}
              >
                {t('admin.reindex', 'Index opnieuw opbouwen')}
              </Button>
              {h.outbox.dead > 0 && (
                <Button
                  appearance="secondary-action-button"
                  disabled={retry.busy}
                  onClick={() => {
                    retry.run();
                  }}
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
