import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { client, ok } from '../../api/client.ts';
import { Loaded } from '../../ui/data.tsx';
import { FormProblem, TextField, splitList, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useAction, useSettle } from '../../ui/query.tsx';
import { AdminNav } from './AdminNav.tsx';
import { adminKeys } from './queries.ts';

export function SynonymsPage() {
  const { t } = useTranslation();
  const settle = useSettle();
  const state = useQuery({
    queryKey: adminKeys.synonyms,
    queryFn: () => ok(client.GET('/api/admin/search/synonyms')),
  });
  const remove = useAction(
    (term: string) => ok(client.DELETE('/api/admin/search/synonyms/{term}', { params: { path: { term } } })),
    {
      done: (term) => t('admin.synonymRemoved', 'Synoniemen voor “{{term}}” verwijderd.', { term }),
      changes: [adminKeys.synonyms],
    },
  );
  const form = useApiForm({ term: '', synonyms: '' });
  return (
    <>
      <PageTitle>{t('admin.synonymsTitle', 'Beheer: synoniemen')}</PageTitle>
      <AdminNav />
      <Paragraph>
        {t(
          'admin.synonymsIntro',
          'Synoniemen en afkortingen helpen de kennisbank vragen te begrijpen: wie “Woo” zoekt, vindt ook “Wet open overheid”. Eigen synoniemen gelden naast de standaardlijst.',
        )}
      </Paragraph>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            const term = form.values.term;
            await ok(
              client.PUT('/api/admin/search/synonyms/{term}', {
                params: { path: { term: term.trim() } },
                body: { synonyms: splitList(form.values.synonyms) },
              }),
            );
            form.setValues({ term: '', synonyms: '' });
            await settle(t('admin.synonymSaved', 'Synoniemen voor “{{term}}” opgeslagen.', { term }), [
              adminKeys.synonyms,
            ]);
          })
        }
      >
        <TextField
          label={t('admin.term', 'Term')}
          name="term"
          required
          value={form.values.term}
          onChange={(x) => form.set('term', x)}
          error={form.errors.term}
        />
        <TextField
          label={t('admin.synonymsField', 'Synoniemen')}
          name="synonyms"
          required
          value={form.values.synonyms}
          onChange={(x) => form.set('synonyms', x)}
          error={form.errors.synonyms}
          description={t('admin.synonymsHelp', 'Gescheiden door komma’s')}
        />
        <FormProblem problem={form.problem} />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('admin.saveSynonyms', 'Synoniemen opslaan')}
        </Button>
      </form>
      <Loaded state={state}>
        {(s) => (
          <>
            <Heading2>{t('admin.custom', 'Eigen synoniemen')}</Heading2>
            <ActionError error={remove.error} />
            {s.custom.length === 0 ? (
              <Paragraph>{t('admin.noCustom', 'Nog geen eigen synoniemen.')}</Paragraph>
            ) : (
              <ul className="c-cards">
                {s.custom.map((c) => (
                  <li key={c.term} className="c-card">
                    <strong>{c.term}</strong>: {c.synonyms.join(', ')}{' '}
                    <Button
                      appearance="subtle-button"
                      aria-label={t('admin.removeSynonym', 'Synoniemen voor {{term}} verwijderen', { term: c.term })}
                      disabled={remove.busy}
                      onClick={() => {
                        remove.run(c.term);
                      }}
                    >
                      {t('admin.remove', 'Verwijderen')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <Heading2>{t('admin.defaults', 'Standaardlijst')}</Heading2>
            <ul className="c-columns-list">
              {Object.entries(s.defaults).map(([term, list]) => (
                <li key={term}>
                  <strong>{term}</strong>: {list.join(', ')}
                </li>
              ))}
            </ul>
          </>
        )}
      </Loaded>
    </>
  );
}
