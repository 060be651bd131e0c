import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { formatDateTime } from '../../format.ts';
import { Empty, Loaded } from '../../ui/data.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useAction } from '../../ui/query.tsx';
import { demandKeys, myInterestsQuery } from './queries.ts';

/** "Mijn interesses": the courses I asked to hear about when there is a date. */
export function MyInterestsPage() {
  const { t } = useTranslation();
  const state = useQuery(myInterestsQuery);
  const signOff = useAction(
    (courseId: string) => ok(client.DELETE('/api/courses/{id}/interest', { params: { path: { id: courseId } } })),
    { done: () => t('demand.signedOffShort', 'Je staat niet meer op die interesselijst.'), changes: [demandKeys.all] },
  );
  return (
    <>
      <PageTitle>{t('demand.mineTitle', 'Mijn interesses')}</PageTitle>
      <Paragraph>
        {t(
          'demand.mineIntro',
          'Cursussen waarvan je wilt weten wanneer er een datum is. Zodra er een sessie gepland wordt, krijg je meteen bericht.',
        )}
      </Paragraph>
      <ActionError error={signOff.error} />
      <Loaded state={state}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty>
              <Paragraph>
                {t(
                  'demand.mineEmpty',
                  'Je staat nog op geen interesselijst. Op de pagina van een cursus zonder data kies je “Laat me weten wanneer er een datum is”.',
                )}
              </Paragraph>
            </Empty>
          ) : (
            <ul className="c-cards">
              {rows.map((r) => (
                <li key={r.courseId} className="c-card">
                  <Heading2 id={`interest-${r.courseId}`}>
                    <RouterLink className="utrecht-link" to={`/cursussen/${r.courseId}`}>
                      {r.courseTitle}
                    </RouterLink>
                  </Heading2>
                  <Paragraph>
                    {r.notifiedAt
                      ? t('demand.notifiedAt', 'Je kreeg bericht van een nieuwe datum op {{when}}.', {
                          when: formatDateTime(r.notifiedAt),
                        })
                      : t('demand.waitingSince', 'Je wacht op een datum sinds {{when}}.', {
                          when: formatDateTime(r.createdAt),
                        })}
                  </Paragraph>
                  {!r.notifiedAt && (
                    <Button
                      appearance="secondary-action-button"
                      disabled={signOff.busy}
                      aria-describedby={`interest-${r.courseId}`}
                      onClick={() => signOff.run(r.courseId)}
                    >
                      {t('demand.signOff', 'Afmelden voor de interesselijst')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}
