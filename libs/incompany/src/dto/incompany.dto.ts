import { OrganisationRefDto, SESSION_STATUSES } from '#libs/catalogue';
import type { SessionStatus } from '#libs/catalogue';
import { Optional, toDateTime, trim } from '#libs/common';
import { WhyDto } from '#libs/knowledge-bank';
import type { Fit } from '#libs/knowledge-bank';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
  IsInt,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  IsEmail,
} from 'class-validator';
import { REQUEST_STATUSES } from '../incompany.entities.js';
import type { RequestStatus } from '../incompany.entities.js';

export class CreateRequestDto {
  @ApiProperty({ example: 'Training Woo-verzoeken afhandelen voor ons juridisch team' })
  @Transform(trim)
  @IsString()
  @Length(5, 300)
  topic: string;

  @ApiProperty({ example: 15 })
  @IsInt()
  @Min(1)
  @Max(500)
  groupSize: number;

  @ApiPropertyOptional({ example: 'maart of april 2027' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  preferredPeriod?: string;

  @ApiPropertyOptional({ example: 'Kantoor Den Haag, zaal 3' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  location?: string;

  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  online?: boolean;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class InviteDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  teacherIds: string[];
}

export class RespondDto {
  @ApiProperty()
  @IsBoolean()
  accept: boolean;

  @ApiPropertyOptional({ example: 'Graag! Ik kan in maart.' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  message?: string;

  @ApiPropertyOptional({ description: 'My manager, who must release the time' })
  @Optional()
  @IsUUID()
  managerId?: string;

  @ApiPropertyOptional({ description: 'My manager by e-mail address (instead of managerId)' })
  @Optional()
  @IsEmail({}, { message: 'managerEmail must be a valid e-mail address' })
  managerEmail?: string;
}

export class ReleaseDto {
  @ApiProperty({ description: 'true: the time is released; false: refused' })
  @IsBoolean()
  release: boolean;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  message?: string;
}

export class ScheduleDto {
  @ApiProperty({ example: '2027-03-10T09:00:00+01:00' })
  @Transform(toDateTime)
  @IsDate({ message: 'startsAt must be an ISO 8601 date-time with offset' })
  startsAt: Date;

  @ApiProperty({ example: '2027-03-10T12:00:00+01:00' })
  @Transform(toDateTime)
  @IsDate({ message: 'endsAt must be an ISO 8601 date-time with offset' })
  endsAt: Date;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  venueName?: string;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  address?: string;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @Length(2, 100)
  city?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  onlineUrl?: string;
}

export class EvaluateDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

export class InvitationDto {
  @ApiProperty() id: string;
  @ApiProperty() teacherProfileId: string;
  @ApiProperty() trainerName: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ enum: ['invited', 'accepted', 'declined', 'withdrawn'] }) status: string;
  @ApiProperty({ nullable: true, type: String }) message: string | null;
  @ApiProperty({ nullable: true, type: String }) releaseStatus: string | null;
}

/** The private session of a scheduled request: when, where and its course (null until scheduled). */
export class RequestSessionDto {
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty({ nullable: true, type: String }) venueName: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Set for online and hybrid sessions' })
  onlineUrl: string | null;
  @ApiProperty() courseId: string;
  @ApiProperty({ enum: SESSION_STATUSES }) status: SessionStatus;
}

export class RequestDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty() topic: string;
  @ApiProperty() groupSize: number;
  @ApiProperty() preferredPeriod: string;
  @ApiProperty({ nullable: true, type: String }) location: string | null;
  @ApiProperty() online: boolean;
  @ApiProperty() notes: string;
  @ApiProperty({ enum: REQUEST_STATUSES }) status: RequestStatus;
  @ApiProperty({ nullable: true, type: String }) trainerId: string | null;
  @ApiProperty({ nullable: true, type: String }) sessionId: string | null;
  @ApiProperty({ nullable: true, type: RequestSessionDto }) session: RequestSessionDto | null;
  @ApiProperty({ nullable: true, type: Number }) rating: number | null;
  @ApiProperty({ nullable: true, type: String }) evaluation: string | null;
  @ApiProperty({ type: [InvitationDto] }) invitations: InvitationDto[];
  @ApiProperty() createdAt: string;
}

export class SuggestedTrainerDto {
  @ApiProperty({ description: 'Teacher profile id (for invitations)' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() jobTitle: string;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty({ description: '0..1; only comparable within one answer' }) score: number;
  @ApiProperty({ enum: ['strong', 'fair', 'weak'] }) fit: Fit;
  @ApiProperty({ type: WhyDto }) why: WhyDto;
}

export class SuggestionsDto {
  @ApiProperty({ description: 'false: nobody fits well enough' }) strongMatch: boolean;
  @ApiProperty({
    type: [SuggestedTrainerDto],
    description: 'At most ten trainers of other organisations available for in-company work',
  })
  trainers: SuggestedTrainerDto[];
}
