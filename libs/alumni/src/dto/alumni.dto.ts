import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { Nullable, Optional, PageQueryDto, trim } from '#libs/common';

export const ALUMNI_JOB_TITLE_MAX = 120;
export const ALUMNI_SUBJECT_MAX = 150;
export const ALUMNI_TEXT_MAX = 4000;
export const ALUMNI_QUERY_MAX = 200;

/** My consent: findable as alumnus (all courses and programmes I attended), and my e-mail shown or not. */
export class AlumniConsentDto {
  @ApiProperty({ description: 'Findable as alumnus by signed-in colleagues; off by default' }) findable: boolean;
  @ApiProperty({ description: 'My e-mail address is shown to them; off by default' }) showEmail: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'What I do, as alumni see it' }) jobTitle: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When I last changed it; null: never set' })
  updatedAt: string | null;
}

export class UpdateAlumniConsentDto {
  @ApiProperty({ description: 'Findable as alumnus of every course and programme I attended' })
  @IsBoolean()
  findable: boolean;

  @ApiProperty({ description: 'Show my e-mail address to colleagues who find me' })
  @IsBoolean()
  showEmail: boolean;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    maxLength: ALUMNI_JOB_TITLE_MAX,
    description: 'My job title for alumni; empty or null: the one of my teacher profile, if any. Left out: unchanged',
  })
  @Nullable()
  @Transform(trim)
  @IsString()
  @MaxLength(ALUMNI_JOB_TITLE_MAX)
  jobTitle?: string | null;
}

export class AlumniOrganisationDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

/** A course or programme the alumnus attended, with when they last did. */
export class AlumnusCourseDto {
  @ApiProperty() courseId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['course', 'programme'] }) kind: 'course' | 'programme';
  @ApiProperty({ description: 'Start of the last session (or cohort) attended' }) attendedAt: string;
}

export class AlumnusDto {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: AlumniOrganisationDto, nullable: true }) organisation: AlumniOrganisationDto | null;
  @ApiProperty({ nullable: true, type: String }) jobTitle: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Only when the alumnus consented to show it' })
  email: string | null;
  @ApiProperty({
    type: [AlumnusCourseDto],
    description: 'Attended courses and programmes (matching the filters), last attended first',
  })
  courses: AlumnusCourseDto[];
}

export class AlumniPageDto {
  @ApiProperty({ type: [AlumnusDto] }) items: AlumnusDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class AlumniSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Alumni of this course or programme' })
  @Optional()
  @IsUUID('all')
  courseId?: string;

  @ApiPropertyOptional({ description: 'Alumni of a course with this topic', maxLength: 100 })
  @Optional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  topic?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Alumni working at this organisation' })
  @Optional()
  @IsUUID('all')
  organisationId?: string;

  @ApiPropertyOptional({
    description: 'Words in the name, job title or an attended course title',
    maxLength: ALUMNI_QUERY_MAX,
  })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(ALUMNI_QUERY_MAX)
  q?: string;
}

export class SendAlumniMessageDto {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: ALUMNI_SUBJECT_MAX })
  @Nullable()
  @Transform(trim)
  @IsString()
  @MaxLength(ALUMNI_SUBJECT_MAX)
  subject?: string | null;

  @ApiProperty({
    minLength: 1,
    maxLength: ALUMNI_TEXT_MAX,
    description: 'The message; the reply goes to you by e-mail',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ALUMNI_TEXT_MAX)
  text: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The course you found them through, named in the mail',
  })
  @Nullable()
  @IsUUID('all')
  courseId?: string | null;
}

export class AlumniMessageSentDto {
  @ApiProperty() id: string;
  @ApiProperty() recipientName: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ description: 'Messages you may still send in the next 24 hours' }) remainingToday: number;
}
