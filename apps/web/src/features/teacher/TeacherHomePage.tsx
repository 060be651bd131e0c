import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useQueries } from '@tanstack/react-query';
import { Empty, Loaded, useLabels } from '../../ui/data.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ButtonRouterLink } from '../../ui/links.tsx';
import { requestsQuery } from '../incompany/queries.ts';
import { ownCoursesQuery, ownProfileQuery } from './queries.ts';

export function TeacherHomePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const state = useQueries({
    queries: [ownProfileQuery, ownCoursesQuery, requestsQuery],
    combine: ([profile, courses, requests]) => ({
      error: profile.error ?? courses.error ?? requests.error,
      data:
        profile.data !== undefined && courses.data && requests.data
          ? { profile: profile.data, courses: courses.data, requests: requests.data }
          : undefined,
    }),
  });
  return (
    <>
      <PageTitle>{t('teach.title', 'Lesgeven')}</PageTitle>
      <Loaded state={state}>
        {({ profile, courses, requests }) => {
          const invitations = requests.flatMap((r) => {
            const invitation = profile && r.invitations.find((i) => i.teacherProfileId === profile.id);
            return invitation ? [{ request: r, invitation }] : [];
          });
          return (
            <>
              <section aria-labelledby="profile-title" className="c-section">
                <Heading2 id="profile-title">{t('teach.profile', 'Mijn docentprofiel')}</Heading2>
                {profile ? (
                  <>
                    <Paragraph>
                      <strong>{profile.name}</strong>
                      {profile.jobTitle ? `, ${profile.jobTitle}` : ''} — {profile.organisation.name}
                    </Paragraph>
                    <Paragraph>
                      {t('teach.expertise', 'Expertise: {{list}}', { list: profile.expertise.join(', ') })}
                    </Paragraph>
                    <ButtonRouterLink appearance="secondary-action-button" to="/lesgeven/profiel">
                      {t('teach.editProfile', 'Profiel bewerken')}
                    </ButtonRouterLink>{' '}
                    <ButtonRouterLink appearance="secondary-action-button" to="/lesgeven/vragen">
                      {t('teach.questions', 'Vragen aan mij')}
                    </ButtonRouterLink>{' '}
                    <ButtonRouterLink appearance="secondary-action-button" to={`/trainers/${profile.id}`}>
                      {t('teach.trainerPage', 'Mijn trainerpagina')}
                    </ButtonRouterLink>
                  </>
                ) : (
                  <Empty>
                    <Paragraph>
                      {t(
                        'teach.noProfile',
                        'Je hebt nog geen docentprofiel. Met een profiel vinden collega’s en L&D-adviseurs je in de kennisbank.',
                      )}
                    </Paragraph>
                    <ButtonRouterLink appearance="primary-action-button" to="/lesgeven/profiel">
                      {t('teach.makeProfile', 'Docentprofiel maken')}
                    </ButtonRouterLink>
                  </Empty>
                )}
              </section>
              <section aria-labelledby="courses-title" className="c-section">
                <Heading2 id="courses-title">{t('teach.courses', 'Mijn cursussen')}</Heading2>
                <ButtonRouterLink appearance="primary-action-button" to="/lesgeven/cursussen/nieuw">
                  {t('teach.newCourse', 'Nieuwe cursus')}
                </ButtonRouterLink>
                {courses.length === 0 ? (
                  <Empty>
                    <Paragraph>
                      {t(
                        'teach.noCourses',
                        'Je hebt nog geen cursussen. Begin met een concept: publiceren doe je pas als het klaar is.',
                      )}
                    </Paragraph>
                  </Empty>
                ) : (
                  <ul className="c-cards">
                    {courses.map((c) => (
                      <li key={c.id} className="c-card">
                        <h3 className="utrecht-heading-3 c-card__title">
                          <RouterLink className="utrecht-link" to={`/lesgeven/cursussen/${c.id}`}>
                            {c.title}
                          </RouterLink>
                        </h3>
                        <Paragraph>
                          <StatusBadge status={c.status === 'published' ? 'success' : 'neutral'}>
                            {labels.course.of(c.status)}
                          </StatusBadge>{' '}
                          {t('teach.sessionCount', {
                            defaultValue: '{{count}} sessies',
                            defaultValue_one: '{{count}} sessie',
                            count: c.sessions.filter((s) => s.status === 'scheduled').length,
                          })}
                        </Paragraph>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="invitations-title" className="c-section">
                <Heading2 id="invitations-title">
                  {t('teach.invitations', 'Uitnodigingen voor incompany-trainingen')}
                </Heading2>
                {invitations.length === 0 ? (
                  <Paragraph>
                    {t(
                      'teach.noInvitations',
                      'Geen uitnodigingen. Zet in je profiel aan dat je incompany wilt lesgeven, dan kunnen L&D-adviseurs je vragen.',
                    )}
                  </Paragraph>
                ) : (
                  <ul className="c-cards">
                    {invitations.map(({ request: r, invitation: inv }) => {
                      return (
                        <li key={r.id} className="c-card">
                          <h3 className="utrecht-heading-3 c-card__title">
                            <RouterLink className="utrecht-link" to={`/maatwerk/${r.id}`}>
                              {r.topic}
                            </RouterLink>
                          </h3>
                          <Paragraph>
                            {r.organisation.name} ·{' '}
                            {t('incompany.groupSize', {
                              defaultValue: '{{count}} personen',
                              defaultValue_one: '{{count}} persoon',
                              count: r.groupSize,
                            })}{' '}
                            · {labels.invitation.of(inv.status)} · {labels.request.of(r.status)}
                          </Paragraph>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </section>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
