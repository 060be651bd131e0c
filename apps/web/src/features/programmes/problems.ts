import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';
import { problemText } from '../../ui/forms.tsx';

/**
 * Dutch wording of the programmes API's problem codes (English under programmes.problems.* in
 * locales/en.ts); any other refusal reads as everywhere else in the app (problemText).
 */
const NL: Record<string, string> = {
  PROGRAMME_NOT_FOUND: 'Dit programma bestaat niet (meer).',
  COHORT_NOT_FOUND: 'Deze tranche bestaat niet (meer).',
  PROGRAMME_NOT_ALLOWED: 'Dat mag je niet doen bij dit programma.',
  PROGRAMME_INVALID: 'Niet alles is goed ingevuld. Bekijk de meldingen bij de velden.',
  PROGRAMME_NOT_IN_AUDIENCE: 'Dit programma staat alleen open voor de organisaties die het noemt.',
  COHORT_OVERLAPS_SESSIONS: 'Onderdelen van deze tranche vallen samen met sessies waarvoor je al bent ingeschreven.',
  PROGRAMME_ILLEGAL_STATE: 'Dit kan niet in de huidige stand van het programma. Ververs de pagina.',
};

export function programmeProblemText(t: TFunction, error: unknown): string {
  const code = error instanceof ApiError ? error.problem.code : undefined;
  if (code && NL[code]) return t(`programmes.problems.${code}`, NL[code]);
  return problemText(t, error);
}

/** The problem code of a refusal, if it has one. */
export function problemCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.problem.code : undefined;
}
