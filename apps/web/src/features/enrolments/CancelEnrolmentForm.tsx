import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { client, ok } from '../../api/client.ts';
import type { CancelReason, Enrolment } from '../../api/types.ts';
import { useLabels } from '../../ui/data.tsx';
import { FormProblem, SelectField, TextAreaField, useApiForm } from '../../ui/forms.tsx';
import { useSettle } from '../../ui/query.tsx';
import { catalogueKeys } from '../catalogue/queries.ts';
import { enrolmentKeys } from './queries.ts';

/** Cancel with a reason: the teacher and L&D see why seats come free. */
export function CancelEnrolmentForm({
  enrolment,
  onDone,
  onClose,
}: {
  enrolment: Enrolment;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const settle = useSettle();
  const form = useApiForm<{ reason: CancelReason | ''; note: string }>({ reason: '', note: '' });
  return (
    <form
      className="c-inline-form"
      aria-label={t('cancel.label', 'Inschrijving annuleren')}
      noValidate
      onSubmit={(e) =>
        form.submit(e, async () => {
          await ok(
            client.POST('/api/enrolments/{id}/cancel', {
              params: { path: { id: enrolment.id } },
              // Without a reason the API says to choose one (a field error).
              body: { reason: (form.values.reason || undefined) as CancelReason, note: form.values.note || undefined },
            }),
          );
          // A cancelled place frees a seat in the catalogue too.
          await settle(t('cancel.done', 'Je inschrijving is geannuleerd.'), [enrolmentKeys.all, catalogueKeys.all]);
          onDone();
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
        options={labels.cancelReason.options}
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
