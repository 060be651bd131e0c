import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import '@utrecht/component-library-css/dist/index.css';
import './theme.css';
import './app.css';
import './print.css';
import './i18n.ts';
import { AuthProvider } from './auth.tsx';
import { MAIN_MENU, ROUTES } from './routes.tsx';
import { NoticeProvider } from './ui/feedback.tsx';
import { createQueryClient } from './ui/query.tsx';
import { Layout, RequireAuth } from './ui/layout.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const queryClient = createQueryClient();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AuthProvider>
          <NoticeProvider>
            <Routes>
              <Route element={<Layout menu={MAIN_MENU} />}>
                {ROUTES.map(({ path, page: Page, access }) => (
                  <Route
                    key={path}
                    path={path}
                    element={
                      access === 'public' ? (
                        <Page />
                      ) : (
                        <RequireAuth role={access === 'signedIn' ? undefined : access}>
                          <Page />
                        </RequireAuth>
                      )
                    }
                  />
                ))}
              </Route>
            </Routes>
          </NoticeProvider>
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
