import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Heading2,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client.ts';
import { formatDate } from '../../format.ts';
import { Empty, Loaded } from '../../ui/data.tsx';
import { DownloadButton } from '../../ui/download.tsx';
import { SelectField } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ScrollTable } from '../../ui/table.tsx';
import { QuestionInterestButton } from './QuestionInterestButton.tsx';
import { demandOverviewQuery } from './queries.ts';

/**
 * L&D's view of demand that is not met yet: per topic what colleagues asked (the question's own
 * topics), how many said "ik wil dit ook" and how many wait on interest lists, with colleague-
 * teachers who could give it; the questions nobody could answer well; a CSV download.
 */
export function DemandPage() {
  const { t } = useTranslation();
  const [days, setDays] = useState('90');
  const state = useQuery({ ...demandOverviewQuery(Number(days)), placeholderData: keepPreviousData });
  return (
    <>
      <PageTitle>{t('demand.title', 'Vraag naar aanbod')}</PageTitle>
      <Paragraph>
        {t(
          'demand.intro2',
          'Waar vragen collega’s om, en waar is nog geen aanbod voor? Per onderwerp tellen de kennisvragen zonder sterke match, wie “ik wil dit ook” aangaf en wie op een interesselijst wacht. Gebruik het om docenten te vragen of cursussen te plannen.',
        )}
      </Paragraph>
      <div className="c-columns c-columns--tight">
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
      </div>
      <DownloadButton
        label={t('demand.csv', 'Downloaden als CSV')}
        filename="vraag-per-onderwerp.csv"
        request={() => client.GET('/api/demand/export', { params: { query: { days: Number(days) } }, parseAs: 'blob' })}
      />
      <Loaded state={state}>
        {(o) => (
          <>
            <section aria-labelledby="demand-topics" className="c-section">
              <Heading2 id="demand-topics">{t('demand.perTopic', 'Onvervulde vraag per onderwerp')}</Heading2>
              {o.topics.length === 0 ? (
                <Empty>
                  <Paragraph>{t('demand.empty', 'In deze periode is er geen vraag gemeten.')}</Paragraph>
                </Empty>
              ) : (
                <ScrollTable
                  label={t('demand.table', 'Vraag per onderwerp')}
                  caption={t('demand.caption2', 'Per onderwerp, de meeste onvervulde vraag eerst')}
                  columns={[
                    t('demand.topic', 'Onderwerp'),
                    t('demand.questions', 'Vragen'),
                    t('demand.unanswered', 'Zonder sterke match'),
                    t('demand.alsoWanted', 'Ik wil dit ook'),
                    t('demand.interested', 'Op interesselijst'),
                    t('demand.unmet', 'Onvervulde vraag'),
                    t('demand.trainers', 'Voorgestelde trainers'),
                  ]}
                >
                  <TableBody>
                    {o.topics.map((r) => (
                      <TableRow key={r.topic}>
                        <TableHeaderCell scope="row">{r.topic}</TableHeaderCell>
                        <TableCell>{r.questions}</TableCell>
                        <TableCell>{r.unanswered}</TableCell>
                        <TableCell>{r.alsoWanted}</TableCell>
                        <TableCell>{r.interested}</TableCell>
                        <TableCell>
                          <strong>{r.unmet}</strong>
                        </TableCell>
                        <TableCell>
                          {r.suggestedTrainers.length === 0
                            ? t('demand.noTrainer', 'Nog niemand')
                            : r.suggestedTrainers
                                .map((s) => (s.organisationName ? `${s.name} (${s.organisationName})` : s.name))
                                .join(', ')}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </ScrollTable>
              )}
              <Paragraph className="c-meta">
                {t(
                  'demand.threshold',
                  'Wachten er {{count}} of meer collega’s op een datum voor een cursus, dan krijgen de docenten en L&D van die cursus een seintje.',
                  { count: o.nudgeThreshold },
                )}
              </Paragraph>
            </section>
            <section aria-labelledby="demand-gaps" className="c-section">
              <Heading2 id="demand-gaps">{t('demand.gaps', 'Vragen zonder antwoord')}</Heading2>
              <Paragraph>
                {t(
                  'demand.gapsIntro',
                  'Kennisvragen waarvoor de kennisbank niemand vond die goed past. Wie de vraag stelde, tonen we niet.',
                )}
              </Paragraph>
              {o.gaps.length === 0 ? (
                <Empty>
                  <Paragraph>{t('demand.noGaps', 'Geen open vragen in deze periode.')}</Paragraph>
                </Empty>
              ) : (
                <ul className="c-cards">
                  {o.gaps.map((g) => (
                    <li key={g.questionId} className="c-card">
                      <Heading3 id={`gap-${g.questionId}`}>
                        {g.text || t('demand.textGone', '(tekst verwijderd)')}
                      </Heading3>
                      <Paragraph className="c-meta">
                        {t('demand.askedOn', 'Gesteld op {{date}}', { date: formatDate(g.askedOn) })}
                        {g.topics.length > 0 && ` · ${g.topics.join(', ')}`}
                      </Paragraph>
                      <QuestionInterestButton
                        questionId={g.questionId}
                        describedBy={`gap-${g.questionId}`}
                        initial={{ interested: g.wantedByMe, count: g.alsoWanted }}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Loaded>
    </>
  );
}
