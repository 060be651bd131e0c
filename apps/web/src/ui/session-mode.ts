import type { Format } from '../api/types.ts';

/** i18next's t, as far as these labels need it. */
type Translate = (key: string, defaultValue: string) => string;

/** What a session says about where it happens (session, enrolment and catalogue shapes alike). */
export interface SessionPlace {
  online: boolean;
  venueName?: string | null;
  address?: string | null;
  city?: string | null;
}

/** A session's mode is one of the course formats. */
export type SessionMode = Format;

/** Online with a place to go to as well is hybrid; a place without online is in the classroom. */
export function sessionMode(s: SessionPlace): SessionMode {
  const place = [s.venueName, s.address, s.city].some((p) => p && p.trim());
  if (s.online) return place ? 'hybride' : 'online';
  return 'klassikaal';
}

/** "Online", "Hybride · Den Haag" or "Klassikaal · Zaal 1, Utrecht": the mode as it is, with the place. */
export function sessionWhere(t: Translate, s: SessionPlace): string {
  const mode = sessionMode(s);
  const place = [s.venueName, s.address, s.city]
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(', ');
  if (mode === 'online') return t('format.online', 'Online');
  const label = mode === 'hybride' ? t('format.hybride', 'Hybride') : t('format.klassikaal', 'Klassikaal');
  return place ? `${label} · ${place}` : label;
}
