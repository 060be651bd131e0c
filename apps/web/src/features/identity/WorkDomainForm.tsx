import { useTranslation } from 'react-i18next';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../auth.tsx';
import { useLabels } from '../../ui/data.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import { FormProblem, SelectField, useApiForm } from '../../ui/forms.tsx';
import type { WorkDomain } from '../../ui/data.tsx';

/** The person's work domain (PUT /me/preferences): used to mix learning groups across policy, operations and more. */
export function WorkDomainForm() {
  const { t } = useTranslation();
  const { me, setWorkDomain } = useAuth();
  const labels = useLabels();
  const notify = useNotify();
  const form = useApiForm<{ workDomain: WorkDomain | '' }>({ workDomain: me?.workDomain ?? '' });
  return (
    <section aria-labelledby="work-domain-title" className="c-section">
      <Heading2 id="work-domain-title">{t('workDomain.title', 'Mijn werkveld')}</Heading2>
      <Paragraph>
        {t(
          'workDomain.text',
          'In welk deel van het overheidswerk zit je? Leergangen gebruiken dit om groepen te mengen, zodat je leert met collega’s uit beleid, uitvoering, toezicht en bedrijfsvoering.',
        )}
      </Paragraph>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            await setWorkDomain(form.values.workDomain === '' ? null : form.values.workDomain);
            notify(t('workDomain.saved', 'Je werkveld is opgeslagen.'));
          })
        }
      >
        <FormProblem problem={form.problem} />
        <SelectField
          label={t('workDomain.label', 'Werkveld')}
          name="workDomain"
          value={form.values.workDomain}
          onChange={(x) => form.set('workDomain', x)}
          error={form.errors.workDomain}
          placeholder={t('workDomain.none', 'Niet opgegeven')}
          options={labels.workDomain.options}
        />
        <Button type="submit" appearance="secondary-action-button" disabled={form.busy}>
          {t('workDomain.save', 'Werkveld opslaan')}
        </Button>
      </form>
    </section>
  );
}
