import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link as RouterLink, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Button, Heading1, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useAuth } from '../auth.tsx';
import { useNotify } from './feedback.tsx';
import { problemText } from './forms.tsx';
import { HeaderDataProvider, useHeaderData } from './header-data.tsx';

/** The page's one h1 and the document title; focus lands here after navigation. */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} | Collegiaal` : 'Collegiaal';
  }, [text]);
  return (
    <Heading1 id="page-title" tabIndex={-1}>
      {children}
    </Heading1>
  );
}

/** What decides whether a menu entry is shown. */
export interface Viewer {
  signedIn: boolean;
  isApprover: boolean;
  isLd: boolean;
  isAdmin: boolean;
  pathname: string;
}
export interface MenuEntry {
  to: string;
  label(t: TFunction): string;
  shown(viewer: Viewer): boolean;
}

function MainNav({ menu }: { menu: MenuEntry[] }) {
  const { t } = useTranslation();
  const { me, hasRole } = useAuth();
  const { isApprover } = useHeaderData();
  const { pathname } = useLocation();
  const viewer: Viewer = {
    signedIn: !!me,
    isApprover,
    isLd: !!me && (hasRole('ld') || hasRole('admin')),
    isAdmin: !!me && hasRole('admin'),
    pathname,
  };
  const items = menu.filter((entry) => entry.shown(viewer)).map((entry) => ({ to: entry.to, label: entry.label(t) }));
  return (
    <nav className="c-nav" aria-label={t('nav.label', 'Hoofdmenu')}>
      <ul className="c-nav__list">
        {items.map((i) => (
          <li key={i.to}>
            <NavLink to={i.to} className={({ isActive }) => `c-nav__link${isActive ? ' c-nav__link--current' : ''}`}>
              {i.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function UserMenu() {
  const { t, i18n } = useTranslation();
  const { me, logout, setLanguage } = useAuth();
  const navigate = useNavigate();
  const notify = useNotify();
  const { unread } = useHeaderData();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <div className="c-usermenu">
      <button
        type="button"
        className="c-linkbutton"
        lang={other}
        onClick={() => {
          setLanguage(other).catch((e: unknown) => {
            notify(problemText(t, e), 'error');
          });
        }}
      >
        {other === 'en' ? 'English' : 'Nederlands'}
      </button>
      {me ? (
        <>
          <RouterLink
            to="/meldingen"
            className="utrecht-link c-usermenu__notifications"
            aria-label={
              unread ? t('nav.notificationsUnread', 'Meldingen, {{count}} ongelezen', { count: unread }) : undefined
            }
          >
            {t('nav.notifications', 'Meldingen')}
            {!!unread && (
              <span className="c-count" data-testid="unread-count">
                {' '}
                ({unread})
              </span>
            )}
          </RouterLink>
          <RouterLink to="/mijn-gegevens" className="utrecht-link c-usermenu__name">
            {me.name}
            <span className="c-visually-hidden">{t('nav.myData', ': mijn gegevens')}</span>
          </RouterLink>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              logout().then(
                () => {
                  notify(t('auth.loggedOut', 'Je bent uitgelogd.'));
                  void navigate('/');
                },
                () => undefined,
              );
            }}
          >
            {t('auth.logout', 'Uitloggen')}
          </Button>
        </>
      ) : (
        <>
          <RouterLink to="/inloggen" className="utrecht-link">
            {t('auth.login', 'Inloggen')}
          </RouterLink>
          <RouterLink to="/registreren" className="utrecht-link">
            {t('auth.register', 'Account maken')}
          </RouterLink>
        </>
      )}
    </div>
  );
}

/** The page around every route: header with the main menu, main content, footer. */
export function Layout({ menu }: { menu: MenuEntry[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const first = useRef(true);
  // After client-side navigation, move focus to the new page's heading (as a page load would).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(
      () => (document.getElementById('page-title') ?? document.getElementById('main'))?.focus(),
      50,
    );
    return () => clearTimeout(timer);
  }, [location.pathname]);
  return (
    <HeaderDataProvider>
      <div className="utrecht-page c-page">
        <SkipLink href="#main">{t('nav.skip', 'Direct naar de inhoud')}</SkipLink>
        <header className="c-header">
          <div className="c-header__bar">
            <RouterLink to="/" className="c-logo">
              <span aria-hidden="true" className="c-logo__mark">
                C
              </span>
              Collegiaal
            </RouterLink>
            <UserMenu />
          </div>
          <MainNav menu={menu} />
        </header>
        <main id="main" tabIndex={-1} className="c-main">
          <Outlet />
        </main>
        <footer className="c-footer">
          <Paragraph>
            {t('footer.tagline', 'Collegiaal: leren van collega’s bij de hele overheid.')}{' '}
            <RouterLink to="/toegankelijkheid" className="utrecht-link c-footer__link">
              {t('footer.accessibility', 'Toegankelijkheid')}
            </RouterLink>{' '}
            ·{' '}
            <RouterLink to="/privacy" className="utrecht-link c-footer__link">
              {t('footer.privacy', 'Privacy')}
            </RouterLink>{' '}
            ·{' '}
            <a href="/api/docs" className="utrecht-link c-footer__link">
              {t('footer.api', 'API-documentatie')}
            </a>
          </Paragraph>
        </footer>
      </div>
    </HeaderDataProvider>
  );
}

/** Pages that need a signed-in user send others to the sign-in page and back. */
export function RequireAuth({ children, role }: { children: ReactNode; role?: 'ld' | 'admin' }) {
  const { t } = useTranslation();
  const { me, loading, hasRole } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    if (!loading && !me)
      void navigate(`/inloggen?terug=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
  }, [loading, me, navigate, location]);
  if (loading || !me) return <Paragraph aria-busy="true">{t('common.loading', 'Bezig met laden…')}</Paragraph>;
  if (role && !hasRole(role) && !hasRole('admin')) {
    return (
      <>
        <PageTitle>{t('errors.forbiddenTitle', 'Geen toegang')}</PageTitle>
        <Paragraph>
          {t(
            'errors.forbiddenRole',
            'Deze pagina is voor L&D-medewerkers en beheerders. Vraag je beheerder om de rol als je die nodig hebt.',
          )}
        </Paragraph>
      </>
    );
  }
  return <>{children}</>;
}
