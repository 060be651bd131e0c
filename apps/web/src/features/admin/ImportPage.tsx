import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { ApiError, client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { useNotify } from '../../ui/feedback.tsx';
import { FormProblem, TextAreaField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { AdminNav } from './AdminNav.tsx';

export function ImportPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const form = useApiForm({ json: '' });
  const [result, setResult] = useState<string | null>(null);
  return (
    <>
      <PageTitle>{t('admin.importTitle', 'Beheer: importeren')}</PageTitle>
      <AdminNav />
      <Paragraph>
        {t(
          'admin.importIntro',
          'Importeer organisaties, docenten en cursussen in het JSON-formaat van de kennisbank ({ organisations, trainers, courses }). Importeren is idempotent: een tweede keer werkt bestaande gegevens bij op hun externe id.',
        )}
      </Paragraph>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            let body: unknown;
            try {
              body = JSON.parse(form.values.json);
            } catch {
              throw new ApiError({
                status: 400,
                errors: [{ field: 'json', messages: [t('admin.invalidJson', 'Dit is geen geldige JSON.')] }],
              });
            }
            // The API validates the bundle and names every field it refuses.
            const summary = await ok(
              client.POST('/api/admin/import', { body: body as components['schemas']['ImportBundleDto'] }),
            );
            const text = Object.entries(summary)
              .map(([k, v]) =>
                t('admin.importLine', '{{kind}}: {{created}} nieuw, {{updated}} bijgewerkt', {
                  kind: k,
                  created: v.created,
                  updated: v.updated,
                }),
              )
              .join('; ');
            setResult(text);
            notify(t('admin.imported', 'Import klaar: {{summary}}', { summary: text }));
          })
        }
      >
        <FormProblem problem={form.problem} />
        {!!form.problem?.problem.errors?.some((e) => e.field !== 'json') && (
          <ul className="c-error-text" aria-label={t('admin.importErrors', 'Fouten in het importbestand')}>
            {(form.problem.problem.errors ?? [])
              .filter((e) => e.field !== 'json')
              .slice(0, 50)
              .map((e) => (
                <li key={e.field}>
                  {e.field}: {e.messages.join(' ')}
                </li>
              ))}
          </ul>
        )}
        <TextAreaField
          label={t('admin.json', 'JSON')}
          name="json"
          required
          rows={10}
          value={form.values.json}
          onChange={(x) => form.set('json', x)}
          error={form.errors.json}
        />
        <input
          type="file"
          accept="application/json,.json"
          aria-label={t('admin.file', 'Of kies een JSON-bestand')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file)
              file.text().then(
                (text) => {
                  form.set('json', text);
                },
                () => undefined,
              );
          }}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('admin.importSubmit', 'Importeren')}
        </Button>
      </form>
      {result && <Paragraph data-testid="import-result">{result}</Paragraph>}
    </>
  );
}
