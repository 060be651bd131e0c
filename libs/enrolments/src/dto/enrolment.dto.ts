import { Optional, trim } from '#libs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, Length, ValidateIf, IsEmail } from 'class-validator';
import { CANCEL_REASONS, ENROLMENT_STATUSES } from '../enrolment.entities.js';
import type { CancelReason, EnrolmentStatus } from '../enrolment.entities.js';

export class EnrolDto {
  @ApiPropertyOptional({ description: 'Your manager (a user id); required when the course needs approval' })
  @Optional()
  @IsUUID()
  managerId?: string;

  @ApiPropertyOptional({
    description: 'Your manager by e-mail address (instead of managerId)',
    example: 'p.jansen@minbzk.nl',
  })
  @Optional()
  @IsEmail({}, { message: 'managerEmail must be a valid e-mail address' })
  managerEmail?: string;
}

export class CancelDto {
  @ApiProperty({ enum: CANCEL_REASONS, description: 'ziekte, werkdruk/prioriteiten, andere verplichting, anders' })
  @IsIn(CANCEL_REASONS)
  reason: CancelReason;

  @ApiPropertyOptional({ description: 'Required with "anders"' })
  @ValidateIf((o: CancelDto) => o.reason === 'anders' || o.note !== undefined)
  @Transform(trim)
  @IsString()
  @Length(3, 500)
  note?: string;
}

export class RejectDto {
  @ApiProperty({ example: 'Past nu niet in de planning van het team.' })
  @Transform(trim)
  @IsString()
  @Length(3, 500)
  reason: string;
}

export class AttendanceDto {
  @ApiProperty({ enum: ['attended', 'no_show'] })
  @IsIn(['attended', 'no_show'])
  status: 'attended' | 'no_show';
}

export class EnrolmentSessionDto {
  @ApiProperty() id: string;
  @ApiProperty() courseId: string;
  @ApiProperty() courseTitle: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty({ nullable: true, type: String }) venueName: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty() online: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Only for confirmed participants' }) onlineUrl?:
    string | null;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status: string;
  @ApiProperty() cancellationDeadline: string;
}

export class EnrolmentDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status: EnrolmentStatus;
  @ApiProperty({ nullable: true, type: Number, description: 'Place on the waitlist (1 = next)' }) position:
    number | null;
  @ApiProperty({ nullable: true, type: String }) offerExpiresAt: string | null;
  @ApiProperty({ nullable: true, type: String }) approvalExpiresAt: string | null;
  @ApiProperty({ nullable: true, type: String }) cancelReason: string | null;
  @ApiProperty({ description: 'Whether the learner may still cancel without the teacher' }) canCancel: boolean;
  @ApiProperty({ type: EnrolmentSessionDto }) session: EnrolmentSessionDto;
  @ApiProperty() createdAt: string;
}

export class ParticipantDto extends EnrolmentDto {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for a learner not (yet) in an organisation' })
  organisationName: string | null;
}

export class MyLearningDto {
  @ApiProperty({ type: [EnrolmentDto] }) upcoming: EnrolmentDto[];
  @ApiProperty({ type: [EnrolmentDto] }) pending: EnrolmentDto[];
  @ApiProperty({ type: [EnrolmentDto] }) offers: EnrolmentDto[];
  @ApiProperty({ type: [EnrolmentDto] }) waitlist: EnrolmentDto[];
  @ApiProperty({ type: [EnrolmentDto] }) history: EnrolmentDto[];
}

export class EnrolmentEventDto {
  @ApiProperty({ nullable: true, type: String }) fromStatus: string | null;
  @ApiProperty() toStatus: string;
  @ApiProperty({ nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty() at: string;
}

export class CalendarFeedDto {
  @ApiProperty({ description: 'Secret URL for Outlook or Google Calendar; creating a new one revokes the old one' })
  url: string;
}
