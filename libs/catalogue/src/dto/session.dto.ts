import { trim } from '#libs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, IsUrl, Length, Max, MaxLength, Min } from 'class-validator';
import { SESSION_STATUSES } from '../catalogue.entities.js';
import type { SessionStatus } from '../catalogue.entities.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/** Accepts only full ISO 8601 timestamps with an offset, so "when" is never ambiguous. */
export const toDate = ({ value }: { value: unknown }) =>
  typeof value === 'string' && ISO.test(value) && !Number.isNaN(Date.parse(value)) ? new Date(value) : value;

export class CreateSessionDto {
  @ApiProperty({ example: '2027-01-14T09:30:00+01:00' })
  @Transform(toDate) @IsDate({ message: 'startsAt must be an ISO 8601 date-time with offset' })
  startsAt: Date;

  @ApiProperty({ example: '2027-01-14T12:30:00+01:00' })
  @Transform(toDate) @IsDate({ message: 'endsAt must be an ISO 8601 date-time with offset' })
  endsAt: Date;

  @ApiPropertyOptional({ example: 'Stadskantoor, zaal 2.14' })
  @IsOptional() @Transform(trim) @IsString() @Length(2, 200)
  venueName?: string;

  @ApiPropertyOptional({ example: 'Lübeckplein 2' })
  @IsOptional() @Transform(trim) @IsString() @Length(2, 300)
  address?: string;

  @ApiPropertyOptional({ example: 'Zwolle' })
  @IsOptional() @Transform(trim) @IsString() @Length(2, 100)
  city?: string;

  @ApiPropertyOptional({ example: 'Overijssel' })
  @IsOptional() @Transform(trim) @IsString() @Length(2, 60)
  region?: string;

  @ApiPropertyOptional({ example: 'https://teams.microsoft.com/l/meetup-join/…' })
  @IsOptional() @IsUrl({ protocols: ['https'], require_protocol: true }) @MaxLength(500)
  onlineUrl?: string;

  @ApiProperty({ example: 16 })
  @IsInt() @Min(1) @Max(1000)
  capacity: number;

  @ApiPropertyOptional({ description: 'Default: the start of the session' })
  @IsOptional() @Transform(toDate) @IsDate({ message: 'enrolmentDeadline must be an ISO 8601 date-time with offset' })
  enrolmentDeadline?: Date;

  @ApiPropertyOptional({ description: 'Default: 2 working days before the start' })
  @IsOptional() @Transform(toDate) @IsDate({ message: 'cancellationDeadline must be an ISO 8601 date-time with offset' })
  cancellationDeadline?: Date;
}

export class UpdateSessionDto extends PartialType(CreateSessionDto) {}

export class SessionDto {
  @ApiProperty() id: string;
  @ApiProperty() courseId: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty({ nullable: true, type: String }) venueName: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty() online: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Only shown to editors' })
  onlineUrl?: string | null;
  @ApiProperty() capacity: number;
  @ApiProperty() seatsLeft: number;
  @ApiProperty() enrolmentDeadline: string;
  @ApiProperty() cancellationDeadline: string;
  @ApiProperty({ enum: SESSION_STATUSES }) status: SessionStatus;
}

