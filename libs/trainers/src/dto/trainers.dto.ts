import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Nullable, Optional, trim } from '#libs/common';
import { TRAINER_QUESTION_STATUSES } from '../trainers.entities.js';
import type { TrainerQuestionStatus } from '../trainers.entities.js';

/** Limits of the texts of a question and its reactions (characters, after trimming). */
export const QUESTION_TEXT = { min: 10, max: 2000 } as const;
export const ANSWER_TEXT = { min: 1, max: 4000 } as const;
export const REASON_TEXT = { max: 1000 } as const;
export const PROPOSAL_TEXT = { min: 10, max: 2000 } as const;

export class TrainerOrganisationDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

/** The course's average overall score and how many answered; only from EVALUATION_MIN_RESPONSES answers. */
export class TrainerEvaluationDto {
  @ApiProperty({ description: 'Average of the overall score (1–5)' }) average: number;
  @ApiProperty({ description: 'Number of answers the average is made of' }) count: number;
}

export class TrainerSessionDto {
  @ApiProperty() id: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty() online: boolean;
  @ApiProperty() seatsLeft: number;
}

export class TrainerCourseDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty() format: string;
  @ApiProperty() level: string;
  @ApiProperty({ type: [TrainerSessionDto], description: 'At most three upcoming sessions, soonest first' })
  nextSessions: TrainerSessionDto[];
  @ApiProperty({
    type: TrainerEvaluationDto,
    nullable: true,
    description: 'null below the threshold, and for a course only one organisation sees',
  })
  evaluation: TrainerEvaluationDto | null;
}

/** A colleague-trainer's page, for signed-in users. */
export class TrainerPageDto {
  @ApiProperty({ description: 'The teacher profile id' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'GET this (with the access token) for the square WebP photo; null without one',
  })
  photoUrl: string | null;
  @ApiProperty() jobTitle: string;
  @ApiProperty() bio: string;
  @ApiProperty({ type: [String] }) expertise: string[];
  @ApiProperty({ type: TrainerOrganisationDto, nullable: true }) organisation: TrainerOrganisationDto | null;
  @ApiProperty({ type: [String] }) regions: string[];
  @ApiProperty({ type: [String] }) formats: string[];
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty({ description: 'Gives in-company trainings' }) inCompany: boolean;
  @ApiProperty({ type: [TrainerCourseDto] }) courses: TrainerCourseDto[];
  @ApiProperty({
    type: TrainerEvaluationDto,
    nullable: true,
    description: 'Over the courses whose own figures are shown (weighted by answers); null if none is',
  })
  evaluation: TrainerEvaluationDto | null;
  @ApiProperty({ description: 'Answers a course needs before its figures are shown' }) evaluationMinResponses: number;
  @ApiProperty({ description: 'This is the caller’s own page' }) isMe: boolean;
}

export class TrainerPhotoDto {
  @ApiProperty({ description: 'Where the new photo is served (versioned)' }) photoUrl: string;
}

export class PhotoVersionQueryDto {
  @ApiPropertyOptional({ description: 'The photo’s version, as in photoUrl; only for caching' })
  @Optional()
  @IsString()
  @MaxLength(64)
  v?: string;
}

export class AskTrainerDto {
  @ApiProperty({ minLength: QUESTION_TEXT.min, maxLength: QUESTION_TEXT.max })
  @Transform(trim)
  @IsString()
  @Length(QUESTION_TEXT.min, QUESTION_TEXT.max)
  text: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The knowledge-bank question (asked by the caller) this comes from',
  })
  @Nullable()
  @IsUUID()
  knowledgeQuestionId?: string | null;
}

export class AnswerQuestionDto {
  @ApiProperty({ minLength: ANSWER_TEXT.min, maxLength: ANSWER_TEXT.max })
  @Transform(trim)
  @IsString()
  @Length(ANSWER_TEXT.min, ANSWER_TEXT.max)
  text: string;
}

export class DeclineQuestionDto {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: REASON_TEXT.max })
  @Nullable()
  @Transform(trim)
  @IsString()
  @MaxLength(REASON_TEXT.max)
  reason?: string | null;
}

export class ProposeSessionDto {
  @ApiProperty({
    minLength: PROPOSAL_TEXT.min,
    maxLength: PROPOSAL_TEXT.max,
    description: 'What the trainer proposes: a session, when and for whom (a message; no session is created)',
  })
  @Transform(trim)
  @IsString()
  @Length(PROPOSAL_TEXT.min, PROPOSAL_TEXT.max)
  text: string;
}

export class QuestionPartyDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class AskerDto extends QuestionPartyDto {
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
}

export class TrainerQuestionDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: QuestionPartyDto, description: 'The trainer: id is the teacher profile id' })
  trainer: QuestionPartyDto;
  @ApiProperty({ type: AskerDto, description: 'The asker: id is the user id' }) asker: AskerDto;
  @ApiProperty() text: string;
  @ApiProperty({ nullable: true, type: String }) knowledgeQuestionId: string | null;
  @ApiProperty({ enum: TRAINER_QUESTION_STATUSES }) status: TrainerQuestionStatus;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The answer, the reason for declining (null: none given) or the proposal',
  })
  response: string | null;
  @ApiProperty({ nullable: true, type: String }) respondedAt: string | null;
  @ApiProperty() createdAt: string;
}
