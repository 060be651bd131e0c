import { Optional } from '#libs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsObject,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const KINDS = ['ministerie', 'uitvoeringsorganisatie', 'gemeente', 'provincie', 'waterschap', 'overig'] as const;
const FORMATS = ['klassikaal', 'online', 'hybride'] as const;

export class ImportOrganisationDto {
  @ApiProperty() @IsString() @Length(1, 80) id: string;
  @ApiProperty() @IsString() @Length(2, 200) name: string;
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind: (typeof KINDS)[number];
  @ApiProperty() @IsString() @Length(2, 60) region: string;
  @ApiPropertyOptional({ type: [String] }) @Optional() @IsArray() @IsString({ each: true }) emailDomains?: string[];
}

export class ImportTrainerDto {
  @ApiProperty() @IsString() @Length(1, 80) id: string;
  @ApiProperty() @IsString() @Length(2, 120) name: string;
  @ApiProperty() @IsString() @Length(1, 80) organisationId: string;
  @ApiProperty() @IsString() @MaxLength(160) jobTitle: string;
  @ApiProperty() @IsString() @MaxLength(4000) bio: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) expertise: string[];
  @ApiProperty({ type: [String] }) @IsArray() @IsIn(['nl', 'en'], { each: true }) languages: ('nl' | 'en')[];
  @ApiProperty({ type: [String] }) @IsArray() @IsIn(FORMATS, { each: true }) formats: (typeof FORMATS)[number][];
  @ApiProperty() @IsBoolean() inCompany: boolean;
  @ApiProperty() @IsString() @Length(2, 60) region: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(254) email?: string;
}

export class ImportCourseDto {
  @ApiProperty() @IsString() @Length(1, 80) id: string;
  @ApiProperty() @IsString() @Length(3, 200) title: string;
  @ApiProperty() @IsString() @MaxLength(500) summary: string;
  @ApiProperty() @IsString() @MaxLength(10000) description: string;
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) learningGoals: string[];
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) topics: string[];
  @ApiProperty({ enum: ['basis', 'verdieping', 'expert'] }) @IsIn(['basis', 'verdieping', 'expert']) level:
    'basis' | 'verdieping' | 'expert';
  @ApiProperty() @IsNumber() @Min(0.25) @Max(200) durationHours: number;
  @ApiProperty({ enum: FORMATS }) @IsIn(FORMATS) format: (typeof FORMATS)[number];
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) teacherIds: string[];
  @ApiProperty() @IsString() @Length(1, 80) organisationId: string;
}

/**
 * The JSON format of the knowledge-bank catalogue; each part may be empty. @IsObject: ValidateNested
 * alone passes arrays nested in the list (`[[[]]]`), which reached the database as NULLs.
 */
export class ImportBundleDto {
  @ApiProperty({ type: [ImportOrganisationDto] })
  @IsArray()
  @ArrayMaxSize(5000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ImportOrganisationDto)
  organisations: ImportOrganisationDto[];

  @ApiProperty({ type: [ImportTrainerDto] })
  @IsArray()
  @ArrayMaxSize(50000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ImportTrainerDto)
  trainers: ImportTrainerDto[];

  @ApiProperty({ type: [ImportCourseDto] })
  @IsArray()
  @ArrayMaxSize(100000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ImportCourseDto)
  courses: ImportCourseDto[];
}

/** The CSV equivalent: the text of each file (header row with the JSON field names, lists separated by "|"). */
export class ImportCsvDto {
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(5_000_000) organisations?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(20_000_000) trainers?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(50_000_000) courses?: string;
}

export class ImportCountsDto {
  @ApiProperty({ type: 'integer' }) created: number;
  @ApiProperty({ type: 'integer' }) updated: number;
}

export class ImportResultDto {
  @ApiProperty({ type: ImportCountsDto }) organisations: ImportCountsDto;
  @ApiProperty({ type: ImportCountsDto }) trainers: ImportCountsDto;
  @ApiProperty({ type: ImportCountsDto }) courses: ImportCountsDto;
}
