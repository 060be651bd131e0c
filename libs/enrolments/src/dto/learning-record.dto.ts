import { ApiProperty } from '@nestjs/swagger';
import { COURSE_KINDS } from '#libs/catalogue';
import type { CourseKind } from '#libs/catalogue';

/** One completed course or programme (an attended enrolment; a programme's cohort counts once). */
export class LearningRecordEntryDto {
  @ApiProperty({ description: 'The attended enrolment: its proof is at /api/me/learning-record/{enrolmentId}/proof' })
  enrolmentId: string;
  @ApiProperty() courseId: string;
  @ApiProperty() title: string;
  @ApiProperty({
    enum: COURSE_KINDS,
    description: 'course, or programme (a cohort, counted once with its total hours)',
  })
  kind: CourseKind;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty({ description: "The course's duration in hours (a programme: all its parts)" })
  durationHours: number;
  @ApiProperty({ description: 'The organisation that offered it' }) organisationId: string;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
}

export class LearningRecordTotalsDto {
  @ApiProperty({ description: 'Completed courses and programmes' }) completed: number;
  @ApiProperty({ description: 'Hours of what started in this calendar year (Europe/Amsterdam)' })
  hoursThisYear: number;
  @ApiProperty() hoursAllTime: number;
}

export class LearningRecordDto {
  @ApiProperty() learnerName: string;
  @ApiProperty({ type: [LearningRecordEntryDto], description: 'Latest first' })
  entries: LearningRecordEntryDto[];
  @ApiProperty({ type: LearningRecordTotalsDto }) totals: LearningRecordTotalsDto;
}

/** What a verification code confirms, to anyone who has it: who took what, when, for how many hours. */
export class VerifiedProofDto {
  @ApiProperty() learnerName: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: COURSE_KINDS }) kind: CourseKind;
  @ApiProperty({ nullable: true, type: String, description: 'The organisation that offered it' })
  organisationName: string | null;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() durationHours: number;
  @ApiProperty() verificationCode: string;
}

/** A proof of participation ("Bewijs van deelname") of one attended enrolment. */
export class ParticipationProofDto extends VerifiedProofDto {
  @ApiProperty() enrolmentId: string;
  @ApiProperty({ description: 'Where anyone can check the code (the web page /bewijs/{code})' })
  verificationUrl: string;
}
