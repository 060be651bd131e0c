import { Nullable, Optional, trim, trimAll } from '#libs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  IsUrl,
  Length,
  MaxLength,
} from 'class-validator';
import { FORMATS, LANGUAGES } from '../catalogue.entities.js';
import type { Format, Language } from '../catalogue.entities.js';

export class UpsertTeacherProfileDto {
  @ApiPropertyOptional({ example: 'Senior vergunningverlener' })
  @Optional()
  @Transform(trimAll)
  @IsString()
  @MaxLength(160)
  jobTitle?: string;

  @ApiProperty({ example: 'Ik werk al vijftien jaar als vergunningverlener…' })
  @Transform(trimAll)
  @IsString()
  @Length(20, 4000)
  bio: string;

  @ApiProperty({ type: [String], example: ['omgevingsvergunning', 'Omgevingswet'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Transform(trimAll)
  @IsString({ each: true })
  @Length(2, 60, { each: true })
  expertise: string[];

  @ApiProperty({ enum: FORMATS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(FORMATS, { each: true })
  formats: Format[];

  @ApiProperty({ type: [String], example: ['Overijssel', 'Gelderland'] })
  @IsArray()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @Transform(trimAll)
  @IsString({ each: true })
  @Length(2, 60, { each: true })
  regions: string[];

  @ApiProperty({ enum: LANGUAGES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(LANGUAGES, { each: true })
  languages: Language[];

  @ApiProperty({ description: 'Available to teach a team inside another organisation' })
  @IsBoolean()
  inCompany: boolean;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Nullable()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  photoUrl?: string | null;
}

export class OrganisationRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class TeacherProfileDto {
  @ApiProperty() id: string;
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty() jobTitle: string;
  @ApiProperty() bio: string;
  @ApiProperty({ type: [String] }) expertise: string[];
  @ApiProperty({ enum: FORMATS, isArray: true }) formats: Format[];
  @ApiProperty({ type: [String] }) regions: string[];
  @ApiProperty({ enum: LANGUAGES, isArray: true }) languages: Language[];
  @ApiProperty() inCompany: boolean;
  @ApiProperty({ nullable: true, type: String }) photoUrl: string | null;
}

export class TeacherSearchDto {
  @ApiProperty({ description: 'Part of the teacher’s name', example: 'Marieke' })
  @Transform(trim)
  @IsString()
  @Length(2, 100)
  q: string;
}

export class TeacherSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() jobTitle: string;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty({ nullable: true, type: String }) photoUrl: string | null;
}
