import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import type {
  CancelReason,
  CourseStatus,
  EnrolmentStatus,
  Format,
  InvitationStatus,
  Language,
  Level,
  Me,
  OrganisationKind,
  RequestStatus,
  Role,
} from '../api/types.ts';
import { problemText } from './forms.tsx';

/** The part of government work a person does (their profile), for mixing learning groups. */
export type WorkDomain = NonNullable<Me['workDomain']>;

/** Loading, error or content: takes a useQuery result. */
export function Loaded<T>({
  state,
  children,
}: {
  state: { data: T | undefined; error: unknown };
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

/**
 * Wording of one of the API's value lists. Typed by the generated union, so a value the API adds
 * breaks the build until it has a label; `of` reads a value the API sends as plain text.
 */
class Labels<K extends string> {
  constructor(private readonly texts: Record<K, string>) {}
  /** Whether the API's plain text is one of these values. */
  is = (value: string): value is K => Object.hasOwn(this.texts, value);
  of = (value: string): string => (this.is(value) ? this.texts[value] : value);
  /** Every value, in the API's order, as options for a select or checkbox group. */
  get options(): { value: K; label: string }[] {
    return (Object.entries(this.texts) as [K, string][]).map(([value, label]) => ({ value, label }));
  }
}

export function useLabels() {
  const { t } = useTranslation();
  return {
    format: new Labels<Format>({
      klassikaal: t('format.klassikaal', 'Klassikaal'),
      online: t('format.online', 'Online'),
      hybride: t('format.hybride', 'Hybride'),
    }),
    level: new Labels<Level>({
      basis: t('level.basis', 'Basis'),
      verdieping: t('level.verdieping', 'Verdieping'),
      expert: t('level.expert', 'Expert'),
    }),
    language: new Labels<Language>({ nl: t('language.nl', 'Nederlands'), en: t('language.en', 'Engels') }),
    enrolment: new Labels<EnrolmentStatus>({
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
    }),
    request: new Labels<RequestStatus>({
      open: t('requestStatus.open', 'Nieuw'),
      inviting: t('requestStatus.inviting', 'Docenten uitgenodigd'),
      awaiting_release: t('requestStatus.awaiting_release', 'Wacht op vrijgave leidinggevende'),
      accepted: t('requestStatus.accepted', 'Docent gevonden'),
      scheduled: t('requestStatus.scheduled', 'Ingepland'),
      delivered: t('requestStatus.delivered', 'Gegeven'),
      evaluated: t('requestStatus.evaluated', 'Geëvalueerd'),
      cancelled: t('requestStatus.cancelled', 'Geannuleerd'),
    }),
    course: new Labels<CourseStatus>({
      draft: t('courseStatus.draft', 'Concept'),
      published: t('courseStatus.published', 'Gepubliceerd'),
      archived: t('courseStatus.archived', 'Gearchiveerd'),
    }),
    invitation: new Labels<InvitationStatus>({
      invited: t('invitationStatus.invited', 'Uitgenodigd'),
      accepted: t('invitationStatus.accepted', 'Geaccepteerd'),
      declined: t('invitationStatus.declined', 'Afgeslagen'),
      withdrawn: t('invitationStatus.withdrawn', 'Ingetrokken'),
    }),
    cancelReason: new Labels<CancelReason>({
      ziekte: t('cancelReason.ziekte', 'Ziekte'),
      werkdruk_prioriteiten: t('cancelReason.werkdruk_prioriteiten', 'Werkdruk of andere prioriteiten'),
      andere_verplichting: t('cancelReason.andere_verplichting', 'Andere verplichting'),
      anders: t('cancelReason.anders', 'Anders'),
    }),
    role: new Labels<Role>({ ld: t('admin.roleLd', 'L&D-adviseur'), admin: t('admin.roleAdmin', 'Beheerder') }),
    workDomain: new Labels<WorkDomain>({
      beleid: t('workDomain.beleid', 'Beleid'),
      uitvoering: t('workDomain.uitvoering', 'Uitvoering'),
      toezicht: t('workDomain.toezicht', 'Toezicht'),
      bedrijfsvoering: t('workDomain.bedrijfsvoering', 'Bedrijfsvoering'),
    }),
    // The API's own words (Dutch) are the labels, as before.
    organisationKind: new Labels<OrganisationKind>({
      ministerie: 'ministerie',
      uitvoeringsorganisatie: 'uitvoeringsorganisatie',
      gemeente: 'gemeente',
      provincie: 'provincie',
      waterschap: 'waterschap',
      overig: 'overig',
    }),
  };
}

export function EnrolmentBadge({ status }: { status: EnrolmentStatus }) {
  const labels = useLabels();
  const kind =
    status === 'confirmed' || status === 'attended'
      ? 'success'
      : status === 'offered' || status === 'pending_approval'
        ? 'warning'
        : status === 'waitlisted'
          ? 'neutral'
          : 'inactive';
  return <StatusBadge status={kind}>{labels.enrolment.of(status)}</StatusBadge>;
}
