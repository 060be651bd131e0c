import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, loadTokens, saveTokens, setSignedOutHandler } from './api.ts';
import type { Me } from './types.ts';

interface AuthResult {
  accessToken: string;
  refreshToken: string;
  user: Me;
}
interface AuthState {
  me: Me | null;
  loading: boolean;
  login(email: string, password: string): Promise<Me>;
  /** Sends the verification mail; the account is signed in once its link is opened. */
  register(body: { name: string; email: string; password: string }): Promise<void>;
  verifyEmail(token: string, password: string): Promise<Me>;
  /** Exchanges the one-time code that single sign-on hands to /sso/klaar for a session. */
  acceptSso(code: string): Promise<Me>;
  logout(): Promise<void>;
  hasRole(role: 'ld' | 'admin'): boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(() => loadTokens() !== null);

  useEffect(() => {
    setSignedOutHandler(() => setMe(null));
    if (!loadTokens()) return;
    api<Me>('GET', '/me')
      .then(setMe)
      .catch(() => saveTokens(null))
      .finally(() => setLoading(false));
  }, []);

  const accept = useCallback((result: AuthResult) => {
    saveTokens({ accessToken: result.accessToken, refreshToken: result.refreshToken });
    setMe(result.user);
    return result.user;
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      me,
      loading,
      login: async (email, password) => accept(await api<AuthResult>('POST', '/auth/login', { email, password })),
      register: async (body) => {
        await api('POST', '/auth/register', body);
      },
      verifyEmail: async (token, password) =>
        accept(await api<AuthResult>('POST', '/auth/verify-email', { token, password })),
      acceptSso: async (code) => accept(await api<AuthResult>('POST', '/auth/sso/exchange', { code })),
      logout: async () => {
        try {
          await api('POST', '/auth/logout', {});
        } finally {
          saveTokens(null);
          setMe(null);
        }
      },
      hasRole: (role) => !!me?.roles.includes(role),
    }),
    [me, loading, accept],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
