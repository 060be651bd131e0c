import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../auth.tsx';
import { formatDate, formatHours } from '../../format.ts';
import { Empty, Loaded, useLabels } from '../../ui/data.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ButtonRouterLink } from '../../ui/links.tsx';
import { managedProgrammesQuery, programmesQuery, type ProgrammeSummary } from './queries.ts';

/** /programmas: the published learning programmes; L&D also sees the ones they run. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const { me, hasRole } = useAuth();
  const isLd = !!me && (hasRole('ld') || hasRole('admin'));
  const state = useQuery(programmesQuery);
  return (
    <>
      <PageTitle>{t('programmes.title', 'Programma’s')}</PageTitle>
      <Paragraph appearance="lead">
        {t(
          'programmes.intro',
          'Leerprogramma’s leer je samen met collega’s van andere organisaties, in een tranche: een reeks bijeenkomsten, werkateliers, keuzemodules en intervisie. Eén inschrijving geldt voor het hele programma.',
        )}
      </Paragraph>
      {isLd && <ManagedProgrammes />}
      <section aria-labelledby="published-title" className="c-section">
        <Heading2 id="published-title">{t('programmes.published', 'Open programma’s')}</Heading2>
        <Loaded state={state}>
          {(list) =>
            list.length === 0 ? (
              <Empty>
                <Paragraph>{t('programmes.none', 'Er zijn nog geen programma’s gepubliceerd.')}</Paragraph>
              </Empty>
            ) : (
              <ul className="c-cards">
                {list.map((p) => (
                  <ProgrammeCard key={p.id} p={p} />
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
    </>
  );
}

function ProgrammeCard({ p, manage }: { p: ProgrammeSummary; manage?: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const id = `programme-${manage ? 'managed-' : ''}${p.id}`;
  return (
    <li className="c-card" aria-labelledby={id}>
      <h3 className="utrecht-heading-3 c-card__title" id={id}>
        <RouterLink className="utrecht-link" to={manage ? `/programmas/${p.id}/beheer` : `/programmas/${p.id}`}>
          {p.title}
        </RouterLink>
      </h3>
      <Paragraph>{p.why}</Paragraph>
      <p className="c-meta">
        {p.organisationName} ·{' '}
        {t('programmes.partCount', {
          defaultValue: '{{count}} onderdelen',
          defaultValue_one: '{{count}} onderdeel',
          count: p.partCount,
        })}{' '}
        · {formatHours(p.durationHours)}
        {manage && <> · {labels.course.of(p.status)}</>}
      </p>
      <p className="c-meta">
        {p.nextCohortStartsAt
          ? t('programmes.nextCohort', 'Volgende tranche begint {{when}} — {{seats}}', {
              when: formatDate(p.nextCohortStartsAt),
              seats:
                p.seatsLeft > 0
                  ? t('catalogue.seats', {
                      defaultValue: '{{count}} plaatsen vrij',
                      defaultValue_one: '{{count}} plaats vrij',
                      count: p.seatsLeft,
                    })
                  : t('catalogue.full', 'vol, wachtlijst open'),
            })
          : t('programmes.noCohort', 'Nog geen tranche open voor inschrijving')}
      </p>
    </li>
  );
}

function ManagedProgrammes() {
  const { t } = useTranslation();
  const state = useQuery(managedProgrammesQuery);
  return (
    <section aria-labelledby="managed-title" className="c-section">
      <Heading2 id="managed-title">{t('programmes.managed', 'Programma’s die ik beheer')}</Heading2>
      <Paragraph>
        <ButtonRouterLink to="/programmas/nieuw">{t('programmes.new', 'Nieuw programma')}</ButtonRouterLink>
      </Paragraph>
      <Loaded state={state}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('programmes.noneManaged', 'Je beheert nog geen programma’s.')}</Paragraph>
          ) : (
            <ul className="c-cards">
              {list.map((p) => (
                <ProgrammeCard key={p.id} p={p} manage />
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
