import { Nullable, Optional, StrictPartialType, toDateTime, trim } from '#libs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDate, IsInt, IsString, IsUrl, Length, Max, MaxLength, Min } from 'class-validator';
import { GO_NO_GO_OUTCOMES, SESSION_STATUSES } from '../catalogue.entities.js';
import type { GoNoGoOutcome, SessionStatus } from '../catalogue.entities.js';

/** Place and link fields may be null (none), as in SessionDto; the course's format decides which are required. */
export class CreateSessionDto {
  @ApiProperty({ example: '2027-01-14T09:30:00+01:00' })
  @Transform(toDateTime)
  @IsDate({ message: 'startsAt must be an ISO 8601 date-time with offset' })
  startsAt: Date;

  @ApiProperty({ example: '2027-01-14T12:30:00+01:00' })
  @Transform(toDateTime)
  @IsDate({ message: 'endsAt must be an ISO 8601 date-time with offset' })
  endsAt: Date;

  @ApiPropertyOptional({ example: 'Stadskantoor, zaal 2.14', nullable: true, type: String })
  @Nullable()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  venueName?: string | null;

  @ApiPropertyOptional({ example: 'Lübeckplein 2', nullable: true, type: String })
  @Nullable()
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  address?: string | null;

  @ApiPropertyOptional({ example: 'Zwolle', nullable: true, type: String })
  @Nullable()
  @Transform(trim)
  @IsString()
  @Length(2, 100)
  city?: string | null;

  @ApiPropertyOptional({ example: 'Overijssel', nullable: true, type: String })
  @Nullable()
  @Transform(trim)
  @IsString()
  @Length(2, 60)
  region?: string | null;

  @ApiPropertyOptional({ example: 'https://teams.microsoft.com/l/meetup-join/…', nullable: true, type: String })
  @Nullable()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;

  @ApiProperty({ example: 16 })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity: number;

  @ApiPropertyOptional({ description: 'Default: the start of the session' })
  @Optional()
  @Transform(toDateTime)
  @IsDate({ message: 'enrolmentDeadline must be an ISO 8601 date-time with offset' })
  enrolmentDeadline?: Date;

  @ApiPropertyOptional({ description: 'Default: 2 working days before the start' })
  @Optional()
  @Transform(toDateTime)
  @IsDate({ message: 'cancellationDeadline must be an ISO 8601 date-time with offset' })
  cancellationDeadline?: Date;

  @ApiPropertyOptional({
    example: 8,
    nullable: true,
    type: Number,
    description:
      'The session goes ahead only with at least this many confirmed participants (1 to capacity), checked at goNoGoAt; null: no minimum',
  })
  @Nullable()
  @IsInt({ message: 'minParticipants must be a whole number' })
  @Min(1)
  @Max(1000)
  minParticipants?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date-time',
    description:
      'When the minimum is checked (before the start, in the future); only with minParticipants. Default: 5 working days before the start',
  })
  @Nullable()
  @Transform(toDateTime)
  @IsDate({ message: 'goNoGoAt must be an ISO 8601 date-time with offset' })
  goNoGoAt?: Date | null;

  @ApiPropertyOptional({
    description:
      'Below the minimum at goNoGoAt: cancel the session (everyone is told, the seats are released); only with minParticipants. Default false: only the organisers are told',
  })
  @Optional()
  @IsBoolean()
  autoCancel?: boolean;
}

/** A PATCH: null clears a place or link field (the course's format decides which are required). */
export class UpdateSessionDto extends StrictPartialType(CreateSessionDto) {}

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
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Goes ahead only with at least this many participants ("gaat door bij minimaal N deelnemers")',
  })
  minParticipants: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the minimum is checked (with minParticipants)' })
  goNoGoAt: string | null;
  @ApiPropertyOptional({ description: 'Only shown to editors: cancel when below the minimum at goNoGoAt' })
  autoCancel?: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Only shown to editors: when it was decided' })
  goNoGoDecidedAt?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    enum: GO_NO_GO_OUTCOMES,
    description: 'Only shown to editors: what the go/no-go moment decided (null: not yet)',
  })
  goNoGoOutcome?: GoNoGoOutcome | null;
}
