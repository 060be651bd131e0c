import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { get } from '../api.ts';
import { useAuth } from '../auth.tsx';
import type { Organisation } from '../types.ts';
import { useLoad } from '../ui/data.tsx';
import { useNotify } from '../ui/feedback.tsx';
import { FormProblem, SelectField, TextField, useApiForm } from '../ui/forms.tsx';
import { PageTitle } from '../ui/layout.tsx';

/** Only same-site paths are followed after sign-in. */
function safeReturn(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/mijn-leren';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const navigate = useNavigate();
  const notify = useNotify();
  const [params] = useSearchParams();
  const form = useApiForm({ email: '', password: '' });
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
            navigate(safeReturn(params.get('terug')));
          })
        }
      >
        <FormProblem problem={form.problem} />
        <TextField label={t('auth.email', 'E-mailadres')} name="email" type="email" autoComplete="username" required value={form.values.email} onChange={(v) => form.set('email', v)} error={form.errors.email} />
        <TextField label={t('auth.password', 'Wachtwoord')} name="password" type="password" autoComplete="current-password" required value={form.values.password} onChange={(v) => form.set('password', v)} error={form.errors.password} />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('auth.login', 'Inloggen')}
        </Button>
      </form>
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
  const navigate = useNavigate();
  const notify = useNotify();
  const organisations = useLoad(() => get<Organisation[]>('/organisations'), []);
  const form = useApiForm({ name: '', email: '', password: '', organisationId: '' });
  return (
    <>
      <PageTitle>{t('auth.registerTitle', 'Account maken')}</PageTitle>
      <Paragraph>{t('auth.registerIntro', 'Gebruik het e-mailadres van je werk. Je organisatie herkennen we aan het domein; kies hem zelf als dat niet lukt.')}</Paragraph>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            const me = await register({ ...form.values, organisationId: form.values.organisationId || undefined });
            notify(t('auth.registered', 'Je account is aangemaakt. Welkom, {{name}}.', { name: me.name }));
            navigate('/cursussen');
          })
        }
      >
        <FormProblem problem={form.problem} />
        <TextField label={t('auth.name', 'Naam')} name="name" autoComplete="name" required value={form.values.name} onChange={(v) => form.set('name', v)} error={form.errors.name} />
        <TextField label={t('auth.email', 'E-mailadres')} name="email" type="email" autoComplete="email" required value={form.values.email} onChange={(v) => form.set('email', v)} error={form.errors.email} />
        <TextField
          label={t('auth.password', 'Wachtwoord')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          description={t('auth.passwordHelp', 'Minstens 12 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.')}
          value={form.values.password}
          onChange={(v) => form.set('password', v)}
          error={form.errors.password}
        />
        <SelectField
          label={t('auth.organisation', 'Organisatie')}
          name="organisationId"
          value={form.values.organisationId}
          onChange={(v) => form.set('organisationId', v)}
          error={form.errors.organisationId}
          placeholder={t('auth.organisationAuto', 'Herken aan mijn e-mailadres')}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('auth.register', 'Account maken')}
        </Button>
      </form>
    </>
  );
}
