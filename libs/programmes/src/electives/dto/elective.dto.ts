import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Nullable, Optional, StrictPartialType, trim } from '#libs/common';

/** A module of an elective part: a catalogue course used as module, or one defined here. */
export class CreateModuleDto {
  @ApiProperty({ minLength: 2, maxLength: 200, example: 'Schrijven voor de burger' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  title: string;

  @ApiPropertyOptional({ maxLength: 4000, default: '' })
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'A catalogue course used as module',
  })
  @Nullable()
  @IsUUID()
  courseId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The user who teaches the module' })
  @Nullable()
  @IsUUID()
  teacherUserId?: string | null;

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

  @ApiProperty({ minimum: 1, maximum: 1000, description: 'Places in the module' })
  @IsInt()
  @Min(1)
  @Max(1000)
  cap: number;
}

export class UpdateModuleDto extends StrictPartialType(CreateModuleDto) {}

export class ModuleTeacherDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class ModuleDto {
  @ApiProperty() id: string;
  @ApiProperty() cohortPartId: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ nullable: true, type: String }) courseId: string | null;
  @ApiProperty({ nullable: true, type: ModuleTeacherDto }) teacher: ModuleTeacherDto | null;
  @ApiProperty({ nullable: true, type: String }) venueName: string | null;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ nullable: true, type: String }) onlineUrl: string | null;
  @ApiProperty() cap: number;
  @ApiProperty({ description: 'Participants allocated to it (draft or published)' }) allocated: number;
}

export class ModuleListDto {
  @ApiProperty() cohortPartId: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) choiceDeadline: string | null;
  @ApiProperty({ description: 'How many modules a participant must rank at least' }) minimumChoices: number;
  @ApiProperty({ type: [ModuleDto] }) modules: ModuleDto[];
}

/** My ranking, first choice first. */
export class ChoicesDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Module ids, first choice first; at least three when the part has that many modules, no repeats',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  moduleIds: string[];
}

export class MyChoicesDto {
  @ApiProperty() cohortPartId: string;
  @ApiProperty({ type: [String], description: 'Module ids, first choice first (empty: not chosen yet)' })
  moduleIds: string[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) choiceDeadline: string | null;
  @ApiProperty() minimumChoices: number;
  @ApiProperty({ description: 'Whether choices can still be changed' }) open: boolean;
}

export class ParticipantChoicesDto {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
  @ApiProperty({ type: [String], description: 'Module ids, first choice first (empty: not chosen yet)' })
  moduleIds: string[];
}

export class ChoicesOverviewDto {
  @ApiProperty() cohortPartId: string;
  @ApiProperty({ description: 'Confirmed participants who have ranked modules' }) chosen: number;
  @ApiProperty({ description: 'Confirmed participants' }) participants: number;
  @ApiProperty({ type: [ParticipantChoicesDto] }) rankings: ParticipantChoicesDto[];
}

export class RunAllocationDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Lottery seed for ties; a random one when left out' })
  @Optional()
  @IsString()
  @Length(1, 100)
  @Matches(/^[\w.:-]+$/, { message: 'seed may hold letters, digits and . : _ - only' })
  seed?: string;
}

export class MoveAllocationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  moduleId: string;
}

export class AllocatedPersonDto {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Rank of this module in their choices; null: not ranked' })
  rankObtained: number | null;
  @ApiProperty({ enum: ['run', 'late', 'moved'] }) source: 'run' | 'late' | 'moved';
}

export class AllocatedModuleDto {
  @ApiProperty() moduleId: string;
  @ApiProperty() title: string;
  @ApiProperty() cap: number;
  @ApiProperty({ type: [AllocatedPersonDto] }) participants: AllocatedPersonDto[];
}

export class ExplanationLineDto {
  @ApiProperty({ description: 'Stable code of the line' }) code: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } })
  params: Record<string, string | number>;
  @ApiProperty() nl: string;
  @ApiProperty() en: string;
}

export class AllocationFiguresDto {
  @ApiProperty() participants: number;
  @ApiProperty() places: number;
  @ApiProperty() firstChoices: number;
  @ApiProperty({ type: [Number], description: 'perRank[r − 1]: participants with their choice no. r' })
  perRank: number[];
  @ApiProperty({ description: 'Placed in a module they did not rank' }) unrankedPlacements: number;
  @ApiProperty() unassigned: number;
  @ApiProperty({ description: 'Moved by an organiser after the run' }) moved: number;
}

/** A participant's own module in an allocation, once published. */
export class OwnAllocationDto {
  @ApiProperty({ nullable: true, type: ModuleDto, description: 'null: every place was taken' })
  module: ModuleDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Rank of the module in my choices; null: not ranked' })
  rankObtained: number | null;
}

/**
 * An elective part's allocation. Cohort staff get every module's list, the figures and the
 * explanation; a participant gets only `mine` (null until published) and empty lists.
 */
export class AllocationDto {
  @ApiProperty() cohortPartId: string;
  @ApiProperty() published: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'The lottery seed (staff only)' }) seed: string | null;
  @ApiProperty({ nullable: true, type: OwnAllocationDto, description: 'The caller’s own module (participants)' })
  mine: OwnAllocationDto | null;
  @ApiProperty({ type: [AllocatedModuleDto] }) modules: AllocatedModuleDto[];
  @ApiProperty({ type: [AllocatedPersonDto], description: 'Participants without a place' })
  unassigned: AllocatedPersonDto[];
  @ApiProperty({ nullable: true, type: AllocationFiguresDto }) figures: AllocationFiguresDto | null;
  @ApiProperty({ type: [ExplanationLineDto] }) explanation: ExplanationLineDto[];
}

export class MyModuleDto {
  @ApiProperty() cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty() cohortPartId: string;
  @ApiProperty() partTitle: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: ModuleDto }) module: ModuleDto;
  @ApiProperty({ nullable: true, type: Number }) rankObtained: number | null;
}

export class ModuleParticipantDto {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
}

export class ModuleParticipantsDto {
  @ApiProperty({ type: ModuleDto }) module: ModuleDto;
  @ApiProperty({ description: 'Whether the list is published to participants' }) published: boolean;
  @ApiProperty({ type: [ModuleParticipantDto] }) participants: ModuleParticipantDto[];
}
