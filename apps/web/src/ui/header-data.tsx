import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { client, ok } from '../api/client.ts';
import { useAuth } from '../auth.tsx';
import { notificationKeys, notificationsQuery } from '../features/notifications/queries.ts';

interface HeaderData {
  /** Unread notifications of the signed-in user; null while unknown or signed out. */
  unread: number | null;
  /** Someone named this user as manager: linked by L&D (me.isManager) or waiting for a decision (GET /me/approvals). */
  isApprover: boolean;
  /** Reads the unread count again, e.g. after marking notifications read. */
  refreshUnread: () => Promise<void>;
}

const HeaderDataContext = createContext<HeaderData>({
  unread: null,
  isApprover: false,
  refreshUnread: () => Promise.resolve(),
});

/** What the header shows about the signed-in user: refreshed on sign-in and on every page change. */
export function HeaderDataProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const signedIn = !!me;
  // The count is a courtesy: a failure leaves it unknown, the page itself reports it.
  const unread = useQuery({ ...notificationsQuery(1), enabled: signedIn });
  const { refetch } = unread;
  // Asked once per sign-in: whether the menu offers approvals.
  const approvals = useQuery({
    queryKey: ['header', 'approvals', me?.id],
    queryFn: () => ok(client.GET('/api/me/approvals')),
    enabled: signedIn,
    staleTime: Infinity,
  });

  useEffect(() => {
    if (signedIn) void refetch();
  }, [signedIn, pathname, refetch]);

  const refreshUnread = useCallback(
    () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    [queryClient],
  );

  return (
    <HeaderDataContext.Provider
      value={{
        unread: signedIn ? (unread.data?.unread ?? null) : null,
        isApprover: (signedIn && (approvals.data?.length ?? 0) > 0) || !!me?.isManager,
        refreshUnread,
      }}
    >
      {children}
    </HeaderDataContext.Provider>
  );
}

export const useHeaderData = () => useContext(HeaderDataContext);
