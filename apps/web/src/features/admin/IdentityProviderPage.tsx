import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ApiError, del, get, put } from '../../api.ts';
import type { Organisation } from '../../types.ts';
import { Loaded, useLoad } from '../../ui/data.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import { CheckboxField, FormProblem, TextField, problemText, splitList, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { AdminNav } from './AdminNav.tsx';

/** GET /api/admin/organisations/{id}/identity-provider (the client secret never comes back). */
interface IdentityProvider {
  organisationId: string;
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  emailDomains: string[];
  emailClaim: string;
  nameClaim: string;
  enabled: boolean;
  passwordLoginDisabled: boolean;
  redirectUri: string;
  updatedAt: string;
}

async function load(id: string): Promise<{ organisation: Organisation; provider: IdentityProvider | null }> {
  const [organisation, provider] = await Promise.all([
    get<Organisation>(`/organisations/${id}`),
    get<IdentityProvider>(`/admin/organisations/${id}/identity-provider`).catch((e: unknown) => {
      if (e instanceof ApiError && e.problem.code === 'IDENTITY_PROVIDER_NOT_FOUND') return null;
      throw e;
    }),
  ]);
  return { organisation, provider };
}

/** An organisation's own OpenID provider: its people sign in with their work account. */
export function IdentityProviderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useLoad(() => load(id), [id]);
  return (
    <>
      <PageTitle>{t('admin.idpTitle', 'Beheer: inloggen via eigen organisatie')}</PageTitle>
      <AdminNav />
      <Loaded state={state}>
        {(data) => <IdentityProviderForm key={data.provider?.updatedAt ?? 'new'} {...data} reload={state.reload} />}
      </Loaded>
    </>
  );
}

function IdentityProviderForm({
  organisation,
  provider,
  reload,
}: {
  organisation: Organisation;
  provider: IdentityProvider | null;
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [removeError, setRemoveError] = useState<string | null>(null);
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
            await put(`/admin/organisations/${organisation.id}/identity-provider`, {
              issuer: v.issuer.trim(),
              clientId: v.clientId.trim(),
              ...(v.clientSecret ? { clientSecret: v.clientSecret } : {}),
              emailDomains: splitList(v.emailDomains),
              emailClaim: v.emailClaim.trim() || 'email',
              nameClaim: v.nameClaim.trim() || 'name',
              enabled: v.enabled,
              passwordLoginDisabled: v.passwordLoginDisabled,
            });
            notify(t('admin.idpSaved', 'De eigen inlog van {{name}} is opgeslagen.', { name: organisation.name }));
            await reload();
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
          {removeError && (
            <Paragraph role="alert" className="c-error-text">
              {removeError}
            </Paragraph>
          )}
          <Button
            appearance="secondary-action-button"
            onClick={async () => {
              setRemoveError(null);
              try {
                await del(`/admin/organisations/${organisation.id}/identity-provider`);
                notify(
                  t('admin.idpRemoved', 'De eigen inlog van {{name}} is verwijderd.', { name: organisation.name }),
                );
                await reload();
              } catch (e) {
                setRemoveError(problemText(t, e));
              }
            }}
          >
            {t('admin.idpRemove', 'Eigen inlog verwijderen')}
          </Button>
        </section>
      )}
    </>
  );
}
