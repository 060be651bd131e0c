import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { client, ok, query } from '../../api/client.ts';
import { Empty, Loaded, useLabels } from '../../ui/data.tsx';
import { CheckboxGroup, SelectField, TextField } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useAction } from '../../ui/query.tsx';
import { organisationsQuery } from '../organisations/queries.ts';
import { AdminNav } from './AdminNav.tsx';
import { adminKeys } from './queries.ts';

export function UsersPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const state = useQuery({
    queryKey: [...adminKeys.users, q],
    queryFn: () => ok(client.GET('/api/admin/users', { params: { query: query({ q, pageSize: 50 }) } })),
    placeholderData: keepPreviousData,
  });
  const organisations = useQuery(organisationsQuery);
  // Each change to a user is its own call, with its own notice.
  const change = useAction(({ call }: { call: () => Promise<unknown>; message: string }) => call(), {
    done: ({ message }) => message,
    changes: [adminKeys.users],
  });
  const error = change.error;
  const run = (call: () => Promise<unknown>, message: string) => {
    change.run({ call, message });
  };
  return (
    <>
      <PageTitle>{t('admin.usersTitle', 'Beheer: gebruikers en rollen')}</PageTitle>
      <AdminNav />
      <form
        role="search"
        aria-label={t('admin.searchUsers', 'Gebruikers zoeken')}
        className="c-form"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(draft ? { q: draft } : {});
        }}
      >
        <TextField
          label={t('admin.searchUsers', 'Gebruikers zoeken')}
          name="q"
          type="search"
          required
          value={draft}
          onChange={setDraft}
          description={t('admin.searchHelp', 'Op naam of e-mailadres')}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('home.search', 'Zoeken')}
        </Button>
      </form>
      <ActionError error={error} />
      <Loaded state={state}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>
              <Paragraph>{t('admin.noUsers', 'Geen gebruikers gevonden.')}</Paragraph>
            </Empty>
          ) : (
            <ul className="c-cards">
              {page.items.map((u) => (
                <li key={u.id} className="c-card">
                  <h2 className="utrecht-heading-3 c-card__title">{u.name}</h2>
                  <Paragraph className="c-meta">
                    {u.email}
                    {u.disabledAt && <> · {t('admin.disabled', 'geblokkeerd')}</>}
                    {!u.emailVerifiedAt && <> · {t('admin.unverified', 'e-mailadres niet bevestigd')}</>}
                  </Paragraph>
                  <SelectField
                    label={t('admin.organisationOf', 'Organisatie van {{name}}', { name: u.name })}
                    name={`organisation-${u.id}`}
                    value={u.organisationId ?? ''}
                    placeholder={t('admin.noOrganisation', 'Geen organisatie (alleen openbare cursussen)')}
                    options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                    onChange={(organisationId) =>
                      run(
                        () =>
                          ok(
                            client.PUT('/api/admin/users/{id}/organisation', {
                              params: { path: { id: u.id } },
                              body: { organisationId: organisationId || null },
                            }),
                          ),
                        t('admin.organisationSaved', 'De organisatie van {{name}} is opgeslagen.', { name: u.name }),
                      )
                    }
                  />
                  <CheckboxGroup
                    legend={t('admin.rolesFor', 'Rollen van {{name}}', { name: u.name })}
                    name={`roles-${u.id}`}
                    value={u.roles.filter(labels.role.is)}
                    onChange={(roles) =>
                      run(
                        () =>
                          ok(
                            client.PUT('/api/admin/users/{id}/roles', {
                              params: { path: { id: u.id } },
                              body: { roles },
                            }),
                          ),
                        t('admin.rolesSaved', 'De rollen van {{name}} zijn opgeslagen.', { name: u.name }),
                      )
                    }
                    options={labels.role.options}
                  />
                  <Button
                    appearance="subtle-button"
                    onClick={() =>
                      run(
                        () =>
                          ok(
                            u.disabledAt
                              ? client.POST('/api/admin/users/{id}/enable', { params: { path: { id: u.id } } })
                              : client.POST('/api/admin/users/{id}/disable', { params: { path: { id: u.id } } }),
                          ),
                        u.disabledAt
                          ? t('admin.enabled', '{{name}} kan weer inloggen.', { name: u.name })
                          : t('admin.disabledMsg', '{{name}} kan niet meer inloggen.', { name: u.name }),
                      )
                    }
                  >
                    {u.disabledAt ? t('admin.enable', 'Deblokkeren') : t('admin.disable', 'Blokkeren')}
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}
