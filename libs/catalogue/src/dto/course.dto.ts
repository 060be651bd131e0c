import { Optional, StrictPartialType, trimAll } from '#libs/common';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { COURSE_STATUSES, FORMATS, LANGUAGES, LEVELS } from '../catalogue.entities.js';
import type { CourseStatus, Format, Language, Level } from '../catalogue.entities.js';
import { SessionDto } from './session.dto.js';
import { OrganisationRefDto, TeacherSummaryDto } from './teacher-profile.dto.js';

export class CreateCourseDto {
  @ApiProperty({ example: 'Omgevingsvergunning beoordelen: van aanvraag tot besluit' })
  @Transform(trimAll)
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiProperty({ example: 'Praktijktraining voor vergunningverleners.' })
  @Transform(trimAll)
  @IsString()
  @Length(10, 500)
  summary: string;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trimAll)
  @IsString()
  @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @Transform(trimAll)
  @IsString({ each: true })
  @Length(3, 300, { each: true })
  learningGoals?: string[];

  @ApiProperty({ type: [String], example: ['omgevingsvergunning', 'Omgevingswet'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ArrayUnique()
  @Transform(trimAll)
  @IsString({ each: true })
  @Length(2, 60, { each: true })
  topics: string[];

  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS)
  level: Level;

  @ApiProperty({ example: 3.5 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.25)
  @Max(200)
  durationHours: number;

  @ApiProperty({ enum: FORMATS })
  @IsIn(FORMATS)
  format: Format;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'nl' })
  @Optional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  requiresManagerApproval?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Co-teachers (teacher profile ids) besides yourself' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  teacherIds?: string[];
}

export class UpdateCourseDto extends StrictPartialType(OmitType(CreateCourseDto, ['teacherIds'] as const)) {}

export class SetTeachersDto {
  @ApiProperty({ type: [String], description: 'Teacher profile ids; the first is the lead teacher' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  teacherIds: string[];
}

export class CourseDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) learningGoals: string[];
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty({ enum: LEVELS }) level: Level;
  @ApiProperty() durationHours: number;
  @ApiProperty({ enum: FORMATS }) format: Format;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty() requiresManagerApproval: boolean;
  @ApiProperty({ enum: COURSE_STATUSES }) status: CourseStatus;
  @ApiProperty({ type: [TeacherSummaryDto] }) teachers: TeacherSummaryDto[];
  @ApiProperty({ type: [SessionDto], description: 'Upcoming sessions (all sessions for editors)' })
  sessions: SessionDto[];
  @ApiProperty({ description: 'Whether the caller may edit this course' }) canEdit: boolean;
  @ApiProperty({ nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}
