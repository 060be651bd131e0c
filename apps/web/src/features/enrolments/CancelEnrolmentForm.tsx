import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { post } from '../../api.ts';
import type { Enrolment } from '../../types.ts';
import { useLabels } from '../../ui/data.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import { FormProblem, SelectField, TextAreaField, useApiForm } from '../../ui/forms.tsx';

/** Cancel with a reason: the teacher and L&D see why seats come free. */
export function CancelEnrolmentForm({
  enrolment,
  onDone,
  onClose,
}: {
  enrolment: Enrolment;
  onDone(): Promise<void> | void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const notify = useNotify();
  const form = useApiForm({ reason: '', note: '' });
  return (
    <form
      className="c-inline-form"
      aria-label={t('cancel.label', 'Inschrijving annuleren')}
      noValidate
      onSubmit={(e) =>
        form.submit(e, async () => {
          await post(`/enrolments/${enrolment.id}/cancel`, {
            reason: form.values.reason || undefined,
            note: form.values.note || undefined,
          });
          notify(t('cancel.done', 'Je inschrijving is geannuleerd.'));
          await onDone();
        })
      }
    >
      <FormProblem problem={form.problem} />
      <SelectField
        label={t('cancel.reason', 'Reden van annuleren')}
        name="reason"
        required
        value={form.values.reason}
        onChange={(v) => form.set('reason', v)}
        error={form.errors.reason}
        placeholder={t('cancel.choose', 'Kies een reden')}
        options={['ziekte', 'werkdruk_prioriteiten', 'andere_verplichting', 'anders'].map((r) => ({
          value: r,
          label: labels.cancelReason(r),
        }))}
      />
      <TextAreaField
        label={t('cancel.note', 'Toelichting')}
        name="note"
        rows={2}
        value={form.values.note}
        onChange={(v) => form.set('note', v)}
        error={form.errors.note}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('cancel.confirm', 'Annulering bevestigen')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onClose}>
          {t('cancel.keep', 'Niet annuleren')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
