import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsString, IsUUID, Length } from 'class-validator';
import { Optional, PageQueryDto, parseDateTime, parseDay, startOfAmsterdamDay, toBool } from '#libs/common';
import { COURSE_KINDS, FORMATS, LANGUAGES, LEVELS } from '../catalogue.entities.js';
import type { CourseKind, Format, Language, Level } from '../catalogue.entities.js';
import { OrganisationRefDto, TeacherSummaryDto } from './teacher-profile.dto.js';

export const CATALOGUE_SORTS = ['relevance', 'next', 'newest', 'title'] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

/** A day means that day in Europe/Amsterdam; `to` days are inclusive. Anything else stays as given, for @IsDate to refuse. */
const toInstant =
  (endOfDay: boolean) =>
  ({ value }: { value: unknown }) => {
    const instant = parseDateTime(value);
    if (instant) return instant;
    const day = parseDay(value);
    if (!day) return value;
    return startOfAmsterdamDay(endOfDay ? nextDay(day) : day);
  };

/** The calendar day after `day` (YYYY-MM-DD); 9999-12-31 is followed by 10000-01-01, not toISOString's '+010000-…'. */
function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1, 2)}-${pad(next.getUTCDate(), 2)}`;
}

export class CatalogueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Free text ("Wat wil je leren?"); results are then sorted by relevance unless sort says otherwise',
  })
  @Optional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ description: 'Topic tag (case-insensitive)' })
  @Optional()
  @IsString()
  @Length(1, 60)
  topic?: string;

  @ApiPropertyOptional({ enum: FORMATS })
  @Optional()
  @IsIn(FORMATS)
  format?: Format;

  @ApiPropertyOptional({ enum: LEVELS })
  @Optional()
  @IsIn(LEVELS)
  level?: Level;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ description: 'Only courses this teacher (teacher profile id) gives' })
  @Optional()
  @IsUUID()
  teacherId?: string;

  @ApiPropertyOptional({
    description: 'Province where a session takes place, in its official or a common form ("Friesland" = "Fryslân")',
  })
  @Optional()
  @IsString()
  @Length(2, 60)
  region?: string;

  @ApiPropertyOptional({ description: 'With region: online sessions count too ("in Utrecht of online")' })
  @Optional()
  @Transform(toBool)
  @IsBoolean()
  includeOnline?: boolean;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @Optional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ description: 'Sessions starting on or after (date or date-time)', example: '2027-01-01' })
  @Optional()
  @Transform(toInstant(false))
  @IsDate({ message: 'from must be a date (YYYY-MM-DD)' })
  from?: Date;

  @ApiPropertyOptional({
    description: 'Sessions starting up to and including this day (or before this date-time)',
    example: '2027-03-31',
  })
  @Optional()
  @Transform(toInstant(true))
  @IsDate({ message: 'to must be a date (YYYY-MM-DD)' })
  to?: Date;

  @ApiPropertyOptional({ description: 'Only courses with a session that still has free seats' })
  @Optional()
  @Transform(toBool)
  @IsBoolean()
  freeSeats?: boolean;

  @ApiPropertyOptional({ enum: CATALOGUE_SORTS, description: "Default: 'relevance' with q, else 'next'" })
  @Optional()
  @IsIn(CATALOGUE_SORTS)
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
  @ApiProperty({
    enum: COURSE_KINDS,
    description: "'programme': a learning programme in cohorts, at /api/programmes/{id}; its sessions are its cohorts",
  })
  kind: CourseKind;
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

export class FacetOptionDto {
  @ApiProperty({ description: 'The filter value to send (an enum value, organisation id, topic key or province)' })
  value: string;
  @ApiProperty({ description: 'What to show: the organisation name, the topic as written, the province' })
  label: string;
  @ApiProperty({ type: 'integer', description: 'Courses this option gives, with the query and every other filter' })
  count: number;
}

export class CatalogueFacetsDto {
  @ApiProperty({ type: [FacetOptionDto] }) format: FacetOptionDto[];
  @ApiProperty({ type: [FacetOptionDto] }) level: FacetOptionDto[];
  @ApiProperty({ type: [FacetOptionDto] }) language: FacetOptionDto[];
  @ApiProperty({ type: [FacetOptionDto] }) organisationId: FacetOptionDto[];
  @ApiProperty({ type: [FacetOptionDto], description: 'The 20 commonest topics' }) topic: FacetOptionDto[];
  @ApiProperty({ type: [FacetOptionDto], description: 'Provinces with an upcoming session' }) region: FacetOptionDto[];
  @ApiProperty({ type: 'integer', description: 'Courses with a session that has free seats' }) freeSeats: number;
}

export class CataloguePageDto {
  @ApiProperty({ type: [CatalogueItemDto] }) items: CatalogueItemDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty({
    type: CatalogueFacetsDto,
    description: 'Counts per filter option; each facet applies q and every other filter, not its own',
  })
  facets: CatalogueFacetsDto;
}
