import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@utrecht/component-library-react';
import { EnrolmentBadge, useLabels } from '../../ui/data.tsx';

/** My enrolment in a cohort: its state as everywhere else, and my place on the waitlist. */
export function EnrolmentState({ enrolment }: { enrolment: { status: string; position: number | null } }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const status = enrolment.status;
  return (
    <>
      {labels.enrolment.is(status) ? (
        <EnrolmentBadge status={status} />
      ) : (
        <StatusBadge status="neutral">{status}</StatusBadge>
      )}
      {status === 'waitlisted' && enrolment.position !== null && (
        <> {t('course.position', 'Plaats {{position}} op de wachtlijst', { position: enrolment.position })}</>
      )}
    </>
  );
}
