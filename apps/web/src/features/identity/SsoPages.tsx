import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../../api/client.ts';
import { useAuth } from '../../auth.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import { FormProblem, TextField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';

/** Only same-site paths are followed after sign-in. */
export function safeReturn(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/mijn-leren';
}

/** The API starts the sign-in and sends the browser on to the organisation's own login. */
export function ssoStartUrl(email: string, returnTo: string | null): string {
  const params = new URLSearchParams({ email: email.trim() });
  if (returnTo) params.set('returnTo', safeReturn(returnTo));
  return `/api/auth/sso/start?${params}`;
}

/**
 * "Inloggen via je eigen organisatie": asks for the work address (its domain picks the
 * organisation) and leaves for the organisation's login page.
 */
export function SsoLogin({
  email,
  returnTo,
  open: forcedOpen,
}: {
  email: string;
  returnTo: string | null;
  open?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const form = useApiForm({ email });
  const panelId = `sso-${useId().replace(/:/g, '')}`;
  const shown = open || !!forcedOpen;
  // Opened by the sign-in form (SSO_REQUIRED), the panel takes the address typed there.
  const given = `${forcedOpen ? 'open' : 'closed'} ${email}`;
  const [taken, setTaken] = useState(given);
  if (taken !== given) {
    setTaken(given);
    if (forcedOpen) form.set('email', email);
  }
  return (
    <section className="c-section" aria-labelledby={`${panelId}-title`}>
      <Heading2 id={`${panelId}-title`}>{t('sso.title', 'Inloggen via je eigen organisatie')}</Heading2>
      <Paragraph>
        {t(
          'sso.intro',
          'Werkt je organisatie met een eigen inlog? Dan log je in met je werkaccount, zonder wachtwoord voor Collegiaal.',
        )}
      </Paragraph>
      {!shown ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            form.set('email', email);
            setOpen(true);
            requestAnimationFrame(() =>
              document.querySelector<HTMLElement>(`#${panelId} input[name="ssoEmail"]`)?.focus(),
            );
          }}
        >
          {t('sso.button', 'Inloggen via je eigen organisatie')}
        </Button>
      ) : (
        <form
          id={panelId}
          className="c-form"
          noValidate
          onSubmit={(e) =>
            form.submit(e, () => {
              const value = form.values.email.trim();
              if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
                throw new ApiError({
                  status: 400,
                  errors: [
                    { field: 'ssoEmail', messages: ['email must be a valid e-mail address'], codes: ['isEmail'] },
                  ],
                });
              }
              window.location.assign(ssoStartUrl(value, returnTo));
              return Promise.resolve();
            })
          }
        >
          <FormProblem problem={form.problem} />
          <TextField
            label={t('sso.email', 'Je e-mailadres op het werk')}
            name="ssoEmail"
            type="email"
            autoComplete="username"
            required
            value={form.values.email}
            onChange={(v) => form.set('email', v)}
            error={form.errors.ssoEmail}
            description={t(
              'sso.emailHelp',
              'Aan het domein herkennen we je organisatie. Je gaat daarna naar de inlogpagina van je organisatie.',
            )}
          />
          <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
            {t('sso.continue', 'Verder naar je organisatie')}
          </Button>
        </form>
      )}
    </section>
  );
}

/** Codes the API puts in /sso/klaar#error=… (libs/identity/src/sso/sso-failure.ts). */
function useFailureText() {
  const { t } = useTranslation();
  const texts: Record<string, string> = {
    SSO_NOT_CONFIGURED: t(
      'sso.error.SSO_NOT_CONFIGURED',
      'Je organisatie heeft (nog) geen eigen inlog bij Collegiaal. Log in met je e-mailadres en wachtwoord.',
    ),
    SSO_ISSUER_MISMATCH: t(
      'sso.error.SSO_ISSUER_MISMATCH',
      'De inlogdienst van je organisatie is niet goed ingesteld: hij noemt zich anders dan Collegiaal verwacht. Meld dit bij de beheerder van Collegiaal in je organisatie.',
    ),
    SSO_PROVIDER_UNAVAILABLE: t(
      'sso.error.SSO_PROVIDER_UNAVAILABLE',
      'De inlogdienst van je organisatie is nu niet bereikbaar. Probeer het later opnieuw.',
    ),
    SSO_INVALID_STATE: t(
      'sso.error.SSO_INVALID_STATE',
      'Deze inlogpoging is verlopen, al gebruikt of in een ander browservenster begonnen. Begin opnieuw.',
    ),
    SSO_CANCELLED: t(
      'sso.error.SSO_CANCELLED',
      'Je hebt het inloggen bij je organisatie afgebroken. Je bent niet ingelogd.',
    ),
    SSO_PROVIDER_ERROR: t(
      'sso.error.SSO_PROVIDER_ERROR',
      'De inlogdienst van je organisatie weigerde het inloggen. Probeer het opnieuw, of vraag je servicedesk om hulp.',
    ),
    SSO_INVALID_TOKEN: t(
      'sso.error.SSO_INVALID_TOKEN',
      'We konden niet vaststellen dat het antwoord echt van je organisatie kwam, dus je bent niet ingelogd. Probeer het opnieuw; gebeurt het weer, meld het dan bij je beheerder.',
    ),
    SSO_EMAIL_MISSING: t(
      'sso.error.SSO_EMAIL_MISSING',
      'Je organisatie gaf geen e-mailadres door. Vraag de beheerder van Collegiaal in je organisatie om dit in te stellen.',
    ),
    SSO_EMAIL_UNVERIFIED: t(
      'sso.error.SSO_EMAIL_UNVERIFIED',
      'Je organisatie meldt dat je e-mailadres niet bevestigd is. Vraag je servicedesk om hulp.',
    ),
    SSO_DOMAIN_NOT_ALLOWED: t(
      'sso.error.SSO_DOMAIN_NOT_ALLOWED',
      'Een organisatie kan alleen inloggen voor haar eigen e-maildomeinen, en jouw adres valt daarbuiten. Je bent niet ingelogd.',
    ),
    SSO_ACCOUNT_DISABLED: t(
      'sso.error.SSO_ACCOUNT_DISABLED',
      'Je account is geblokkeerd. Neem contact op met de beheerder.',
    ),
  };
  return (code: string | null) =>
    (code && texts[code]) || t('sso.error.other', 'Inloggen via je organisatie is niet gelukt. Probeer het opnieuw.');
}

// Codes already exchanged: React's development mode runs effects twice, and a code works once.
const exchanged = new Set<string>();

/** Where single sign-on lands: exchanges the one-time code, or explains what went wrong. */
export function SsoDonePage() {
  const { t } = useTranslation();
  const { acceptSso } = useAuth();
  const navigate = useNavigate();
  const notify = useNotify();
  const location = useLocation();
  const failureText = useFailureText();
  const [params] = useState(() => new URLSearchParams(location.hash.slice(1)));
  const code = params.get('code');
  const [error, setError] = useState<string | null>(code ? null : (params.get('error') ?? 'missing'));
  useEffect(() => {
    // The code is a credential: out of the address bar and history at once.
    if (location.hash) window.history.replaceState(null, '', location.pathname);
    if (!code || exchanged.has(code)) return;
    exchanged.add(code);
    acceptSso(code).then(
      (me) => {
        notify(t('auth.welcome', 'Welkom, {{name}}.', { name: me.name }));
        void navigate(safeReturn(params.get('terug')), { replace: true });
      },
      () => {
        setError('SSO_CODE_INVALID');
      },
    );
    // Runs again only if its inputs change; `exchanged` keeps the one-time code from being sent twice.
  }, [acceptSso, code, location.hash, location.pathname, navigate, notify, params, t]);
  return (
    <>
      <PageTitle>
        {error
          ? t('sso.failedTitle', 'Inloggen via je organisatie is niet gelukt')
          : t('sso.busyTitle', 'Je wordt ingelogd')}
      </PageTitle>
      {error ? (
        <>
          <Alert type="error">
            <Paragraph>
              {error === 'missing'
                ? t(
                    'sso.error.missing',
                    'Deze pagina hoort bij inloggen via je organisatie, maar er kwam geen antwoord van je organisatie mee.',
                  )
                : error === 'SSO_CODE_INVALID'
                  ? t(
                      'sso.error.codeInvalid',
                      'Deze inlogcode werkt niet (meer): hij is verlopen of al gebruikt. Log opnieuw in.',
                    )
                  : failureText(error)}
            </Paragraph>
          </Alert>
          <Paragraph>
            <RouterLink className="utrecht-link" to="/inloggen">
              {t('sso.again', 'Opnieuw inloggen')}
            </RouterLink>
          </Paragraph>
        </>
      ) : (
        <Paragraph role="status">
          {t('sso.busy', 'Even geduld: we ronden het inloggen via je organisatie af…')}
        </Paragraph>
      )}
    </>
  );
}
