import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';

type Kind = 'ok' | 'error' | 'info';
interface Notice {
  id: number;
  kind: Kind;
  text: string;
}
const NoticeContext = createContext<(text: string, kind?: Kind) => void>(() => {});

/** How long a notice stays, unless keyboard focus is on its close button. */
export const NOTICE_MS = 8000;
let lastId = 0;

/**
 * Feedback for every action, announced once by screen readers through a live region that is
 * always in the page (only its text changes). A notice goes away after NOTICE_MS, with its close
 * button or Escape, and when the reader moves on to another page (a link, back or forward); an
 * action that navigates (save, then show the result) keeps its notice on the page it went to.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [notice, setNotice] = useState<Notice | null>(null);
  // The notice whose close button has keyboard focus stays until focus leaves it.
  const [heldId, setHeldId] = useState<number | null>(null);
  const held = notice !== null && heldId === notice.id;
  const userNavigated = useRef(false);
  const notify = useCallback((text: string, kind: Kind = 'ok') => {
    const id = ++lastId;
    userNavigated.current = false;
    setNotice({ id, kind, text });
  }, []);
  const close = useCallback(() => {
    setNotice(null);
    // The close button goes with the notice: focus goes to the page rather than nowhere.
    document.getElementById('main')?.focus({ preventScroll: true });
  }, []);
  // The reader moving on (a link, back or forward) clears the notice; the app's own navigation
  // after an action (save, then show the result; sign out, then home) keeps it.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest('a[href]');
      if (a && !a.closest('.c-notice')) userNavigated.current = true;
    };
    const onPop = () => (userNavigated.current = true);
    document.addEventListener('click', onClick, true);
    window.addEventListener('popstate', onPop);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', onPop);
    };
  }, []);
  useEffect(() => {
    if (userNavigated.current) setNotice(null);
    userNavigated.current = false;
  }, [location.pathname, location.search]);
  useEffect(() => {
    if (!notice || held) return;
    const timer = setTimeout(() => setNotice((n) => (n?.id === notice.id ? null : n)), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, held]);
  useEffect(() => {
    if (!notice) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setNotice(null);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [notice]);
  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <div
        className={`c-notice${notice ? ' c-notice--shown' : ''}`}
        data-testid="notice"
        onFocus={() => {
          setHeldId(notice?.id ?? null);
        }}
        onBlur={() => {
          setHeldId(null);
        }}
      >
        {/* The live region stays in the page so each new text is announced, once; the close button is outside it. */}
        <div className="c-notice__live" role="status" aria-live="polite" aria-atomic="true">
          {notice && (
            <Alert role="none" type={notice.kind === 'error' ? 'error' : notice.kind === 'ok' ? 'ok' : 'info'}>
              <Paragraph>{notice.text}</Paragraph>
            </Alert>
          )}
        </div>
        {notice && (
          <button
            type="button"
            className="c-notice__close"
            onClick={close}
            aria-label={t('notice.close', 'Melding sluiten')}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
    </NoticeContext.Provider>
  );
}

export const useNotify = () => useContext(NoticeContext);
