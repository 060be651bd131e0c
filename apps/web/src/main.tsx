import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import '@utrecht/component-library-css/dist/index.css';
import './theme.css';
import './app.css';
import './i18n.ts';
import { AuthProvider } from './auth.tsx';
import { NoticeProvider } from './ui/feedback.tsx';
import { Layout, RequireAuth } from './ui/layout.tsx';
import { ApprovalsPage } from './pages/Approvals.tsx';
import { LoginPage, RegisterPage, VerifyEmailPage } from './pages/AuthPages.tsx';
import { CataloguePage } from './pages/Catalogue.tsx';
import { CoursePage } from './pages/CoursePage.tsx';
import { HomePage } from './pages/Home.tsx';
import { MyLearningPage } from './pages/MyLearning.tsx';
import { NotificationsPage } from './pages/Notifications.tsx';
import { AccessibilityPage, NotFoundPage } from './pages/StaticPages.tsx';
import {
  AdminAuditPage,
  AdminHealthPage,
  AdminImportPage,
  AdminOrganisationsPage,
  AdminSynonymsPage,
  AdminUsersPage,
} from './pages/admin/AdminPages.tsx';
import { AdminIdentityProviderPage } from './pages/admin/IdentityProviderPage.tsx';
import { SsoDonePage } from './pages/SsoPages.tsx';
import { DemandPage } from './pages/ld/DemandPage.tsx';
import { QuestionPage } from './pages/ld/QuestionPage.tsx';
import { RequestDetailPage } from './pages/ld/RequestDetailPage.tsx';
import { NewRequestPage, RequestsBoardPage } from './pages/ld/RequestsPage.tsx';
import { EditCoursePage, NewCoursePage } from './pages/teacher/CourseEditor.tsx';
import { ParticipantsPage } from './pages/teacher/Participants.tsx';
import { ProfileEditorPage } from './pages/teacher/ProfileEditor.tsx';
import { MyDataPage, PrivacyStatementPage } from './pages/PrivacyPages.tsx';
import { ManagersPage } from './pages/ld/ManagersPage.tsx';
import { TeacherHomePage } from './pages/teacher/TeacherHome.tsx';

const signedIn = (page: React.ReactNode, role?: 'ld' | 'admin') => <RequireAuth role={role}>{page}</RequireAuth>;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <AuthProvider>
        <NoticeProvider>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path="cursussen" element={<CataloguePage />} />
              <Route path="cursussen/:id" element={<CoursePage />} />
              <Route path="inloggen" element={<LoginPage />} />
              <Route path="registreren" element={<RegisterPage />} />
              <Route path="verifieren" element={<VerifyEmailPage />} />
              <Route path="sso/klaar" element={<SsoDonePage />} />
              <Route path="toegankelijkheid" element={<AccessibilityPage />} />
              <Route path="privacy" element={<PrivacyStatementPage />} />
              <Route path="mijn-gegevens" element={signedIn(<MyDataPage />)} />
              <Route path="leidinggevenden" element={signedIn(<ManagersPage />, 'ld')} />
              <Route path="mijn-leren" element={signedIn(<MyLearningPage />)} />
              <Route path="meldingen" element={signedIn(<NotificationsPage />)} />
              <Route path="goedkeuringen" element={signedIn(<ApprovalsPage />)} />
              <Route path="lesgeven" element={signedIn(<TeacherHomePage />)} />
              <Route path="lesgeven/profiel" element={signedIn(<ProfileEditorPage />)} />
              <Route path="lesgeven/cursussen/nieuw" element={signedIn(<NewCoursePage />)} />
              <Route path="lesgeven/cursussen/:id" element={signedIn(<EditCoursePage />)} />
              <Route path="lesgeven/cursussen/:courseId/sessies/:sessionId" element={signedIn(<ParticipantsPage />)} />
              <Route path="kennisvraag" element={signedIn(<QuestionPage />, 'ld')} />
              <Route path="vraag-overzicht" element={signedIn(<DemandPage />, 'ld')} />
              <Route path="maatwerk" element={signedIn(<RequestsBoardPage />, 'ld')} />
              <Route path="maatwerk/nieuw" element={signedIn(<NewRequestPage />, 'ld')} />
              <Route path="maatwerk/:id" element={signedIn(<RequestDetailPage />)} />
              <Route path="beheer" element={signedIn(<AdminHealthPage />, 'admin')} />
              <Route path="beheer/organisaties" element={signedIn(<AdminOrganisationsPage />, 'admin')} />
              <Route
                path="beheer/organisaties/:id/inloggen"
                element={signedIn(<AdminIdentityProviderPage />, 'admin')}
              />
              <Route path="beheer/gebruikers" element={signedIn(<AdminUsersPage />, 'admin')} />
              <Route path="beheer/synoniemen" element={signedIn(<AdminSynonymsPage />, 'admin')} />
              <Route path="beheer/import" element={signedIn(<AdminImportPage />, 'admin')} />
              <Route path="beheer/logboek" element={signedIn(<AdminAuditPage />, 'admin')} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </NoticeProvider>
      </AuthProvider>
    </BrowserRouter>
  </StrictMode>,
);
