import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';
import { Optional } from '#libs/common';
import { GROUP_KINDS, MAX_GROUP_SIZE, MAX_ROUNDS, WORK_DOMAINS } from '../grouping.js';
import type { GroupKind, WorkDomain } from '../grouping.js';

export const MAX_SEED = 2147483647;

export class FormGroupsDto {
  @ApiProperty({
    enum: GROUP_KINDS,
    enumName: 'CohortGroupKind',
    description: 'werkatelier: groups of 10–15; intervision: groups of 4–6 (unless min/max say otherwise)',
  })
  @IsIn(GROUP_KINDS)
  kind: GroupKind;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_GROUP_SIZE, description: "Smallest group (default: the kind's)" })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_GROUP_SIZE)
  min?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_GROUP_SIZE, description: "Largest group (default: the kind's)" })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_GROUP_SIZE)
  max?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_ROUNDS,
    default: 1,
    description:
      'Rotation: the number of meetings to regroup for, each round meeting as many new people as possible (1: the same groups throughout)',
  })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_ROUNDS)
  rounds?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_SEED,
    description: 'The same participants and seed give the same groups; left out: a random seed (returned)',
  })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(MAX_SEED)
  seed?: number;

  @ApiPropertyOptional({ default: false, description: 'Tell every member which group they are in' })
  @Optional()
  @IsBoolean()
  notify?: boolean;
}

export class MoveGroupMemberDto {
  @ApiPropertyOptional({
    default: false,
    description: 'Move even when the group already has its largest size (the groups were formed with)',
  })
  @Optional()
  @IsBoolean()
  override?: boolean;
}

export class GroupMemberDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
  @ApiPropertyOptional({
    nullable: true,
    enum: WORK_DOMAINS,
    description: 'For cohort staff only; null: not filled in',
  })
  workDomain?: WorkDomain | null;
}

export class GroupMeetingDto {
  @ApiProperty({ format: 'uuid' }) cohortPartId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['group_meeting', 'intervision'] }) kind: 'group_meeting' | 'intervision';
  @ApiProperty({ type: String, format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt: string;
  @ApiProperty({ nullable: true, type: String }) venueName: string | null;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ nullable: true, type: String }) onlineUrl: string | null;
}

export class CohortGroupDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: GROUP_KINDS, enumName: 'CohortGroupKind' }) kind: GroupKind;
  @ApiProperty({ minimum: 1 }) round: number;
  @ApiProperty({ minimum: 1 }) position: number;
  @ApiProperty({ example: 'Intervisiegroep 1' }) name: string;
  @ApiProperty({ type: [GroupMemberDto] }) members: GroupMemberDto[];
  @ApiProperty({
    type: [GroupMeetingDto],
    description:
      "The cohort's meetings of this group: group meetings for werkatelier groups, intervision meetings for intervision groups (with rotation, the meetings of this round)",
  })
  meetings: GroupMeetingDto[];
}

export class GroupExplanationDto {
  @ApiProperty({ enum: ['size', 'organisation', 'domain', 'rotation'] })
  rule: 'size' | 'organisation' | 'domain' | 'rotation';
  @ApiProperty({ example: 'ORGANISATION_SHARED', description: 'Stable code; the message is rendered from it' })
  code: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } })
  params: Record<string, string | number>;
  @ApiProperty({
    description: "In the reader's language",
    example: "Organisatie X heeft 5 deelnemers voor 3 groepen: in 2 groepen zitten 2 collega's van X.",
  })
  message: string;
}

export class GroupingDto {
  @ApiProperty({ enum: GROUP_KINDS, enumName: 'CohortGroupKind' }) kind: GroupKind;
  @ApiProperty({ description: 'Rounds of rotation (1: the same groups throughout)' }) rounds: number;
  @ApiProperty() minSize: number;
  @ApiProperty() maxSize: number;
  @ApiProperty() seed: number;
  @ApiProperty({ type: [CohortGroupDto] }) groups: CohortGroupDto[];
  @ApiProperty({
    type: [GroupExplanationDto],
    description: 'Every mixing rule the groups as they stand do not meet, and why (cohort staff only)',
  })
  explanations: GroupExplanationDto[];
  @ApiProperty({
    type: [GroupMemberDto],
    description: 'Participants in no group of this kind yet, e.g. who enrolled later (cohort staff only)',
  })
  ungrouped: GroupMemberDto[];
}

export class CohortGroupsDto {
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty({
    enum: ['staff', 'participant'],
    description: 'staff: every group; participant: only my own group(s)',
  })
  view: 'staff' | 'participant';
  @ApiProperty({ type: [GroupingDto] }) groupings: GroupingDto[];
}
