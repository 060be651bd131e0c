import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../auth.tsx';
import { Loaded } from '../../ui/data.tsx';
import { AlumnusCard } from './AlumnusCard.tsx';
import { courseAlumniQuery } from './queries.ts';
import './alumni.css';

/** "Wie deden deze cursus ook" on the course page: opted-in fellow participants, for signed-in colleagues. */
export function CourseAlumni({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <section aria-labelledby="course-alumni">
      <Heading2 id="course-alumni">{t('alumni.courseTitle', 'Wie deden deze cursus ook')}</Heading2>
      {me ? (
        <CourseAlumniList courseId={courseId} />
      ) : (
        <Paragraph>
          {t(
            'alumni.courseSignIn',
            'Log in om te zien welke collega’s deze cursus al deden en hun ervaring te vragen.',
          )}{' '}
          <RouterLink className="utrecht-link" to="/inloggen">
            {t('alumni.signIn', 'Inloggen')}
          </RouterLink>
        </Paragraph>
      )}
    </section>
  );
}

function CourseAlumniList({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const state = useQuery(courseAlumniQuery(courseId));
  return (
    <Loaded state={state}>
      {(data) =>
        data.total === 0 ? (
          <Paragraph>
            {t(
              'alumni.courseEmpty',
              'Nog niemand die deze cursus deed, is vindbaar als alumnus. Deed je hem zelf? Zet je vindbaarheid aan in het',
            )}{' '}
            <RouterLink className="utrecht-link" to="/alumni">
              {t('alumni.networkLink', 'Alumni-netwerk')}
            </RouterLink>
            .
          </Paragraph>
        ) : (
          <>
            <Paragraph>
              {t('alumni.courseIntro', {
                defaultValue:
                  '{{count}} collega’s die deze cursus deden, zijn vindbaar als alumnus: vraag ze naar hun ervaring.',
                defaultValue_one:
                  '{{count}} collega die deze cursus deed, is vindbaar als alumnus: vraag naar de ervaring.',
                count: data.total,
              })}
            </Paragraph>
            <ul className="c-cards c-alumni" aria-label={t('alumni.courseList', 'Oud-deelnemers')}>
              {data.items.map((a) => (
                <AlumnusCard key={a.userId} alumnus={a} courseId={courseId} />
              ))}
            </ul>
            {data.total > data.items.length && (
              <Paragraph>
                <RouterLink className="utrecht-link" to={`/alumni?courseId=${courseId}`}>
                  {t('alumni.courseAll', 'Alle {{count}} oud-deelnemers', { count: data.total })}
                </RouterLink>
              </Paragraph>
            )}
          </>
        )
      }
    </Loaded>
  );
}
