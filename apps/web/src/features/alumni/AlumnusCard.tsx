import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { components } from '../../api/schema.gen.ts';
import { formatDate } from '../../format.ts';

export type Alumnus = components['schemas']['AlumnusDto'];

/** One alumnus: name, job title, organisation, what they attended and when; e-mail only with their consent. */
export function AlumnusCard({
  alumnus: a,
  courseId,
  hideContact = false,
}: {
  alumnus: Alumnus;
  courseId?: string;
  hideContact?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = `alumnus-${a.userId}`;
  return (
    <li className="c-card c-alumnus" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3 c-card__title" id={headingId}>
        {a.name}
      </h3>
      <p className="c-meta">
        {[a.jobTitle, a.organisation?.name].filter(Boolean).join(' · ') ||
          t('alumni.noDetails', 'Geen functie of organisatie bekend')}
      </p>
      <ul className="c-alumnus__courses">
        {a.courses.slice(0, 3).map((c) => (
          <li key={c.courseId}>
            {t('alumni.attended', '{{title}}, {{when}}', { title: c.title, when: formatDate(c.attendedAt) })}
          </li>
        ))}
        {a.courses.length > 3 && (
          <li>{t('alumni.moreCourses', 'en nog {{count}} andere', { count: a.courses.length - 3 })}</li>
        )}
      </ul>
      {a.email && (
        <p className="c-meta">
          {t('alumni.email', 'E-mail:')} <a href={`mailto:${a.email}`}>{a.email}</a>
        </p>
      )}
      {!hideContact && (
        <p>
          <RouterLink
            className="utrecht-link"
            to={`/alumni/${a.userId}/bericht${courseId ? `?cursus=${courseId}` : ''}`}
            aria-describedby={headingId}
          >
            {t('alumni.contact', 'Stuur een bericht')}
          </RouterLink>
        </p>
      )}
    </li>
  );
}
