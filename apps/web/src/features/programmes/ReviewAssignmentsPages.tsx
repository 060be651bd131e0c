import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { formatDate, formatDateTime } from '../../format.ts';
import { Empty, Loaded } from '../../ui/data.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { assignmentQuery, assignmentsToReviewQuery } from './assignment-queries.ts';
import { AssignmentText, Comments } from './AssignmentSection.tsx';

/** /leeropdrachten: the learning-work assignments of the people who invited me as their manager. */
export function ReviewAssignmentsPage() {
  const { t } = useTranslation();
  const state = useQuery(assignmentsToReviewQuery);
  return (
    <>
      <PageTitle>{t('review.title', 'Leeropdrachten van mijn mensen')}</PageTitle>
      <Paragraph>
        {t(
          'review.intro',
          'Medewerkers in een leerprogramma schrijven een leerwerkopdracht voor hun eigen werk en nodigen jou uit om mee te lezen. Lees hun opdracht en voortgang, en reageer.',
        )}
      </Paragraph>
      <Loaded state={state}>
        {(list) =>
          list.length === 0 ? (
            <Empty>
              <Paragraph>{t('review.empty', 'Niemand heeft je nog uitgenodigd om mee te lezen.')}</Paragraph>
            </Empty>
          ) : (
            <ul className="c-cards">
              {list.map((a) => (
                <li key={a.id} className="c-card" aria-labelledby={`review-${a.id}`}>
                  <h2 className="utrecht-heading-3 c-card__title" id={`review-${a.id}`}>
                    <RouterLink className="utrecht-link" to={`/leeropdrachten/${a.id}`}>
                      {a.participant.name}
                    </RouterLink>
                  </h2>
                  <p className="c-meta">
                    {a.cohort.programmeTitle} — {a.cohort.name}
                    {a.participant.organisationName && <> · {a.participant.organisationName}</>}
                  </p>
                  <Paragraph>{a.changeGoal}</Paragraph>
                  <p className="c-meta">
                    {a.lastProgress
                      ? t('review.lastProgress', 'Laatste voortgang ({{part}}, {{when}}): {{note}}', {
                          part: a.lastProgress.partTitle,
                          when: formatDate(a.lastProgress.partStartsAt),
                          note: a.lastProgress.note,
                        })
                      : t('review.noProgress', 'Nog geen voortgang geschreven.')}{' '}
                    ·{' '}
                    {t('review.comments', {
                      defaultValue: '{{count}} reacties',
                      defaultValue_one: '{{count}} reactie',
                      count: a.commentCount,
                    })}{' '}
                    · {t('review.updated', 'bijgewerkt {{when}}', { when: formatDateTime(a.updatedAt) })}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

/** /leeropdrachten/:id: one assignment with its progress notes and comments. */
export function ReviewAssignmentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useQuery(assignmentQuery(id));
  return (
    <Loaded state={state}>
      {(a) => (
        <>
          <PageTitle>{t('review.oneTitle', 'Leerwerkopdracht van {{name}}', { name: a.participant.name })}</PageTitle>
          <Paragraph>
            {a.cohort.programmeTitle} — {a.cohort.name}
            {a.participant.organisationName && <> · {a.participant.organisationName}</>}
          </Paragraph>
          <AssignmentText a={a} />
          <section aria-labelledby="progress-title" className="c-section">
            <h2 className="utrecht-heading-2" id="progress-title">
              {t('assignment.progress', 'Voortgang per bijeenkomst')}
            </h2>
            {a.progress.length === 0 ? (
              <Paragraph>{t('review.noProgress', 'Nog geen voortgang geschreven.')}</Paragraph>
            ) : (
              <ul className="c-cards">
                {a.progress.map((p) => (
                  <li key={p.cohortPartId} className="c-card">
                    <p className="c-meta">
                      {p.partTitle} · {formatDate(p.partStartsAt)}
                    </p>
                    <Paragraph>{p.note}</Paragraph>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <Comments a={a} />
          <Paragraph>
            <RouterLink className="utrecht-link" to="/leeropdrachten">
              {t('review.back', 'Terug naar alle leeropdrachten')}
            </RouterLink>
          </Paragraph>
        </>
      )}
    </Loaded>
  );
}
