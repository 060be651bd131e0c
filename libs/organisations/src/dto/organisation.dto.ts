import { Optional, StrictPartialType } from '#libs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsFQDN, IsIn, IsString, Length, Matches } from 'class-validator';
import { ORGANISATION_KINDS, type OrganisationKind } from '../organisation.entity.js';

const lowerTrim = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value;

export class CreateOrganisationDto {
  @ApiProperty({ example: 'gemeente-zwolle' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case words separated by hyphens' })
  @Length(2, 80)
  slug: string;

  @ApiProperty({ example: 'Gemeente Zwolle' })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @ApiProperty({ example: 'Overijssel' })
  @IsString()
  @Length(2, 60)
  region: string;

  @ApiPropertyOptional({ type: [String], example: ['zwolle.nl'] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @Transform(lowerTrim)
  @IsFQDN({}, { each: true })
  emailDomains?: string[];
}

export class UpdateOrganisationDto extends StrictPartialType(CreateOrganisationDto) {}

export class OrganisationListQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @Optional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;
}

export class OrganisationDto {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty() region: string;
  @ApiProperty({ type: [String] }) emailDomains: string[];
}
