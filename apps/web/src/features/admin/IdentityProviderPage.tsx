import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { queryOptions, useQueries } from '@tanstack/react-query';
import { ApiError, client, ok } from '../../api/client.ts';
import type { IdentityProvider, Organisation } from '../../api/types.ts';
import { Loaded } from '../../ui/data.tsx';
import { CheckboxField, FormProblem, TextField, splitList, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useAction, useSettle } from '../../ui/query.tsx';
import { organisationQuery } from '../organisations/queries.ts';
import { AdminNav } from './AdminNav.tsx';
import { adminKeys } from './queries.ts';

/** The organisation's own sign-in (the client secret never comes back), or null when it has none. */
const identityProviderQuery = (id: string) =>
  queryOptions({
    queryKey: adminKeys.identityProvider(id),
    queryFn: async () => {
      try {
        return await ok(client.GET('/api/admin/organisations/{id}/identity-provider', { params: { path: { id } } }));
      } catch (e) {
        if (e instanceof ApiError && e.problem.code === 'IDENTITY_PROVIDER_NOT_FOUND') return null;
        throw e;
      }
    },
  });

/** An organisation's own OpenID provider: its people sign in with their work account. */
export function IdentityProviderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useQueries({
    queries: [organisationQuery(id), identityProviderQuery(id)],
    combine: ([organisation, provider]) => ({
      error: organisation.error ?? provider.error,
      data:
        organisation.data && provider.data !== undefined
          ? { organisation: organisation.data, provider: provider.data }
          : undefined,
    }),
  });
  return (
    <>
      <PageTitle>{t('admin.idpTitle', 'Beheer: inloggen via eigen organisatie')}</PageTitle>
      <AdminNav />
      <Loaded state={state}>
        {(data) => <IdentityProviderForm key={data.provider?.updatedAt ?? 'new'} {...data} />}
      </Loaded>
    </>
  );
}

function IdentityProviderForm({
  organisation,
  provider,
}: {
  organisation: Organisation;
  provider: IdentityProvider | null;
}) {
  const { t } = useTranslation();
  const settle = useSettle();
  const changes = [adminKeys.identityProvider(organisation.id)];
  const remove = useAction(
    () =>
      ok(
        client.DELETE('/api/admin/organisations/{id}/identity-provider', {
          params: { path: { id: organisation.id } },
        }),
      ),
    {
      done: () => t('admin.idpRemoved', 'De eigen inlog van {{name}} is verwijderd.', { name: organisation.name }),
      changes,
    },
  );
  const form = useApiForm({
    issuer: provider?.issuer ?? '',
    clientId: provider?.clientId ?? '',
    clientSecret: '',
    emailDomains: (provider?.emailDomains ?? organisation.emailDomains).join(', '),
    emailClaim: provider?.emailClaim ?? 'email',
    nameClaim: provider?.nameClaim ?? 'name',
    enabled: provider?.enabled ?? true,
    passwordLoginDisabled: provider?.passwordLoginDisabled ?? false,
  });
  const v = form.values;
  const redirectUri = provider?.redirectUri ?? `${window.location.origin}/api/auth/sso/callback`;
  return (
    <>
      <Paragraph>
        {t(
          'admin.idpIntro',
          'Met een eigen inlog loggen medewerkers van {{name}} in met hun werkaccount (OpenID Connect). Wie voor het eerst inlogt, krijgt meteen een account bij {{name}}, met een bevestigd e-mailadres.',
          { name: organisation.name },
        )}
      </Paragraph>
      <Paragraph>
        <RouterLink className="utrecht-link" to="/beheer/organisaties">
          {t('admin.idpBack', 'Terug naar de organisaties')}
        </RouterLink>
      </Paragraph>
      <Heading2>{t('admin.idpRegister', 'Bij de inlogdienst van de organisatie')}</Heading2>
      <Paragraph>
        {t('admin.idpRedirect', 'Registreer Collegiaal daar als toepassing met dit redirect-adres:')}{' '}
        <code className="c-code">{redirectUri}</code>
      </Paragraph>
      <form
        className="c-form c-section"
        aria-labelledby="idp-form-title"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            await ok(
              client.PUT('/api/admin/organisations/{id}/identity-provider', {
                params: { path: { id: organisation.id } },
                body: {
                  issuer: v.issuer.trim(),
                  clientId: v.clientId.trim(),
                  ...(v.clientSecret ? { clientSecret: v.clientSecret } : {}),
                  emailDomains: splitList(v.emailDomains),
                  emailClaim: v.emailClaim.trim() || 'email',
                  nameClaim: v.nameClaim.trim() || 'name',
                  enabled: v.enabled,
                  passwordLoginDisabled: v.passwordLoginDisabled,
                },
              }),
            );
            await settle(
              t('admin.idpSaved', 'De eigen inlog van {{name}} is opgeslagen.', { name: organisation.name }),
              changes,
            );
          })
        }
      >
        <Heading2 id="idp-form-title">{t('admin.idpSettings', 'Instellingen')}</Heading2>
        <FormProblem problem={form.problem} />
        <TextField
          label={t('admin.idpIssuer', 'Issuer')}
          name="issuer"
          type="url"
          required
          value={v.issuer}
          onChange={(x) => form.set('issuer', x)}
          error={form.errors.issuer}
          description={
            <>
              {t('admin.idpIssuerHelp', 'Precies zoals de inlogdienst zichzelf noemt, bijvoorbeeld')}{' '}
              <code className="c-code">https://login.microsoftonline.com/&lt;tenant&gt;/v2.0</code>
            </>
          }
        />
        <TextField
          label={t('admin.idpClientId', 'Client-id')}
          name="clientId"
          required
          value={v.clientId}
          onChange={(x) => form.set('clientId', x)}
          error={form.errors.clientId}
        />
        <TextField
          label={t('admin.idpClientSecret', 'Clientgeheim')}
          name="clientSecret"
          type="password"
          autoComplete="off"
          required={!provider}
          value={v.clientSecret}
          onChange={(x) => form.set('clientSecret', x)}
          error={form.errors.clientSecret}
          description={
            provider
              ? t(
                  'admin.idpSecretKept',
                  'Er is een geheim opgeslagen (versleuteld; het wordt nooit getoond). Laat dit leeg om het te houden.',
                )
              : t('admin.idpSecretHelp', 'Wordt versleuteld opgeslagen en nooit meer getoond.')
          }
        />
        <TextField
          label={t('admin.idpDomains', 'E-maildomeinen waarvoor de inlogdienst instaat')}
          name="emailDomains"
          required
          value={v.emailDomains}
          onChange={(x) => form.set('emailDomains', x)}
          error={form.errors.emailDomains}
          description={t(
            'admin.idpDomainsHelp',
            'Gescheiden door komma’s; alleen domeinen van deze organisatie: {{domains}}',
            { domains: organisation.emailDomains.join(', ') || '–' },
          )}
        />
        <TextField
          label={t('admin.idpEmailClaim', 'Claim met het e-mailadres')}
          name="emailClaim"
          value={v.emailClaim}
          onChange={(x) => form.set('emailClaim', x)}
          error={form.errors.emailClaim}
          description={t('admin.idpClaimHelp', 'Meestal email; bij sommige diensten upn of preferred_username')}
        />
        <TextField
          label={t('admin.idpNameClaim', 'Claim met de naam')}
          name="nameClaim"
          value={v.nameClaim}
          onChange={(x) => form.set('nameClaim', x)}
          error={form.errors.nameClaim}
        />
        <CheckboxField
          label={t('admin.idpEnabled', 'Medewerkers kunnen via deze inlogdienst inloggen')}
          name="enabled"
          checked={v.enabled}
          onChange={(x) => form.set('enabled', x)}
          error={form.errors.enabled}
        />
        <CheckboxField
          label={t('admin.idpPasswordsOff', 'Inloggen en account maken met een wachtwoord uitzetten')}
          name="passwordLoginDisabled"
          checked={v.passwordLoginDisabled}
          onChange={(x) => form.set('passwordLoginDisabled', x)}
          error={form.errors.passwordLoginDisabled}
          description={t(
            'admin.idpPasswordsOffHelp',
            'Medewerkers van deze organisatie kunnen dan alleen nog via de eigen inlog binnenkomen. Zet dit pas aan als inloggen via de eigen organisatie werkt.',
          )}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
            {t('admin.save', 'Opslaan')}
          </Button>
        </ButtonGroup>
      </form>
      {provider && (
        <section className="c-section" aria-labelledby="idp-remove-title">
          <Heading2 id="idp-remove-title">{t('admin.idpRemoveTitle', 'Eigen inlog verwijderen')}</Heading2>
          <Paragraph>
            {t('admin.idpRemoveIntro', 'Medewerkers loggen daarna weer in met hun e-mailadres en wachtwoord.')}
          </Paragraph>
          <ActionError error={remove.error} />
          <Button
            appearance="secondary-action-button"
            disabled={remove.busy}
            onClick={() => {
              remove.run();
            }}
          >
            {t('admin.idpRemove', 'Eigen inlog verwijderen')}
          </Button>
        </section>
      )}
    </>
  );
}
