import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { FormProblem, TextField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useAction, useSettle } from '../../ui/query.tsx';

const managerLinkKeys = { all: ['identity', 'manager-links'] as const };

/** L&D sets and corrects who approves for the people of their organisation. */
export function ManagersPage() {
  const { t } = useTranslation();
  const settle = useSettle();
  const links = useQuery({
    queryKey: managerLinkKeys.all,
    queryFn: () => ok(client.GET('/api/ld/manager-links')),
  });
  const remove = useAction(
    (userId: string) => ok(client.DELETE('/api/ld/manager-links/{userId}', { params: { path: { userId } } })),
    { done: () => t('managers.removed', 'De koppeling is verwijderd.'), changes: [managerLinkKeys.all] },
  );
  const form = useApiForm({ userEmail: '', managerEmail: '' });
  return (
    <>
      <PageTitle>{t('managers.title', 'Leidinggevenden')}</PageTitle>
      <Paragraph>
        {t(
          'managers.intro',
          'Wie keurt inschrijvingen goed voor de mensen van je organisatie? Een gekoppelde leidinggevende krijgt hun aanvragen, ook als die bij een andere organisatie werkt (bij detachering of een shared service).',
        )}
      </Paragraph>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            await ok(client.POST('/api/ld/manager-links', { body: form.values }));
            form.set('userEmail', '');
            form.set('managerEmail', '');
            await settle(t('managers.saved', 'De leidinggevende is gekoppeld.'), [managerLinkKeys.all]);
          })
        }
      >
        <FormProblem problem={form.problem} />
        <TextField
          label={t('managers.userEmail', 'E-mailadres van de medewerker')}
          name="userEmail"
          type="email"
          required
          value={form.values.userEmail}
          onChange={(v) => form.set('userEmail', v)}
          error={form.errors.userEmail}
        />
        <TextField
          label={t('managers.managerEmail', 'E-mailadres van de leidinggevende')}
          name="managerEmail"
          type="email"
          required
          value={form.values.managerEmail}
          onChange={(v) => form.set('managerEmail', v)}
          error={form.errors.managerEmail}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('managers.save', 'Koppel')}
        </Button>
      </form>
      <ActionError error={remove.error} />
      {links.data && links.data.length === 0 && (
        <Paragraph>
          {t(
            'managers.empty',
            'Nog geen koppelingen. Medewerkers noemen hun leidinggevende dan zelf bij het inschrijven.',
          )}
        </Paragraph>
      )}
      {links.data && links.data.length > 0 && (
        <ul className="c-cards">
          {links.data.map((l) => (
            <li key={l.userId} className="c-card">
              <Paragraph>
                <strong>{l.userName}</strong> ({l.userEmail}) → {l.managerName} ({l.managerEmail})
              </Paragraph>
              <Button
                appearance="secondary-action-button"
                disabled={remove.busy}
                onClick={() => {
                  remove.run(l.userId);
                }}
              >
                {t('managers.remove', 'Verwijder koppeling van {{name}}', { name: l.userName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
