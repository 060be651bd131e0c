import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';

type Kind = 'ok' | 'error' | 'info';
interface Notice { id: number; kind: Kind; text: string }
const NoticeContext = createContext<(text: string, kind?: Kind) => void>(() => {});

/** Feedback for every action, announced by screen readers through a live region. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback((text: string, kind: Kind = 'ok') => setNotice({ id: Date.now(), kind, text }), []);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice((n) => (n?.id === notice.id ? null : n)), 10000);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <div className="c-notice" role="status" aria-live="polite" data-testid="notice">
        {notice && (
          // The surrounding live region announces it; the alert itself must not be a second one.
          <Alert role="none" type={notice.kind === 'error' ? 'error' : notice.kind === 'ok' ? 'ok' : 'info'}>
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        )}
      </div>
    </NoticeContext.Provider>
  );
}

export const useNotify = () => useContext(NoticeContext);
