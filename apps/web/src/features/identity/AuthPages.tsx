import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { client, ok } from '../../api/client.ts';
import { useAuth } from '../../auth.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import { FormProblem, problemText, TextField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { safeReturn, SsoLogin } from './SsoPages.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const navigate = useNavigate();
  const notify = useNotify();
  const [params] = useSearchParams();
  const form = useApiForm({ email: '', password: '' });
  // The organisation switched passwords off: its own sign-in is the way in.
  const ssoRequired = form.problem?.problem.code === 'SSO_REQUIRED';
  return (
    <>
      <PageTitle>{t('auth.loginTitle', 'Inloggen')}</PageTitle>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            const me = await login(form.values.email, form.values.password);
            notify(t('auth.welcome', 'Welkom, {{name}}.', { name: me.name }));
            void navigate(safeReturn(params.get('terug')));
          })
        }
      >
        <FormProblem problem={form.problem} />
        <TextField
          label={t('auth.email', 'E-mailadres')}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={form.values.email}
          onChange={(v) => form.set('email', v)}
          error={form.errors.email}
        />
        <TextField
          label={t('auth.password', 'Wachtwoord')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={form.values.password}
          onChange={(v) => form.set('password', v)}
          error={form.errors.password}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('auth.login', 'Inloggen')}
        </Button>
      </form>
      <SsoLogin email={form.values.email} returnTo={params.get('terug')} open={ssoRequired} />
      <Paragraph>
        {t('auth.noAccount', 'Nog geen account?')}{' '}
        <RouterLink className="utrecht-link" to="/registreren">
          {t('auth.register', 'Account maken')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

export function RegisterPage() {
  const { t } = useTranslation();
  const { register } = useAuth();
  const notify = useNotify();
  const form = useApiForm({ name: '', email: '', password: '' });
  const [sentTo, setSentTo] = useState<string | null>(null);
  if (sentTo) {
    return (
      <>
        <PageTitle>{t('auth.checkMailTitle', 'Kijk in je mail')}</PageTitle>
        <Paragraph>
          {t(
            'auth.checkMail',
            'Als {{email}} gebruikt kan worden, hebben we er een link naartoe gestuurd. Open die om je e-mailadres te bevestigen; hij werkt 48 uur.',
            { email: sentTo },
          )}
        </Paragraph>
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            ok(client.POST('/api/auth/verification/resend', { body: { email: sentTo } })).then(
              () => notify(t('auth.resent', 'We hebben een nieuwe link gestuurd, als het adres gebruikt kan worden.')),
              (e: unknown) => notify(problemText(t, e), 'error'),
            );
          }}
        >
          {t('auth.resend', 'Stuur de link opnieuw')}
        </Button>
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('auth.registerTitle', 'Account maken')}</PageTitle>
      <Paragraph>
        {t(
          'auth.registerIntro',
          'Gebruik het e-mailadres van je werk: je organisatie herkennen we aan het domein zodra je het adres bevestigt. Zonder bekend domein kun je meedoen aan openbare cursussen; een beheerder kan je aan je organisatie toevoegen.',
        )}
      </Paragraph>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            await register(form.values);
            setSentTo(form.values.email.trim());
          })
        }
      >
        <FormProblem problem={form.problem} />
        <TextField
          label={t('auth.name', 'Naam')}
          name="name"
          autoComplete="name"
          required
          value={form.values.name}
          onChange={(v) => form.set('name', v)}
          error={form.errors.name}
        />
        <TextField
          label={t('auth.email', 'E-mailadres')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={form.values.email}
          onChange={(v) => form.set('email', v)}
          error={form.errors.email}
        />
        <TextField
          label={t('auth.password', 'Wachtwoord')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          description={t(
            'auth.passwordHelp',
            'Minstens 12 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.',
          )}
          value={form.values.password}
          onChange={(v) => form.set('password', v)}
          error={form.errors.password}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('auth.register', 'Account maken')}
        </Button>
      </form>
    </>
  );
}

/** The page the verification mail links to; confirming takes a click, so mail scanners that follow links confirm nothing. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { verifyEmail } = useAuth();
  const navigate = useNavigate();
  const notify = useNotify();
  const [params] = useSearchParams();
  const token = params.get('token');
  const form = useApiForm({ password: '' });
  return (
    <>
      <PageTitle>{t('auth.verifyTitle', 'Bevestig je e-mailadres')}</PageTitle>
      {token ? (
        <form
          className="c-form"
          noValidate
          onSubmit={(e) =>
            form.submit(e, async () => {
              const me = await verifyEmail(token, form.values.password);
              notify(t('auth.verified', 'Je e-mailadres is bevestigd. Welkom, {{name}}.', { name: me.name }));
              void navigate('/cursussen');
            })
          }
        >
          <FormProblem problem={form.problem} />
          <Paragraph>
            {t(
              'auth.verifyIntro',
              'Bevestig dat dit adres van jou is met het wachtwoord dat je bij het aanmaken koos. Je bent daarna meteen ingelogd.',
            )}
          </Paragraph>
          <TextField
            label={t('auth.password', 'Wachtwoord')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={form.values.password}
            onChange={(v) => form.set('password', v)}
            error={form.errors.password}
          />
          <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
            {t('auth.verify', 'Bevestig mijn e-mailadres')}
          </Button>
        </form>
      ) : (
        <Paragraph>
          {t(
            'auth.verifyMissing',
            'Deze pagina heeft de link uit je mail nodig. Open de link in de mail opnieuw, of vraag een nieuwe aan.',
          )}
        </Paragraph>
      )}
    </>
  );
}
