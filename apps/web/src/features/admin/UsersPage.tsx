import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Link as RouterLink, useSearchParams } from 'react-router';
import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ApiError, del, download, get, patch, post, put, qs } from '../../api.ts';
import { formatDateTime } from '../../format.ts';
import { REGIONS } from '../../regions.ts';
import type { AdminUser, AuditEvent, Organisation, Page } from '../../types.ts';
import { Empty, Loaded, useLoad } from '../../ui/data.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import {
  CheckboxGroup,
  FormProblem,
  SelectField,
  TextAreaField,
  TextField,
  problemText,
  splitList,
  useApiForm,
} from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { AdminNav } from './AdminNav.tsx';

export function UsersPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const state = useLoad(() => get<Page<AdminUser>>(`/admin/users${qs({ q, pageSize: 50 })}`), [q]);
  const organisations = useLoad(() => get<Organisation[]>('/organisations'), []);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>, message: string) => {
    setError(null);
    try {
      await action();
      notify(message);
      await state.reload();
    } catch (e) {
      setError(problemText(t, e));
    }
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
      {error && (
        <Paragraph role="alert" className="c-error-text">
          {error}
        </Paragraph>
      )}
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
                        () => put(`/admin/users/${u.id}/organisation`, { organisationId: organisationId || null }),
                        t('admin.organisationSaved', 'De organisatie van {{name}} is opgeslagen.', { name: u.name }),
                      )
                    }
                  />
                  <CheckboxGroup
                    legend={t('admin.rolesFor', 'Rollen van {{name}}', { name: u.name })}
                    name={`roles-${u.id}`}
                    value={u.roles}
                    onChange={(roles) =>
                      run(
                        () => put(`/admin/users/${u.id}/roles`, { roles }),
                        t('admin.rolesSaved', 'De rollen van {{name}} zijn opgeslagen.', { name: u.name }),
                      )
                    }
                    options={[
                      { value: 'ld', label: t('admin.roleLd', 'L&D-adviseur') },
                      { value: 'admin', label: t('admin.roleAdmin', 'Beheerder') },
                    ]}
                  />
                  <Button
                    appearance="subtle-button"
                    onClick={() =>
                      run(
                        () => post(`/admin/users/${u.id}/${u.disabledAt ? 'enable' : 'disable'}`),
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
