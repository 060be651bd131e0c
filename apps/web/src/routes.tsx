import type { ComponentType } from 'react';
import type { MenuEntry } from './ui/layout.tsx';
import { AuditPage } from './features/admin/AuditPage.tsx';
import { HealthPage } from './features/admin/HealthPage.tsx';
import { IdentityProviderPage } from './features/admin/IdentityProviderPage.tsx';
import { ImportPage } from './features/admin/ImportPage.tsx';
import { OrganisationsPage } from './features/admin/OrganisationsPage.tsx';
import { SynonymsPage } from './features/admin/SynonymsPage.tsx';
import { UsersPage } from './features/admin/UsersPage.tsx';
import { AlumniPage } from './features/alumni/AlumniPage.tsx';
import { AlumniContactPage } from './features/alumni/ContactPage.tsx';
import { ApprovalsPage } from './features/approvals/ApprovalsPage.tsx';
import { CataloguePage } from './features/catalogue/CataloguePage.tsx';
import { CoursePage } from './features/catalogue/CoursePage.tsx';
import { DemandPage } from './features/demand/DemandPage.tsx';
import { MyInterestsPage } from './features/demand/MyInterestsPage.tsx';
import { MyLearningPage } from './features/enrolments/MyLearningPage.tsx';
import { EvaluationPage } from './features/evaluations/EvaluationPage.tsx';
import { LearningRecordPage } from './features/learning-record/LearningRecordPage.tsx';
import { ProofPage } from './features/learning-record/ProofPage.tsx';
import { VerifyProofPage } from './features/learning-record/VerifyProofPage.tsx';
import { HomePage } from './features/home/HomePage.tsx';
import { KnowledgeCapitalPage } from './features/insights/KnowledgeCapitalPage.tsx';
import { LoginPage, RegisterPage, VerifyEmailPage } from './features/identity/AuthPages.tsx';
import { ManagersPage } from './features/identity/ManagersPage.tsx';
import { SsoDonePage } from './features/identity/SsoPages.tsx';
import { NewRequestPage, RequestsBoardPage } from './features/incompany/RequestsPage.tsx';
import { RequestDetailPage } from './features/incompany/RequestDetailPage.tsx';
import { QuestionPage } from './features/knowledge-bank/QuestionPage.tsx';
import { NotificationsPage } from './features/notifications/NotificationsPage.tsx';
import { MyDataPage, PrivacyStatementPage } from './features/privacy/PrivacyPages.tsx';
import { CohortAdminPage } from './features/programmes/CohortAdminPage.tsx';
import { NewProgrammePage, ProgrammeAdminPage } from './features/programmes/ProgrammeEditorPages.tsx';
import { ProgrammePage } from './features/programmes/ProgrammePage.tsx';
import { ProgrammesPage } from './features/programmes/ProgrammesPage.tsx';
import { ReviewAssignmentPage, ReviewAssignmentsPage } from './features/programmes/ReviewAssignmentsPages.tsx';
import { AccessibilityPage, NotFoundPage } from './features/site/StaticPages.tsx';
import { EditCoursePage, NewCoursePage } from './features/teacher/CourseEditorPages.tsx';
import { ParticipantsPage } from './features/teacher/ParticipantsPage.tsx';
import { ProfileEditorPage } from './features/teacher/ProfileEditorPage.tsx';
import { TeacherHomePage } from './features/teacher/TeacherHomePage.tsx';
import { TeamPage } from './features/team/TeamPage.tsx';
import { MyQuestionsPage, TrainerInboxPage } from './features/trainers/QuestionPages.tsx';
import { TrainerPage } from './features/trainers/TrainerPage.tsx';

/** Who may open a page: anyone, a signed-in user, or one with a role (an admin may open every page). */
export type Access = 'public' | 'signedIn' | 'ld' | 'admin';

export interface AppRoute {
  path: string;
  page: ComponentType;
  access: Access;
}

/** Every page of the web app, in one table: main.tsx turns it into routes. */
export const ROUTES: AppRoute[] = [
  { path: '/', page: HomePage, access: 'public' },
  { path: '/cursussen', page: CataloguePage, access: 'public' },
  { path: '/cursussen/:id', page: CoursePage, access: 'public' },
  { path: '/programmas', page: ProgrammesPage, access: 'public' },
  { path: '/programmas/nieuw', page: NewProgrammePage, access: 'ld' },
  { path: '/programmas/:id', page: ProgrammePage, access: 'public' },
  // Owners' L&D (also of co-owning organisations) and cohort organisers; the API decides who may.
  { path: '/programmas/:id/beheer', page: ProgrammeAdminPage, access: 'signedIn' },
  { path: '/cohorten/:id/beheer', page: CohortAdminPage, access: 'signedIn' },
  { path: '/leeropdrachten', page: ReviewAssignmentsPage, access: 'signedIn' },
  { path: '/leeropdrachten/:id', page: ReviewAssignmentPage, access: 'signedIn' },
  { path: '/inloggen', page: LoginPage, access: 'public' },
  { path: '/registreren', page: RegisterPage, access: 'public' },
  { path: '/verifieren', page: VerifyEmailPage, access: 'public' },
  { path: '/sso/klaar', page: SsoDonePage, access: 'public' },
  { path: '/toegankelijkheid', page: AccessibilityPage, access: 'public' },
  { path: '/privacy', page: PrivacyStatementPage, access: 'public' },
  { path: '/mijn-gegevens', page: MyDataPage, access: 'signedIn' },
  { path: '/mijn-leren', page: MyLearningPage, access: 'signedIn' },
  { path: '/evaluaties/:enrolmentId', page: EvaluationPage, access: 'signedIn' },
  { path: '/leerdossier', page: LearningRecordPage, access: 'signedIn' },
  { path: '/mijn-interesses', page: MyInterestsPage, access: 'signedIn' },
  { path: '/leerdossier/:enrolmentId/bewijs', page: ProofPage, access: 'signedIn' },
  { path: '/alumni', page: AlumniPage, access: 'signedIn' },
  { path: '/alumni/:userId/bericht', page: AlumniContactPage, access: 'signedIn' },
  // Whoever is shown a proof of participation checks its code here, without an account.
  { path: '/bewijs', page: VerifyProofPage, access: 'public' },
  { path: '/bewijs/:code', page: VerifyProofPage, access: 'public' },
  { path: '/meldingen', page: NotificationsPage, access: 'signedIn' },
  { path: '/goedkeuringen', page: ApprovalsPage, access: 'signedIn' },
  { path: '/team', page: TeamPage, access: 'signedIn' },
  { path: '/lesgeven', page: TeacherHomePage, access: 'signedIn' },
  { path: '/lesgeven/profiel', page: ProfileEditorPage, access: 'signedIn' },
  { path: '/lesgeven/vragen', page: TrainerInboxPage, access: 'signedIn' },
  { path: '/trainers/:id', page: TrainerPage, access: 'signedIn' },
  { path: '/mijn-vragen', page: MyQuestionsPage, access: 'signedIn' },
  { path: '/lesgeven/cursussen/nieuw', page: NewCoursePage, access: 'signedIn' },
  { path: '/lesgeven/cursussen/:id', page: EditCoursePage, access: 'signedIn' },
  { path: '/lesgeven/cursussen/:courseId/sessies/:sessionId', page: ParticipantsPage, access: 'signedIn' },
  { path: '/kennisvraag', page: QuestionPage, access: 'ld' },
  { path: '/vraag-overzicht', page: DemandPage, access: 'ld' },
  { path: '/kenniskapitaal', page: KnowledgeCapitalPage, access: 'ld' },
  { path: '/leidinggevenden', page: ManagersPage, access: 'ld' },
  { path: '/maatwerk', page: RequestsBoardPage, access: 'ld' },
  { path: '/maatwerk/nieuw', page: NewRequestPage, access: 'ld' },
  // Invited teachers and releasing managers open a request too, not only L&D.
  { path: '/maatwerk/:id', page: RequestDetailPage, access: 'signedIn' },
  { path: '/beheer', page: HealthPage, access: 'admin' },
  { path: '/beheer/organisaties', page: OrganisationsPage, access: 'admin' },
  { path: '/beheer/organisaties/:id/inloggen', page: IdentityProviderPage, access: 'admin' },
  { path: '/beheer/gebruikers', page: UsersPage, access: 'admin' },
  { path: '/beheer/synoniemen', page: SynonymsPage, access: 'admin' },
  { path: '/beheer/import', page: ImportPage, access: 'admin' },
  { path: '/beheer/logboek', page: AuditPage, access: 'admin' },
  { path: '*', page: NotFoundPage, access: 'public' },
];

/** The main menu, in its order: each entry names a page of ROUTES and when it is shown. */
export const MAIN_MENU: MenuEntry[] = [
  { to: '/cursussen', label: (t) => t('nav.courses', 'Cursussen'), shown: () => true },
  { to: '/programmas', label: (t) => t('nav.programmes', 'Programma’s'), shown: () => true },
  { to: '/mijn-leren', label: (t) => t('nav.myLearning', 'Mijn leren'), shown: (v) => v.signedIn },
  { to: '/leerdossier', label: (t) => t('nav.learningRecord', 'Mijn leerdossier'), shown: (v) => v.signedIn },
  { to: '/mijn-interesses', label: (t) => t('nav.interests', 'Mijn interesses'), shown: (v) => v.signedIn },
  { to: '/alumni', label: (t) => t('nav.alumni', 'Alumni'), shown: (v) => v.signedIn },
  { to: '/lesgeven', label: (t) => t('nav.teaching', 'Lesgeven'), shown: (v) => v.signedIn },
  // Only for people someone named as manager (or on that page already, e.g. from a notification).
  {
    to: '/goedkeuringen',
    label: (t) => t('nav.approvals', 'Goedkeuringen'),
    shown: (v) => v.signedIn && (v.isApprover || v.pathname.startsWith('/goedkeuringen')),
  },
  // The same people: the manager's view of their team.
  {
    to: '/team',
    label: (t) => t('nav.team', 'Mijn team'),
    shown: (v) => v.signedIn && (v.isApprover || v.pathname.startsWith('/team')),
  },
  // The same people, and whoever an invitation brought to the page: their people's learning-work assignments.
  {
    to: '/leeropdrachten',
    label: (t) => t('nav.assignments', 'Leeropdrachten'),
    shown: (v) => v.signedIn && (v.isApprover || v.pathname.startsWith('/leeropdrachten')),
  },
  { to: '/kennisvraag', label: (t) => t('nav.question', 'Kennisvraag'), shown: (v) => v.isLd },
  { to: '/maatwerk', label: (t) => t('nav.incompany', 'Incompany'), shown: (v) => v.isLd },
  { to: '/vraag-overzicht', label: (t) => t('nav.demand', 'Vraag'), shown: (v) => v.isLd },
  { to: '/kenniskapitaal', label: (t) => t('nav.knowledgeCapital', 'Kenniskapitaal'), shown: (v) => v.isLd },
  { to: '/leidinggevenden', label: (t) => t('nav.managers', 'Leidinggevenden'), shown: (v) => v.isLd },
  { to: '/beheer', label: (t) => t('nav.admin', 'Beheer'), shown: (v) => v.isAdmin },
];
