import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsString, IsUUID, Length } from 'class-validator';
import { Optional, trim } from '#libs/common';
import { COMMENT_AUTHOR_ROLES } from '../assignment.entities.js';
import type { CommentAuthorRole } from '../assignment.entities.js';

/** Bounds of the texts, in characters after trimming. */
export const ASSIGNMENT_TEXT_MAX = 4000;
export const PROGRESS_NOTE_MAX = 2000;
export const COMMENT_MAX = 4000;

export class WriteAssignmentDto {
  @ApiProperty({
    description: 'What I want to change in my own work',
    minLength: 1,
    maxLength: ASSIGNMENT_TEXT_MAX,
    example: 'Ik wil bij elk beleidsvoorstel vooraf met de uitvoering toetsen of het werkbaar is.',
  })
  @Transform(trim)
  @IsString()
  @Length(1, ASSIGNMENT_TEXT_MAX)
  changeGoal: string;

  @ApiProperty({
    description: 'How I will know it has changed',
    minLength: 1,
    maxLength: ASSIGNMENT_TEXT_MAX,
    example: 'Mijn volgende twee voorstellen hebben een uitvoeringstoets van de betrokken dienst.',
  })
  @Transform(trim)
  @IsString()
  @Length(1, ASSIGNMENT_TEXT_MAX)
  successSigns: string;
}

export class InviteAssignmentManagerDto {
  @ApiPropertyOptional({
    description:
      'The manager to invite: an active colleague of my organisation, or the manager L&D linked for me. Left out: that linked manager.',
  })
  @Optional()
  @IsUUID()
  managerId?: string;
}

export class AssignmentProgressNoteDto {
  @ApiProperty({ minLength: 1, maxLength: PROGRESS_NOTE_MAX, example: 'Eerste voorstel getoetst met de uitvoering.' })
  @Transform(trim)
  @IsString()
  @Length(1, PROGRESS_NOTE_MAX)
  note: string;
}

export class AssignmentCommentBodyDto {
  @ApiProperty({ minLength: 1, maxLength: COMMENT_MAX, example: 'Mooi doel. Zullen we na bijeenkomst 2 even bellen?' })
  @Transform(trim)
  @IsString()
  @Length(1, COMMENT_MAX)
  body: string;
}

export class ShareAssignmentDto {
  @ApiProperty({ description: 'Whether my intervision group may read my assignment' })
  @IsBoolean()
  sharedWithGroup: boolean;
}

export class AssignmentPersonDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class AssignmentCohortDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() programmeId: string;
  @ApiProperty() programmeTitle: string;
}

export class AssignmentParticipantDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
}

export class AssignmentCommentDto {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: AssignmentPersonDto, description: 'Null once the account is gone' })
  author: AssignmentPersonDto | null;
  @ApiProperty({
    enum: COMMENT_AUTHOR_ROLES,
    description: 'What the author was to the assignment when writing: the participant, their manager, or cohort staff',
  })
  authorRole: CommentAuthorRole;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AssignmentProgressDto {
  @ApiProperty() cohortPartId: string;
  @ApiProperty() partTitle: string;
  @ApiProperty({ format: 'date-time' }) partStartsAt: string;
  @ApiProperty() note: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export const ASSIGNMENT_VIEWER_ROLES = ['participant', 'manager', 'staff', 'group'] as const;
export type AssignmentViewerRole = (typeof ASSIGNMENT_VIEWER_ROLES)[number];

export class AssignmentDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: AssignmentCohortDto }) cohort: AssignmentCohortDto;
  @ApiProperty({ type: AssignmentParticipantDto }) participant: AssignmentParticipantDto;
  @ApiProperty() changeGoal: string;
  @ApiProperty() successSigns: string;
  @ApiProperty({ nullable: true, type: AssignmentPersonDto, description: 'The invited manager' })
  manager: AssignmentPersonDto | null;
  @ApiProperty() sharedWithGroup: boolean;
  @ApiProperty({ type: [AssignmentProgressDto], description: 'In the order of the cohort parts' })
  progress: AssignmentProgressDto[];
  @ApiProperty({ type: [AssignmentCommentDto], description: 'Oldest first' })
  comments: AssignmentCommentDto[];
  @ApiProperty({ enum: ASSIGNMENT_VIEWER_ROLES, description: 'Why the caller may read it' })
  viewerRole: AssignmentViewerRole;
  @ApiProperty({ description: 'Whether the caller may comment' })
  canComment: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MyAssignmentDto extends AssignmentDto {
  @ApiProperty({
    nullable: true,
    type: AssignmentPersonDto,
    description: 'The manager L&D linked for me: the suggestion to invite when none is invited yet',
  })
  suggestedManager: AssignmentPersonDto | null;
}

export class AssignmentToReviewDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: AssignmentCohortDto }) cohort: AssignmentCohortDto;
  @ApiProperty({ type: AssignmentParticipantDto }) participant: AssignmentParticipantDto;
  @ApiProperty() changeGoal: string;
  @ApiProperty({ nullable: true, type: AssignmentProgressDto, description: 'The most recently written progress note' })
  lastProgress: AssignmentProgressDto | null;
  @ApiProperty() commentCount: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
