import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { apiLanguage, client, loadTokens, ok, saveTokens, setSignedOutHandler } from './api/client.ts';
import type { components } from './api/schema.gen.ts';
import type { Me, Role } from './api/types.ts';
import { notificationKeys } from './features/notifications/queries.ts';
import { switchLanguage } from './i18n.ts';

type AuthResult = components['schemas']['AuthResultDto'];

interface AuthState {
  me: Me | null;
  loading: boolean;
  login: (email: string, password: string) => Promise<Me>;
  /** Sends the verification mail; the account is signed in once its link is opened. */
  register: (body: components['schemas']['RegisterDto']) => Promise<void>;
  verifyEmail: (token: string, password: string) => Promise<Me>;
  /** Exchanges the one-time code that single sign-on hands to /sso/klaar for a session. */
  acceptSso: (code: string) => Promise<Me>;
  logout: () => Promise<void>;
  hasRole: (role: Role) => boolean;
  /** Shows the app in `language` and, when signed in, saves it: notifications and e-mails follow it. */
  setLanguage: (language: Language) => Promise<void>;
  /** Saves the person's work domain (null: not given). */
  setWorkDomain: (workDomain: Me['workDomain']) => Promise<void>;
}

type Language = Me['language'];

/** The signed-in person's saved language is the one the app shows. */
function adopt(me: Me): Me {
  switchLanguage(me.language);
  return me;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(() => loadTokens() !== null);

  useEffect(() => {
    setSignedOutHandler(() => {
      setMe(null);
    });
    if (!loadTokens()) return;
    ok(client.GET('/api/me'))
      .then((m) => {
        setMe(adopt(m));
      })
      .catch(() => {
        saveTokens(null);
      })
      .finally(() => {
        setLoading(false);
      });
  }, []);

  // What one person loaded is never shown to the next one signing in in this tab.
  const accept = useCallback(
    (result: AuthResult) => {
      queryClient.clear();
      saveTokens({ accessToken: result.accessToken, refreshToken: result.refreshToken });
      setMe(adopt(result.user));
      return result.user;
    },
    [queryClient],
  );

  const value = useMemo<AuthState>(
    () => ({
      me,
      loading,
      login: async (email, password) => accept(await ok(client.POST('/api/auth/login', { body: { email, password } }))),
      register: async (body) => {
        await ok(client.POST('/api/auth/register', { params: { header: { 'accept-language': apiLanguage() } }, body }));
      },
      verifyEmail: async (token, password) =>
        accept(await ok(client.POST('/api/auth/verify-email', { body: { token, password } }))),
      acceptSso: async (code) => accept(await ok(client.POST('/api/auth/sso/exchange', { body: { code } }))),
      logout: async () => {
        try {
          await ok(client.POST('/api/auth/logout'));
        } finally {
          saveTokens(null);
          setMe(null);
          queryClient.clear();
        }
      },
      hasRole: (role) => !!me?.roles.includes(role),
      setLanguage: async (language) => {
        switchLanguage(language);
        if (!me) return;
        setMe(await ok(client.PUT('/api/me/preferences', { body: { language } })));
        // Stored notifications are rendered in the reader's language: fetch them again (only they).
        await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      },
      setWorkDomain: async (workDomain) => {
        setMe(await ok(client.PUT('/api/me/preferences', { body: { workDomain } })));
      },
    }),
    [me, loading, accept, queryClient],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
