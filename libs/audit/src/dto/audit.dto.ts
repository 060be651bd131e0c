import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDate, IsUUID, Matches, ValidateIf } from 'class-validator';
import { PageQueryDto, startOfAmsterdamDay } from '#libs/common';
import { ACTOR_TYPES, type ActorType } from '#libs/database';
import { AUDIT_ACTIONS, type AuditAction } from '../audit.entities.js';

// A left-out filter is no filter; null (impossible in a query string) is not "left out".
const Present = () => ValidateIf((_: object, value: unknown) => value !== undefined);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
// JavaScript reads 2027-02-30 as 2 March; a real day survives the round trip.
const isRealDay = (day: string) =>
  DAY.test(day) && !Number.isNaN(Date.parse(day)) && new Date(day).toISOString().slice(0, 10) === day;

/**
 * A day (YYYY-MM-DD) is that day in Europe/Amsterdam, `to` days inclusive (the catalogue's
 * rule); a date-time with an offset is that moment, `to` exclusive. Anything else stays as
 * given, for @IsDate to refuse.
 */
const toInstant =
  (endOfDay: boolean) =>
  ({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    if (DATE_TIME.test(value)) return isRealDay(value.slice(0, 10)) ? new Date(value) : value;
    if (!isRealDay(value)) return value;
    const start = startOfAmsterdamDay(value);
    if (!endOfDay) return start;
    // 36 hours later is always inside the next day, whatever the clock change.
    return startOfAmsterdamDay(new Date(start.getTime() + 36 * 3600_000).toISOString().slice(0, 10));
  };

export class AuditFilterDto {
  @ApiPropertyOptional({ description: 'From this day (Europe/Amsterdam) or date-time', example: '2027-01-01' })
  @Present()
  @Transform(toInstant(false))
  @IsDate({ message: 'from must be a date (YYYY-MM-DD) or a date-time with offset' })
  from?: Date;

  @ApiPropertyOptional({
    description: 'Up to and including this day (Europe/Amsterdam), or before this date-time',
    example: '2027-01-31',
  })
  @Present()
  @Transform(toInstant(true))
  @IsDate({ message: 'to must be a date (YYYY-MM-DD) or a date-time with offset' })
  to?: Date;

  @ApiPropertyOptional({ description: 'Changes made by this person (user id)', format: 'uuid' })
  @Present()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ description: 'Changes to rows of this table, e.g. enrolments', example: 'enrolments' })
  @Present()
  @Matches(/^[a-z][a-z0-9_]{0,62}$/, { message: 'table must be a table name such as enrolments' })
  table?: string;

  @ApiPropertyOptional({ description: 'Changes to this record (its id; composite keys joined by commas)' })
  @Present()
  @Matches(/^[A-Za-z0-9_.:,-]{1,200}$/, { message: 'recordId must be a record id' })
  recordId?: string;
}

export class AuditQueryDto extends IntersectionType(AuditFilterDto, PageQueryDto) {}

export class AuditEventDto {
  @ApiProperty({ description: 'Increasing; the order of the trail' }) id: string;
  @ApiProperty({ description: "The change's transaction time" }) occurredAt: string;
  @ApiProperty({ description: 'Same for every row one change wrote' }) transactionId: string;
  @ApiProperty({ enum: ACTOR_TYPES, description: 'anonymous: a request without a valid token (log-in, registration)' })
  actorType: ActorType;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The person's current name; null once the account is gone",
  })
  actorName: string | null;
  @ApiProperty({ nullable: true, type: String }) actorEmail: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Job name for actorType job' }) actorLabel: string | null;
  @ApiProperty({ nullable: true, type: String }) ip: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'X-Request-Id of the request, or the job id' }) requestId:
    string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty() table: string;
  @ApiProperty() recordId: string;
  @ApiProperty({ type: [String], description: 'Column names written (insert) or changed (update); never values' })
  changedColumns: string[];
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
