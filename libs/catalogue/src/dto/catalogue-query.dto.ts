import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQueryDto, startOfAmsterdamDay } from '#libs/common';
import { FORMATS, LANGUAGES, LEVELS } from '../catalogue.entities.js';
import type { Format, Language, Level } from '../catalogue.entities.js';
import { OrganisationRefDto, TeacherSummaryDto } from './teacher-profile.dto.js';

export const CATALOGUE_SORTS = ['relevance', 'next', 'newest', 'title'] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;
/** A day means that day in Europe/Amsterdam; `to` days are inclusive. */
const toInstant =
  (endOfDay: boolean) =>
  ({ value }: { value: unknown }) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return value;
    if (DATE_TIME.test(value)) return new Date(value);
    if (!DAY.test(value)) return value;
    const start = startOfAmsterdamDay(value);
    return endOfDay ? startOfAmsterdamDay(new Date(start.getTime() + 36 * 3600_000).toISOString().slice(0, 10)) : start;
  };

export class CatalogueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Free text ("Wat wil je leren?"); results are then sorted by relevance unless sort says otherwise' })
  @IsOptional() @IsString() @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ description: 'Topic tag (case-insensitive)' })
  @IsOptional() @IsString() @Length(1, 60)
  topic?: string;

  @ApiPropertyOptional({ enum: FORMATS }) @IsOptional() @IsIn(FORMATS)
  format?: Format;

  @ApiPropertyOptional({ enum: LEVELS }) @IsOptional() @IsIn(LEVELS)
  level?: Level;

  @ApiPropertyOptional() @IsOptional() @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ description: 'Province where a session takes place' })
  @IsOptional() @IsString() @Length(2, 60)
  region?: string;

  @ApiPropertyOptional({ enum: LANGUAGES }) @IsOptional() @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ description: 'Sessions starting on or after (date or date-time)', example: '2027-01-01' })
  @IsOptional() @Transform(toInstant(false)) @IsDate({ message: 'from must be a date (YYYY-MM-DD)' })
  from?: Date;

  @ApiPropertyOptional({ description: 'Sessions starting up to and including this day (or before this date-time)', example: '2027-03-31' })
  @IsOptional() @Transform(toInstant(true)) @IsDate({ message: 'to must be a date (YYYY-MM-DD)' })
  to?: Date;

  @ApiPropertyOptional({ description: 'Only courses with a session that still has free seats' })
  @IsOptional() @Transform(toBool) @IsBoolean()
  freeSeats?: boolean;

  @ApiPropertyOptional({ enum: CATALOGUE_SORTS, description: "Default: 'relevance' with q, else 'next'" }) @IsOptional() @IsIn(CATALOGUE_SORTS)
  sort?: CatalogueSort;
}

export class NextSessionDto {
  @ApiProperty() id: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty() online: boolean;
  @ApiProperty() seatsLeft: number;
}

export class CatalogueItemDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty({ enum: LEVELS }) level: Level;
  @ApiProperty({ enum: FORMATS }) format: Format;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty() durationHours: number;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty({ type: [TeacherSummaryDto] }) teachers: TeacherSummaryDto[];
  @ApiProperty({ type: NextSessionDto, nullable: true }) nextSession: NextSessionDto | null;
  @ApiProperty({ description: 'Upcoming sessions matching the filters' }) upcomingSessions: number;
}

export class CataloguePageDto {
  @ApiProperty({ type: [CatalogueItemDto] }) items: CatalogueItemDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
