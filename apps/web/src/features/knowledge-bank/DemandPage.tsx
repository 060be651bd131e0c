import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { Empty, Loaded } from '../../ui/data.tsx';
import { SelectField } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';

export function DemandPage() {
  const { t } = useTranslation();
  const [days, setDays] = useState('90');
  const state = useQuery({
    queryKey: ['knowledge-bank', 'demand', days],
    queryFn: () => ok(client.GET('/api/knowledge-bank/demand', { params: { query: { days: Number(days) } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageTitle>{t('demand.title', 'Vraag per onderwerp')}</PageTitle>
      <Paragraph>
        {t(
          'demand.intro',
          'Welke kennisvragen stellen collega’s, en waar vond de kennisbank niemand? Gebruik dit om nieuwe docenten of cursussen te zoeken.',
        )}
      </Paragraph>
      <SelectField
        label={t('demand.period', 'Periode')}
        name="days"
        required
        value={days}
        onChange={setDays}
        options={[
          { value: '7', label: t('demand.days7', 'Afgelopen week') },
          { value: '30', label: t('demand.days30', 'Afgelopen 30 dagen') },
          { value: '90', label: t('demand.days90', 'Afgelopen 3 maanden') },
          { value: '365', label: t('demand.days365', 'Afgelopen jaar') },
        ]}
      />
      <Loaded state={state}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty>
              <Paragraph>{t('demand.empty', 'In deze periode zijn geen kennisvragen gesteld.')}</Paragraph>
            </Empty>
          ) : (
            <div
              className="c-table-scroll"
              tabIndex={0}
              role="region"
              aria-label={t('demand.table', 'Vraag per onderwerp')}
            >
              <Table>
                <TableCaption>{t('demand.caption', 'Kennisvragen per onderwerp, meest gevraagd eerst')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('demand.topic', 'Onderwerp')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('demand.questions', 'Vragen')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('demand.unanswered', 'Zonder sterke match')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((r) => (
                    <TableRow key={r.topic}>
                      <TableCell>{r.topic}</TableCell>
                      <TableCell>{r.questions}</TableCell>
                      <TableCell>{r.unanswered}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )
        }
      </Loaded>
    </>
  );
}
