import type { components } from './schema.gen.ts';

// Names for the API's shapes as the web app reads them; all generated (schema.gen.ts), none hand-written.
type Schemas = components['schemas'];

export type Me = Schemas['MeDto'];
export type Role = Me['roles'][number];
export type Organisation = Schemas['OrganisationDto'];
export type OrganisationKind = Organisation['kind'];
export type Course = Schemas['CourseDto'];
export type CourseStatus = Course['status'];
export type Format = Course['format'];
export type Level = Course['level'];
export type Language = Course['language'];
export type Session = Schemas['SessionDto'];
export type TeacherSummary = Schemas['TeacherSummaryDto'];
export type TeacherProfile = Schemas['TeacherProfileDto'];
export type Enrolment = Schemas['EnrolmentDto'];
export type EnrolmentStatus = Enrolment['status'];
export type CancelReason = Schemas['CancelDto']['reason'];
export type Participant = Schemas['ParticipantDto'];
export type MatchedTrainer = Schemas['MatchedTrainerDto'];
export type InCompanyRequest = Schemas['RequestDto'];
export type RequestStatus = InCompanyRequest['status'];
export type Invitation = Schemas['InvitationDto'];
export type InvitationStatus = Invitation['status'];
export type AuditEvent = Schemas['AuditEventDto'];
export type IdentityProvider = Schemas['IdentityProviderDto'];
