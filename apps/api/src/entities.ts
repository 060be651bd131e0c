import { AlumniConsent, AlumniMessage } from '#libs/alumni';
import { AuditEvent } from '#libs/audit';
import { Course, CourseSession, CourseTeacher, TeacherProfile } from '#libs/catalogue';
import { CourseInterest, CourseInterestNudge, QuestionInterest } from '#libs/demand';
import { CalendarFeed, Enrolment, EnrolmentEvent, SessionSeats } from '#libs/enrolments';
import { Evaluation } from '#libs/evaluations';
import {
  AuthSession,
  AuthThrottle,
  EmailVerification,
  IdentityProvider,
  RefreshToken,
  SsoHandoff,
  SsoLoginState,
  User,
  ManagerLink,
} from '#libs/identity';
import { InCompanyInvitation, InCompanyRequest } from '#libs/incompany';
import { KnowledgeQuestion, MatchFeedback, SearchSynonym } from '#libs/knowledge-bank';
import { Notification } from '#libs/notifications';
import { Organisation } from '#libs/organisations';
import { TrainerPhoto, TrainerQuestion } from '#libs/trainers';
import {
  AssignmentComment,
  AssignmentProgress,
  CohortGuest,
  CohortGroup,
  CohortGroupMember,
  CohortModule,
  ModuleAllocation,
  ModuleChoice,
  LearningAssignment,
  Cohort,
  CohortPart,
  CohortStaff,
  Programme,
  ProgrammeAudience,
  ProgrammeOwner,
  ProgrammePart,
  TrancheFeedbackNote,
} from '#libs/programmes';

/** Every entity of every area: what migrations must describe (see the schema check). */
export const ALL_ENTITIES = [
  Organisation,
  User,
  AuthSession,
  RefreshToken,
  EmailVerification,
  ManagerLink,
  AuthThrottle,
  IdentityProvider,
  SsoLoginState,
  SsoHandoff,
  TeacherProfile,
  Course,
  CourseTeacher,
  CourseSession,
  Enrolment,
  EnrolmentEvent,
  CalendarFeed,
  SessionSeats,
  Notification,
  KnowledgeQuestion,
  MatchFeedback,
  SearchSynonym,
  InCompanyRequest,
  InCompanyInvitation,
  AuditEvent,
  Programme,
  ProgrammeOwner,
  ProgrammeAudience,
  ProgrammePart,
  Cohort,
  CohortPart,
  CohortStaff,
  LearningAssignment,
  AssignmentComment,
  AssignmentProgress,
  CohortGuest,
  CohortModule,
  ModuleChoice,
  ModuleAllocation,
  CohortGroup,
  CohortGroupMember,
  Evaluation,
  TrainerPhoto,
  TrainerQuestion,
  AlumniConsent,
  AlumniMessage,
  TrancheFeedbackNote,
  CourseInterest,
  QuestionInterest,
  CourseInterestNudge,
];
