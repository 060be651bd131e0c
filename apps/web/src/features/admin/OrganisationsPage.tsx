import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Heading2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { client, ok } from '../../api/client.ts';
import type { Organisation, OrganisationKind } from '../../api/types.ts';
import { REGIONS } from '../../regions.ts';
import { Loaded, useLabels } from '../../ui/data.tsx';
import { FormProblem, SelectField, TextField, splitList, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { useSettle } from '../../ui/query.tsx';
import { organisationKeys, organisationsQuery } from '../organisations/queries.ts';
import { AdminNav } from './AdminNav.tsx';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const settle = useSettle();
  const state = useQuery(organisationsQuery);
  const [editing, setEditing] = useState<Organisation | null>(null);
  const empty = { name: '', slug: '', kind: 'gemeente' as OrganisationKind, region: 'Utrecht', emailDomains: '' };
  const form = useApiForm(empty);
  const v = form.values;
  const startEdit = (o: Organisation | null) => {
    setEditing(o);
    form.setValues(
      o
        ? { name: o.name, slug: o.slug, kind: o.kind, region: o.region, emailDomains: o.emailDomains.join(', ') }
        : empty,
    );
    requestAnimationFrame(() => document.getElementById('org-form-title')?.focus());
  };
  return (
    <>
      <PageTitle>{t('admin.organisationsTitle', 'Beheer: organisaties')}</PageTitle>
      <AdminNav />
      <Loaded state={state}>
        {(orgs) => (
          <div
            className="c-table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('admin.organisations', 'Organisaties')}
          >
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('admin.orgName', 'Naam')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.orgKind', 'Soort')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.orgRegion', 'Provincie')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.orgDomains', 'E-maildomeinen')}</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <span className="c-visually-hidden">{t('admin.actions', 'Acties')}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {orgs.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell>{o.name}</TableCell>
                    <TableCell>{o.kind}</TableCell>
                    <TableCell>{o.region}</TableCell>
                    <TableCell>{o.emailDomains.join(', ')}</TableCell>
                    <TableCell>
                      <Button
                        appearance="subtle-button"
                        onClick={() => startEdit(o)}
                        aria-label={t('admin.editOrg', '{{name}} bewerken', { name: o.name })}
                      >
                        {t('admin.edit', 'Bewerken')}
                      </Button>{' '}
                      <RouterLink
                        className="utrecht-link"
                        to={`/beheer/organisaties/${o.id}/inloggen`}
                        aria-label={t('admin.idpLinkFor', 'Eigen inlog van {{name}}', { name: o.name })}
                      >
                        {t('admin.idpLink', 'Eigen inlog')}
                      </RouterLink>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </Loaded>
      <form
        className="c-form c-section"
        aria-labelledby="org-form-title"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            const body = {
              name: v.name,
              slug: v.slug,
              kind: v.kind,
              region: v.region,
              emailDomains: splitList(v.emailDomains),
            };
            if (editing)
              await ok(client.PATCH('/api/organisations/{id}', { params: { path: { id: editing.id } }, body }));
            else await ok(client.POST('/api/organisations', { body }));
            startEdit(null);
            await settle(
              editing
                ? t('admin.orgSaved', 'De organisatie is bijgewerkt.')
                : t('admin.orgCreated', 'De organisatie is toegevoegd.'),
              [organisationKeys.all],
            );
          })
        }
      >
        <Heading2 id="org-form-title" tabIndex={-1}>
          {editing
            ? t('admin.editOrgTitle', '{{name}} bewerken', { name: editing.name })
            : t('admin.newOrg', 'Organisatie toevoegen')}
        </Heading2>
        <FormProblem problem={form.problem} />
        <TextField
          label={t('admin.orgName', 'Naam')}
          name="name"
          required
          value={v.name}
          onChange={(x) => form.set('name', x)}
          error={form.errors.name}
        />
        <TextField
          label={t('admin.orgSlug', 'Korte naam (in adressen)')}
          name="slug"
          required
          value={v.slug}
          onChange={(x) => form.set('slug', x)}
          error={form.errors.slug}
          description={t('admin.orgSlugHelp', 'Kleine letters, cijfers en streepjes, bijvoorbeeld gemeente-utrecht')}
        />
        <SelectField
          label={t('admin.orgKind', 'Soort')}
          name="kind"
          required
          value={v.kind}
          onChange={(x) => form.set('kind', x)}
          error={form.errors.kind}
          options={labels.organisationKind.options}
        />
        <SelectField
          label={t('admin.orgRegion', 'Provincie')}
          name="region"
          required
          value={v.region}
          onChange={(x) => form.set('region', x)}
          error={form.errors.region}
          options={REGIONS.map((r) => ({ value: r, label: r }))}
        />
        <TextField
          label={t('admin.orgDomains', 'E-maildomeinen')}
          name="emailDomains"
          value={v.emailDomains}
          onChange={(x) => form.set('emailDomains', x)}
          error={form.errors.emailDomains}
          description={t('admin.orgDomainsHelp', 'Gescheiden door komma’s, bijvoorbeeld utrecht.nl')}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
            {editing ? t('admin.save', 'Opslaan') : t('admin.add', 'Toevoegen')}
          </Button>
          {editing && (
            <Button type="button" appearance="subtle-button" onClick={() => startEdit(null)}>
              {t('common.cancel', 'Annuleren')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </>
  );
}
