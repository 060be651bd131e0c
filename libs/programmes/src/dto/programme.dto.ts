import { Nullable, Optional, StrictPartialType, toDateTime, trim, trimAll } from '#libs/common';
import { CreateSessionDto, FORMATS } from '#libs/catalogue';
import type { Format } from '#libs/catalogue';
import { ApiProperty, ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { COHORT_ROLES } from '../cohorts/cohort.entities.js';
import type { CohortRole } from '../cohorts/cohort.entities.js';
import { PART_KINDS, PROGRAMME_AUDIENCES } from '../programmes.entities.js';
import type { PartKind, ProgrammeAudienceKind } from '../programmes.entities.js';

export class PartInputDto {
  @ApiPropertyOptional({ description: 'An existing part to keep (with its cohorts’ dates); omit for a new part' })
  @Optional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'Werkatelier dag 2 met stakeholdersdiner' })
  @Transform(trimAll)
  @IsString()
  @Length(2, 200)
  title: string;

  @ApiProperty({ enum: PART_KINDS })
  @IsIn(PART_KINDS)
  kind: PartKind;

  @ApiProperty({ example: 4 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.25)
  @Max(40)
  durationHours: number;

  @ApiProperty({ enum: FORMATS })
  @IsIn(FORMATS)
  format: Format;

  @ApiPropertyOptional()
  @Optional()
  @Transform(trimAll)
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ description: '"Gast aan tafel": participants may invite external guests' })
  @Optional()
  @IsBoolean()
  allowsGuests?: boolean;
}

export class CreateProgrammeDto {
  @ApiProperty({ example: 'Werkateliers Vakmanschap' })
  @Transform(trimAll)
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiProperty({ description: 'Why this programme exists', example: 'Beleidsmakers versterken hun vakmanschap.' })
  @Transform(trimAll)
  @IsString()
  @Length(10, 500)
  why: string;

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
  goals?: string[];

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @Transform(trimAll)
  @IsString({ each: true })
  @Length(2, 60, { each: true })
  topics?: string[];

  @ApiPropertyOptional({ enum: PROGRAMME_AUDIENCES, default: 'all' })
  @Optional()
  @IsIn(PROGRAMME_AUDIENCES)
  audience?: ProgrammeAudienceKind;

  @ApiPropertyOptional({
    type: [String],
    description: 'For audience "listed": the organisations whose people may enrol',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  audienceOrganisationIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Co-owning organisations (chains, consortia): their L&D runs it too',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  coOwnerOrganisationIds?: string[];

  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  requiresManagerApproval?: boolean;

  @ApiProperty({ type: [PartInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PartInputDto)
  parts: PartInputDto[];
}

export class UpdateProgrammeDto {
  @ApiPropertyOptional() @Optional() @Transform(trimAll) @IsString() @Length(3, 200) title?: string;
  @ApiPropertyOptional() @Optional() @Transform(trimAll) @IsString() @Length(10, 500) why?: string;
  @ApiPropertyOptional() @Optional() @Transform(trimAll) @IsString() @MaxLength(10000) description?: string;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @Transform(trimAll)
  @IsString({ each: true })
  @Length(3, 300, { each: true })
  goals?: string[];

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @Transform(trimAll)
  @IsString({ each: true })
  @Length(2, 60, { each: true })
  topics?: string[];

  @ApiPropertyOptional({ enum: PROGRAMME_AUDIENCES })
  @Optional()
  @IsIn(PROGRAMME_AUDIENCES)
  audience?: ProgrammeAudienceKind;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  audienceOrganisationIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  coOwnerOrganisationIds?: string[];

  @ApiPropertyOptional() @Optional() @IsBoolean() requiresManagerApproval?: boolean;

  @ApiPropertyOptional({
    type: [PartInputDto],
    description: 'The whole structure in order: parts with an id are kept, new ones added, missing ones removed',
  })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PartInputDto)
  parts?: PartInputDto[];
}

export class OrganisationNameDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class PartDto {
  @ApiProperty() id: string;
  @ApiProperty() position: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PART_KINDS }) kind: PartKind;
  @ApiProperty() durationHours: number;
  @ApiProperty({ enum: FORMATS }) format: Format;
  @ApiProperty() description: string;
  @ApiProperty() allowsGuests: boolean;
}

export class CohortPartDto {
  @ApiProperty({ description: 'The cohort part (this run of the programme part)' }) id: string;
  @ApiProperty() partId: string;
  @ApiProperty() position: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PART_KINDS }) kind: PartKind;
  @ApiProperty({ enum: FORMATS }) format: Format;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ nullable: true, type: String }) venueName: string | null;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ nullable: true, type: String }) onlineUrl: string | null;
  @ApiProperty({ nullable: true, type: Date }) choiceDeadline: Date | null;
  @ApiProperty() guestCapacity: number;
  @ApiProperty() allowsGuests: boolean;
}

export class StaffMemberDto {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
  @ApiProperty({ enum: COHORT_ROLES }) role: CohortRole;
}

export class MyCohortEnrolmentDto {
  @ApiProperty() id: string;
  @ApiProperty() status: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Place on the waitlist' }) position: number | null;
}

export class CohortDto {
  @ApiProperty({ description: 'Also the id of its catalogue session: enrolments name it as sessionId' }) id: string;
  @ApiProperty() programmeId: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty({ example: 'Tranche 1' }) name: string;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status: 'scheduled' | 'cancelled';
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty() capacity: number;
  @ApiProperty() seatsLeft: number;
  @ApiProperty() enrolmentDeadline: Date;
  @ApiProperty() cancellationDeadline: Date;
  @ApiProperty({ type: [CohortPartDto] }) parts: CohortPartDto[];
  @ApiProperty({ type: [StaffMemberDto], description: 'Organisers, trainers and versnellers' })
  staff: StaffMemberDto[];
  @ApiProperty({ nullable: true, type: MyCohortEnrolmentDto }) myEnrolment: MyCohortEnrolmentDto | null;
  @ApiProperty({ nullable: true, type: String, enum: ['owner', ...COHORT_ROLES] }) myRole: string | null;
}

export class ProgrammeDto {
  @ApiProperty({ description: 'Also the id of its catalogue entry' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() why: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) goals: string[];
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty({ enum: ['draft', 'published', 'archived'] }) status: string;
  @ApiProperty({ type: OrganisationNameDto }) organisation: OrganisationNameDto;
  @ApiProperty({ type: [OrganisationNameDto] }) coOwners: OrganisationNameDto[];
  @ApiProperty({ enum: PROGRAMME_AUDIENCES }) audience: ProgrammeAudienceKind;
  @ApiProperty({ type: [OrganisationNameDto] }) audienceOrganisations: OrganisationNameDto[];
  @ApiProperty() requiresManagerApproval: boolean;
  @ApiProperty({ description: 'Total hours of all parts' }) durationHours: number;
  @ApiProperty({ type: [PartDto] }) parts: PartDto[];
  @ApiProperty({ type: [CohortDto] }) cohorts: CohortDto[];
  @ApiProperty() canEdit: boolean;
}

export class ProgrammeSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() why: string;
  @ApiProperty({ enum: ['draft', 'published', 'archived'] }) status: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() partCount: number;
  @ApiProperty() durationHours: number;
  @ApiProperty({ nullable: true, type: Date, description: 'Start of the next cohort open for enrolment' })
  nextCohortStartsAt: Date | null;
  @ApiProperty({ description: 'Seats left over all cohorts open for enrolment' }) seatsLeft: number;
}

export class CohortPartInputDto {
  @ApiProperty({ description: 'The programme part this schedules' })
  @IsUUID()
  partId: string;

  @ApiProperty({ example: '2027-02-04T09:30:00+01:00' })
  @Transform(toDateTime)
  @IsDate({ message: 'startsAt must be an ISO 8601 date-time with offset' })
  startsAt: Date;

  @ApiProperty({ example: '2027-02-04T13:00:00+01:00' })
  @Transform(toDateTime)
  @IsDate({ message: 'endsAt must be an ISO 8601 date-time with offset' })
  endsAt: Date;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Nullable()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  venueName?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Nullable()
  @Transform(trim)
  @IsString()
  @Length(2, 100)
  city?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Nullable()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Date, description: 'Elective parts: choices close then' })
  @Nullable()
  @Transform(toDateTime)
  @IsDate({ message: 'choiceDeadline must be an ISO 8601 date-time with offset' })
  choiceDeadline?: Date | null;

  @ApiPropertyOptional({ description: 'Parts that allow guests: how many guests in total', default: 0 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(500)
  guestCapacity?: number;
}

export class StaffInputDto {
  @ApiProperty() @IsUUID() userId: string;
  @ApiProperty({ enum: COHORT_ROLES }) @IsIn(COHORT_ROLES) role: CohortRole;
}

/** Minimum participants with a go/no-go moment, as for any session (issue #11 item 2). */
class CohortMinimumDto extends PickType(CreateSessionDto, ['minParticipants', 'goNoGoAt', 'autoCancel'] as const) {}

export class CreateCohortDto extends CohortMinimumDto {
  @ApiProperty({ example: 'Tranche 1' })
  @Transform(trimAll)
  @IsString()
  @Length(2, 120)
  name: string;

  @ApiProperty({ example: 15 })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity: number;

  @ApiPropertyOptional({ description: 'Default: the start of the first part' })
  @Optional()
  @Transform(toDateTime)
  @IsDate({ message: 'enrolmentDeadline must be an ISO 8601 date-time with offset' })
  enrolmentDeadline?: Date;

  @ApiPropertyOptional({ description: 'Default: 2 working days before the first part' })
  @Optional()
  @Transform(toDateTime)
  @IsDate({ message: 'cancellationDeadline must be an ISO 8601 date-time with offset' })
  cancellationDeadline?: Date;

  @ApiProperty({ type: [CohortPartInputDto], description: 'Every part of the programme, once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CohortPartInputDto)
  parts: CohortPartInputDto[];

  @ApiPropertyOptional({ type: [StaffInputDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => StaffInputDto)
  staff?: StaffInputDto[];
}

export class UpdateCohortDto extends CohortMinimumDto {
  @ApiPropertyOptional() @Optional() @Transform(trimAll) @IsString() @Length(2, 120) name?: string;
  @ApiPropertyOptional() @Optional() @IsInt() @Min(1) @Max(1000) capacity?: number;

  @ApiPropertyOptional()
  @Optional()
  @Transform(toDateTime)
  @IsDate({ message: 'enrolmentDeadline must be an ISO 8601 date-time with offset' })
  enrolmentDeadline?: Date;

  @ApiPropertyOptional()
  @Optional()
  @Transform(toDateTime)
  @IsDate({ message: 'cancellationDeadline must be an ISO 8601 date-time with offset' })
  cancellationDeadline?: Date;
}

/** A part's date, place, link, choice deadline or guest places: any of the planning fields; null clears a nullable one. */
export class UpdateCohortPartDto extends StrictPartialType(OmitType(CohortPartInputDto, ['partId'] as const)) {}

export class SetStaffDto {
  @ApiProperty({ enum: COHORT_ROLES }) @IsIn(COHORT_ROLES) role: CohortRole;
}

export class CohortEnrolDto {
  @ApiPropertyOptional({ description: 'For programmes that need approval: the manager who approves' })
  @Optional()
  @IsUUID()
  managerId?: string;

  @ApiPropertyOptional({ description: 'Or the manager’s e-mail address' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  managerEmail?: string;

  @ApiPropertyOptional({ description: 'Enrol although parts overlap sessions you are booked for', default: false })
  @Optional()
  @IsBoolean()
  acceptOverlaps?: boolean;
}

export class OverlapDto {
  @ApiProperty({ description: 'The part of this cohort' }) partTitle: string;
  @ApiProperty() partStartsAt: Date;
  @ApiProperty({ description: 'What it overlaps: a session or another programme’s part' }) title: string;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
}

export class CohortEnrolmentResultDto {
  @ApiProperty({ type: MyCohortEnrolmentDto }) enrolment: MyCohortEnrolmentDto;
  @ApiProperty({ type: [OverlapDto], description: 'Overlaps you accepted' }) overlaps: OverlapDto[];
}

export class CohortEnrolmentDto {
  @ApiProperty() enrolmentId: string;
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
  @ApiProperty({ nullable: true, type: String }) workDomain: string | null;
  @ApiProperty() status: string;
}

export class MyProgrammeDto {
  @ApiProperty({ type: CohortDto }) cohort: CohortDto;
  @ApiProperty() why: string;
}

export class StatusBodyDto {
  @ApiProperty({ enum: ['published', 'archived'] })
  @IsIn(['published', 'archived'])
  status: 'published' | 'archived';
}

export class ProgrammeListQueryDto {
  @ApiPropertyOptional({ description: 'true: the programmes I own or co-own, any status' })
  @Optional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  managed?: boolean;
}
