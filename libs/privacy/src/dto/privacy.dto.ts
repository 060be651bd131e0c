import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import { trim } from '#libs/common';

export class ErasureRequestDto {
  @ApiProperty({ description: 'Your own e-mail address, typed again: erasure cannot be undone' })
  @Transform(trim)
  @IsEmail({}, { message: 'confirmEmail must be a valid e-mail address' })
  @MaxLength(254)
  confirmEmail: string;
}

const when = { type: String, format: 'date-time' } as const;
const maybeWhen = { type: String, format: 'date-time', nullable: true } as const;
const maybeText = { type: String, nullable: true } as const;

export class AccountExportDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiProperty(maybeText) organisationId: string | null;
  @ApiProperty(maybeText) organisationName: string | null;
  @ApiProperty({ enum: ['nl', 'en'], description: 'The language of notifications and e-mails' }) language: string;
  @ApiProperty({
    enum: ['beleid', 'uitvoering', 'toezicht', 'bedrijfsvoering'],
    nullable: true,
    type: String,
    description: 'The part of government work the person does (their profile)',
  })
  workDomain: string | null;
  @ApiProperty(maybeWhen) emailVerifiedAt: string | null;
  @ApiProperty(maybeWhen) disabledAt: string | null;
  @ApiProperty(when) createdAt: string;
  @ApiProperty(when) updatedAt: string;
}

export class SignInExportDto {
  @ApiProperty(when) createdAt: string;
  @ApiProperty(when) expiresAt: string;
  @ApiProperty(maybeWhen) revokedAt: string | null;
  @ApiProperty(maybeText) revokedReason: string | null;
}

export class ManagerLinkExportDto {
  @ApiProperty({ enum: ['my_manager', 'i_manage'] }) kind: string;
  @ApiProperty() personName: string;
  @ApiProperty() managerName: string;
  @ApiProperty(when) createdAt: string;
}

export class IdentityExportDto {
  @ApiProperty({ type: AccountExportDto, nullable: true }) account: AccountExportDto | null;
  @ApiProperty({ type: [SignInExportDto], description: 'Sign-ins (never tokens)' }) signIns: SignInExportDto[];
  @ApiProperty({ type: [ManagerLinkExportDto] }) managerLinks: ManagerLinkExportDto[];
}

export class TeacherProfileExportDto {
  @ApiProperty() jobTitle: string;
  @ApiProperty() bio: string;
  @ApiProperty({ type: [String] }) expertise: string[];
  @ApiProperty({ type: [String] }) formats: string[];
  @ApiProperty({ type: [String] }) regions: string[];
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty() inCompany: boolean;
  @ApiProperty(maybeText) photoUrl: string | null;
  @ApiProperty(when) createdAt: string;
  @ApiProperty(when) updatedAt: string;
}

export class CourseTaughtDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
}

export class TeachingExportDto {
  @ApiProperty({ type: TeacherProfileExportDto, nullable: true }) teacherProfile: TeacherProfileExportDto | null;
  @ApiProperty({ type: [CourseTaughtDto] }) coursesTaught: CourseTaughtDto[];
}

export class EnrolmentHistoryExportDto {
  @ApiProperty(maybeText) from: string | null;
  @ApiProperty() to: string;
  @ApiProperty(maybeText) reason: string | null;
  @ApiProperty(when) at: string;
}

export class EnrolmentExportDto {
  @ApiProperty() id: string;
  @ApiProperty() courseTitle: string;
  @ApiProperty(when) startsAt: string;
  @ApiProperty(when) endsAt: string;
  @ApiProperty() status: string;
  @ApiProperty(maybeText) cancelReason: string | null;
  @ApiProperty(maybeText) reasonNote: string | null;
  @ApiProperty(when) createdAt: string;
  @ApiProperty({ type: [EnrolmentHistoryExportDto] }) history: EnrolmentHistoryExportDto[];
}

export class LearningExportDto {
  @ApiProperty({ type: [EnrolmentExportDto] }) enrolments: EnrolmentExportDto[];
  @ApiProperty({ description: 'Whether a calendar feed exists (its secret address is not repeated here)' })
  calendarFeed: boolean;
}

export class NotificationExportDto {
  @ApiProperty() kind: string;
  @ApiProperty({ ...maybeText, description: 'Catalogue code the text is rendered from; null on older messages' })
  code: string | null;
  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: { nullable: true, oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    description: 'What the catalogue text is filled with',
  })
  params: Record<string, string | number | boolean | null> | null;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty(maybeText) link: string | null;
  @ApiProperty(when) createdAt: string;
  @ApiProperty(maybeWhen) readAt: string | null;
  @ApiProperty(maybeWhen) emailSentAt: string | null;
}

export class QuestionFiltersExportDto {
  @ApiProperty({ required: false }) region?: string;
  @ApiProperty({ required: false, description: 'With region: trainers who teach online counted too' })
  includeOnline?: boolean;
  @ApiProperty({ required: false }) format?: string;
  @ApiProperty({ required: false }) language?: string;
  @ApiProperty({ required: false, description: 'Only trainers who teach in-company' }) inCompany?: boolean;
  @ApiProperty({ required: false, description: 'Trainers of other organisations than this one only' })
  excludeOrganisationId?: string;
}

export class QuestionExportDto {
  @ApiProperty() text: string;
  @ApiProperty({ type: QuestionFiltersExportDto }) filters: QuestionFiltersExportDto;
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty() resultCount: number;
  @ApiProperty() strongMatch: boolean;
  @ApiProperty(when) createdAt: string;
}

export class MatchFeedbackExportDto {
  @ApiProperty({ type: String, nullable: true, description: 'The knowledge-bank question the verdict was on' })
  questionId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Or the in-company request' }) requestId: string | null;
  @ApiProperty({ description: 'The suggested trainer (teacher profile id)' }) trainerId: string;
  @ApiProperty({ enum: ['good', 'bad', 'invited'] }) verdict: string;
  @ApiProperty(when) createdAt: string;
}

export class RequestMadeExportDto {
  @ApiProperty() id: string;
  @ApiProperty() topic: string;
  @ApiProperty() groupSize: number;
  @ApiProperty() status: string;
  @ApiProperty(when) createdAt: string;
}

export class ReleaseExportDto {
  @ApiProperty() requestId: string;
  @ApiProperty(maybeText) releaseStatus: string | null;
  @ApiProperty(when) createdAt: string;
}

export class InCompanyExportDto {
  @ApiProperty({ type: [RequestMadeExportDto] }) requestsMade: RequestMadeExportDto[];
  @ApiProperty({ type: [ReleaseExportDto], description: 'Time released (or not) as a trainer’s manager' })
  releasesAsManager: ReleaseExportDto[];
}

const rows = (description: string) =>
  ({ type: 'array', items: { type: 'object', additionalProperties: true }, description }) as const;

export class ProgrammesExportDto {
  @ApiProperty(rows('Roles in cohorts: organiser, trainer, versneller')) cohortRoles: Record<string, unknown>[];
  @ApiProperty(rows('Ranked module choices')) moduleChoices: Record<string, unknown>[];
  @ApiProperty(rows('Modules allocated')) moduleAllocations: Record<string, unknown>[];
  @ApiProperty(rows('Werkatelier and intervision groups')) groups: Record<string, unknown>[];
  @ApiProperty(rows('Learning-work assignments with progress notes')) learningAssignments: Record<string, unknown>[];
  @ApiProperty(rows('Comments written on assignments')) assignmentComments: Record<string, unknown>[];
  @ApiProperty(rows('Guests invited: name, organisation, e-mail')) guestsInvited: Record<string, unknown>[];
  @ApiProperty(rows('"Jullie zeiden, wij deden" notes last written by them (staff)'))
  feedbackNotesWritten: Record<string, unknown>[];
}

export class AlumniConsentExportDto {
  @ApiProperty() findable: boolean;
  @ApiProperty() showEmail: boolean;
  @ApiProperty(maybeText) jobTitle: string | null;
  @ApiProperty(when) createdAt: string;
  @ApiProperty(when) updatedAt: string;
}

export class AlumniMessageExportDto {
  @ApiProperty() id: string;
  @ApiProperty() recipientName: string;
  @ApiProperty(maybeText) courseId: string | null;
  @ApiProperty(maybeText) subject: string | null;
  @ApiProperty() text: string;
  @ApiProperty(when) createdAt: string;
  @ApiProperty(maybeWhen) emailSentAt: string | null;
}

export class AlumniExportDto {
  @ApiProperty({
    type: AlumniConsentExportDto,
    nullable: true,
    description: 'My consent to be findable as alumnus and to show my e-mail address; null: never given',
  })
  consent: AlumniConsentExportDto | null;
  @ApiProperty({ type: [AlumniMessageExportDto], description: 'Messages I sent to alumni (the recipient by name)' })
  sentMessages: AlumniMessageExportDto[];
}

export class TrainersExportDto {
  @ApiProperty(rows('Questions I sent to trainers, with their reactions')) questionsAsked: Record<string, unknown>[];
  @ApiProperty(rows('Questions colleagues sent to me as a trainer, with my reactions'))
  questionsReceived: Record<string, unknown>[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'My trainer photo: its size and dates (the image: GET /api/trainers/{id}/photo); null: none',
  })
  photo: Record<string, unknown> | null;
}

export class CourseInterestExportDto {
  @ApiProperty() courseId: string;
  @ApiProperty() courseTitle: string;
  @ApiProperty(when) createdAt: string;
  @ApiProperty(maybeWhen) notifiedAt: string | null;
  @ApiProperty(maybeText) notifiedSessionId: string | null;
}

export class QuestionInterestExportDto {
  @ApiProperty() questionId: string;
  @ApiProperty(when) createdAt: string;
}

export class InterestsExportDto {
  @ApiProperty({
    type: [CourseInterestExportDto],
    description: 'Interest lists I am on or was told from ("Laat me weten wanneer er een datum is")',
  })
  courseInterests: CourseInterestExportDto[];
  @ApiProperty({ type: [QuestionInterestExportDto], description: 'Knowledge questions I marked "Ik wil dit ook"' })
  questionInterests: QuestionInterestExportDto[];
}

/** Everything Collegiaal holds about one person (AVG art. 15), grouped by where it is kept. */
export class PersonalDataExportDto {
  @ApiProperty(when) exportedAt: string;
  @ApiProperty({
    type: IdentityExportDto,
    description: 'Account, sign-ins (never tokens or passwords) and manager links',
  })
  identity: IdentityExportDto;
  @ApiProperty({ type: TeachingExportDto }) teaching: TeachingExportDto;
  @ApiProperty({ type: LearningExportDto }) learning: LearningExportDto;
  @ApiProperty({ type: [NotificationExportDto] }) notifications: NotificationExportDto[];
  @ApiProperty({ type: [QuestionExportDto] }) knowledgeQuestions: QuestionExportDto[];
  @ApiProperty({ type: [MatchFeedbackExportDto], description: 'My verdicts on suggested trainers, as L&D' })
  matchFeedback: MatchFeedbackExportDto[];
  @ApiProperty({ type: InCompanyExportDto }) inCompany: InCompanyExportDto;
  @ApiProperty({ type: ProgrammesExportDto }) programmes: ProgrammesExportDto;
  @ApiProperty(rows('My evaluations of sessions I attended (teachers see them only as aggregates)'))
  evaluations: Record<string, unknown>[];
  @ApiProperty({ type: InterestsExportDto }) interests: InterestsExportDto;
  @ApiProperty({ type: TrainersExportDto }) trainers: TrainersExportDto;
  @ApiProperty({ type: AlumniExportDto }) alumni: AlumniExportDto;
}
