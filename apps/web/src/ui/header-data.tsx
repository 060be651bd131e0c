import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { get } from '../api.ts';
import { useAuth } from '../auth.tsx';
import type { NotificationPage, Participant } from '../types.ts';

interface HeaderData {
  /** Unread notifications of the signed-in user; null while unknown or signed out. */
  unread: number | null;
  /** Someone named this user as manager: linked by L&D (me.isManager) or waiting for a decision (GET /me/approvals). */
  isApprover: boolean;
  /** Reads the unread count again, e.g. after marking notifications read. */
  refreshUnread(): Promise<void>;
}

const HeaderDataContext = createContext<HeaderData>({ unread: null, isApprover: false, refreshUnread: async () => {} });

/** What the header shows about the signed-in user: refreshed on sign-in and on every page change. */
export function HeaderDataProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const { pathname } = useLocation();
  const userId = me?.id ?? null;
  const linkedAsManager = !!me?.isManager;
  const [unread, setUnread] = useState<number | null>(null);
  const [isApprover, setIsApprover] = useState(false);
  const asked = useRef(0);

  const refreshUnread = useCallback(async () => {
    if (!userId) return;
    const mine = ++asked.current;
    try {
      const page = await get<NotificationPage>('/me/notifications?pageSize=1');
      // An older answer never overwrites a newer one.
      if (mine === asked.current) setUnread(page.unread);
    } catch {
      // The count is a courtesy: the page itself reports a failure.
    }
  }, [userId]);

  useEffect(() => {
    if (!userId) setUnread(null);
    else void refreshUnread();
  }, [userId, pathname, refreshUnread]);

  useEffect(() => {
    setIsApprover(false);
    if (!userId) return;
    let current = true;
    get<Participant[]>('/me/approvals')
      .then((list) => current && setIsApprover(list.length > 0))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [userId]);

  return (
    <HeaderDataContext.Provider value={{ unread, isApprover: isApprover || linkedAsManager, refreshUnread }}>
      {children}
    </HeaderDataContext.Provider>
  );
}

export const useHeaderData = () => useContext(HeaderDataContext);
