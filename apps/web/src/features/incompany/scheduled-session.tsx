import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { InCompanyRequest } from '../../api/types.ts';
import { formatSessionWhen } from '../../format.ts';
import { sessionWhere } from '../../ui/session-mode.ts';

export type RequestSession = NonNullable<InCompanyRequest['session']>;

/** Who looks at a scheduled request decides where its session link goes. */
export interface Viewer {
  /** The viewer's teacher profile id, if any. */
  profileId?: string | null;
  /** The viewer is L&D (or admin) of the requesting organisation. */
  owner: boolean;
}

/** The trainer goes to the session's participants; L&D to the (private) course page; others nowhere. */
export function sessionLink(r: InCompanyRequest, viewer: Viewer): string | null {
  if (!r.session || !r.sessionId) return null;
  if (viewer.profileId && viewer.profileId === r.trainerId)
    return `/lesgeven/cursussen/${r.session.courseId}/sessies/${r.sessionId}`;
  if (viewer.owner) return `/cursussen/${r.session.courseId}`;
  return null;
}

/** "Online", "Hybride · Zaal 4, Den Haag", "Klassikaal · Zaal 1, Utrecht" for a request's session. */
export function useSessionWhere() {
  const { t } = useTranslation();
  return (s: RequestSession) =>
    sessionWhere(t, { online: Boolean(s.onlineUrl), venueName: s.venueName, address: s.address, city: s.city });
}

/** The session's link text: the participants for the trainer, the course for everyone else. */
export function SessionLink({ request: r, viewer }: { request: InCompanyRequest; viewer: Viewer }) {
  const { t } = useTranslation();
  const to = sessionLink(r, viewer);
  if (!to || !r.session) return null;
  const trainer = to.startsWith('/lesgeven/');
  return (
    <RouterLink className="utrecht-link" to={to}>
      {trainer
        ? t('request.sessionParticipants', 'Deelnemers van de sessie op {{when}}', {
            when: formatSessionWhen(r.session.startsAt, r.session.endsAt),
          })
        : t('request.sessionCourse', 'Naar de cursus en inschrijving')}
    </RouterLink>
  );
}
