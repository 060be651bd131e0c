// Shapes of the API's answers (see /api/docs), as far as the web app reads them.
export type Role = 'ld' | 'admin';
export type Format = 'klassikaal' | 'online' | 'hybride';
export type Level = 'basis' | 'verdieping' | 'expert';
export interface OrganisationRef {
  id: string;
  name: string;
}
export interface Organisation extends OrganisationRef {
  slug: string;
  kind: string;
  region: string;
  emailDomains: string[];
}
export interface Me {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organisation: Organisation | null;
  /** L&D linked someone to this person as their manager. */
  isManager?: boolean;
}
export interface TeacherSummary {
  id: string;
  name: string;
  jobTitle: string | null;
  organisation: OrganisationRef;
}
export interface NextSession {
  id: string;
  startsAt: string;
  endsAt: string;
  city: string | null;
  region: string | null;
  online: boolean;
  seatsLeft: number;
}
export interface CatalogueItem {
  id: string;
  title: string;
  summary: string;
  topics: string[];
  level: Level;
  format: Format;
  language: string;
  durationHours: number;
  organisation: OrganisationRef;
  teachers: TeacherSummary[];
  nextSession: NextSession | null;
  upcomingSessions: number;
}
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
export interface Session {
  id: string;
  courseId: string;
  startsAt: string;
  endsAt: string;
  venueName: string | null;
  address: string | null;
  city: string | null;
  region: string | null;
  online: boolean;
  onlineUrl?: string | null;
  capacity: number;
  seatsLeft: number;
  enrolmentDeadline: string;
  cancellationDeadline: string;
  status: 'scheduled' | 'cancelled';
}
export interface Course {
  id: string;
  title: string;
  summary: string;
  description: string | null;
  learningGoals: string[];
  topics: string[];
  level: Level;
  durationHours: number;
  format: Format;
  language: string;
  organisation: OrganisationRef;
  requiresManagerApproval: boolean;
  status: 'draft' | 'published' | 'archived';
  teachers: TeacherSummary[];
  sessions: Session[];
  canEdit: boolean;
}
export interface TeacherProfile {
  id: string;
  userId: string;
  name: string;
  organisation: OrganisationRef;
  jobTitle: string | null;
  bio: string;
  expertise: string[];
  formats: Format[];
  regions: string[];
  languages: string[];
  inCompany: boolean;
}
export type EnrolmentStatus =
  | 'pending_approval'
  | 'confirmed'
  | 'offered'
  | 'waitlisted'
  | 'cancelled'
  | 'rejected'
  | 'declined'
  | 'expired'
  | 'attended'
  | 'no_show';
export interface Enrolment {
  id: string;
  status: EnrolmentStatus;
  position: number | null;
  offerExpiresAt: string | null;
  approvalExpiresAt: string | null;
  cancelReason: string | null;
  canCancel: boolean;
  createdAt: string;
  session: {
    id: string;
    courseId: string;
    courseTitle: string;
    startsAt: string;
    endsAt: string;
    venueName: string | null;
    city: string | null;
    online: boolean;
    status: string;
    cancellationDeadline: string;
  };
}
export interface Participant extends Enrolment {
  userId: string;
  name: string;
  email: string;
  organisationName: string;
}
export interface MyLearning {
  upcoming: Enrolment[];
  pending: Enrolment[];
  offers: Enrolment[];
  waitlist: Enrolment[];
  history: Enrolment[];
}
export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}
export interface NotificationPage extends Page<Notification> {
  unread: number;
}
export interface MatchedTrainer {
  id: string;
  name: string;
  jobTitle: string | null;
  organisation: OrganisationRef;
  region: string | null;
  formats: string[];
  languages: string[];
  inCompany: boolean;
  score: number;
  fit: 'strong' | 'fair' | 'weak';
  why: { expertise: string[]; courses: string[]; snippets: string[] };
}
export interface Answer {
  questionId: string;
  strongMatch: boolean;
  message: string;
  trainers: MatchedTrainer[];
  courses: {
    id: string;
    title: string;
    summary: string;
    organisation: OrganisationRef;
    upcomingSessions: { id: string; startsAt: string; city: string | null; online: boolean; seatsLeft: number }[];
  }[];
}
export interface Demand {
  topic: string;
  questions: number;
  unanswered: number;
}
export type RequestStatus =
  'open' | 'inviting' | 'awaiting_release' | 'accepted' | 'scheduled' | 'delivered' | 'evaluated' | 'cancelled';
export interface Invitation {
  id: string;
  teacherProfileId: string;
  trainerName: string;
  organisationName: string;
  status: string;
  message: string | null;
  releaseStatus: string | null;
}
export interface InCompanyRequest {
  id: string;
  organisation: OrganisationRef;
  topic: string;
  groupSize: number;
  preferredPeriod: string | null;
  location: string | null;
  online: boolean;
  notes: string | null;
  status: RequestStatus;
  trainerId: string | null;
  sessionId: string | null;
  rating: number | null;
  evaluation: string | null;
  invitations: Invitation[];
  createdAt: string;
}
export interface AdminUser {
  id: string;
  email: string;
  name: string;
  organisationId: string | null;
  roles: string[];
  disabledAt: string | null;
  emailVerifiedAt: string | null;
}
export interface AuditEvent {
  id: string;
  occurredAt: string;
  transactionId: string;
  actorType: 'user' | 'anonymous' | 'job' | 'system';
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  actorLabel: string | null;
  ip: string | null;
  requestId: string | null;
  action: 'insert' | 'update' | 'delete';
  table: string;
  recordId: string;
  changedColumns: string[];
}
