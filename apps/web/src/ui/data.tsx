import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { problemText } from './forms.tsx';

/** Loads data for a page; `reload` after an action. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await run());
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [run]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload, setData };
}

/** Loading, error or content. */
export function Loaded<T>({
  state,
  children,
}: {
  state: { data: T | undefined; error: unknown; loading: boolean };
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (state.error) {
    return (
      <Alert type="error">
        <Paragraph>{problemText(t, state.error)}</Paragraph>
      </Alert>
    );
  }
  if (state.data === undefined)
    return <Paragraph aria-busy="true">{t('common.loading', 'Bezig met laden…')}</Paragraph>;
  return <>{children(state.data)}</>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="c-empty">{children}</div>;
}

export function useLabels() {
  const { t } = useTranslation();
  return {
    format: (f: string) =>
      ({
        klassikaal: t('format.klassikaal', 'Klassikaal'),
        online: t('format.online', 'Online'),
        hybride: t('format.hybride', 'Hybride'),
      })[f] ?? f,
    level: (l: string) =>
      ({
        basis: t('level.basis', 'Basis'),
        verdieping: t('level.verdieping', 'Verdieping'),
        expert: t('level.expert', 'Expert'),
      })[l] ?? l,
    language: (l: string) => ({ nl: t('language.nl', 'Nederlands'), en: t('language.en', 'Engels') })[l] ?? l,
    enrolment: (s: string) =>
      ({
        pending_approval: t('enrolmentStatus.pending_approval', 'Wacht op goedkeuring'),
        confirmed: t('enrolmentStatus.confirmed', 'Ingeschreven'),
        offered: t('enrolmentStatus.offered', 'Plek aangeboden'),
        waitlisted: t('enrolmentStatus.waitlisted', 'Op de wachtlijst'),
        cancelled: t('enrolmentStatus.cancelled', 'Geannuleerd'),
        rejected: t('enrolmentStatus.rejected', 'Afgewezen'),
        declined: t('enrolmentStatus.declined', 'Afgeslagen'),
        expired: t('enrolmentStatus.expired', 'Verlopen'),
        attended: t('enrolmentStatus.attended', 'Aanwezig geweest'),
        no_show: t('enrolmentStatus.no_show', 'Niet verschenen'),
      })[s] ?? s,
    request: (s: string) =>
      ({
        open: t('requestStatus.open', 'Nieuw'),
        inviting: t('requestStatus.inviting', 'Docenten uitgenodigd'),
        awaiting_release: t('requestStatus.awaiting_release', 'Wacht op vrijgave leidinggevende'),
        accepted: t('requestStatus.accepted', 'Docent gevonden'),
        scheduled: t('requestStatus.scheduled', 'Ingepland'),
        delivered: t('requestStatus.delivered', 'Gegeven'),
        evaluated: t('requestStatus.evaluated', 'Geëvalueerd'),
        cancelled: t('requestStatus.cancelled', 'Geannuleerd'),
      })[s] ?? s,
    course: (s: string) =>
      ({
        draft: t('courseStatus.draft', 'Concept'),
        published: t('courseStatus.published', 'Gepubliceerd'),
        archived: t('courseStatus.archived', 'Gearchiveerd'),
      })[s] ?? s,
    invitation: (s: string) =>
      ({
        invited: t('invitationStatus.invited', 'Uitgenodigd'),
        accepted: t('invitationStatus.accepted', 'Geaccepteerd'),
        declined: t('invitationStatus.declined', 'Afgeslagen'),
        withdrawn: t('invitationStatus.withdrawn', 'Ingetrokken'),
      })[s] ?? s,
    cancelReason: (r: string) =>
      ({
        ziekte: t('cancelReason.ziekte', 'Ziekte'),
        werkdruk_prioriteiten: t('cancelReason.werkdruk_prioriteiten', 'Werkdruk of andere prioriteiten'),
        andere_verplichting: t('cancelReason.andere_verplichting', 'Andere verplichting'),
        anders: t('cancelReason.anders', 'Anders'),
      })[r] ?? r,
  };
}

export function EnrolmentBadge({ status }: { status: string }) {
  const labels = useLabels();
  const kind =
    status === 'confirmed' || status === 'attended'
      ? 'success'
      : status === 'offered' || status === 'pending_approval'
        ? 'warning'
        : status === 'waitlisted'
          ? 'neutral'
          : 'inactive';
  return <StatusBadge status={kind}>{labels.enrolment(status)}</StatusBadge>;
}
