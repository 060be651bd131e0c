import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { get } from '../../api.ts';
import type { Course, InCompanyRequest } from '../../types.ts';
import { Empty, Loaded, useLabels, useLoad } from '../../ui/data.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ButtonRouterLink } from '../../ui/links.tsx';
import { loadOwnProfile } from './own-profile.ts';

export function TeacherHomePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const state = useLoad(async () => {
    const [profile, courses, requests] = await Promise.all([
      loadOwnProfile(),
      get<Course[]>('/me/courses'),
      get<InCompanyRequest[]>('/incompany-requests'),
    ]);
    const invitations = profile
      ? requests.filter((r) => r.invitations.some((i) => i.teacherProfileId === profile.id))
      : [];
    return { profile, courses, invitations };
  }, []);
  return (
    <>
      <PageTitle>{t('teach.title', 'Lesgeven')}</PageTitle>
      <Loaded state={state}>
        {({ profile, courses, invitations }) => (
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
                          {labels.course(c.status)}
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
                  {invitations.map((r) => {
                    const inv = r.invitations.find((i) => i.teacherProfileId === profile?.id)!;
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
                          · {labels.invitation(inv.status)} · {labels.request(r.status)}
                        </Paragraph>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          </>
        )}
      </Loaded>
    </>
  );
}
