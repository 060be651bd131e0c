import { OrganisationRefDto } from '#libs/catalogue';
import { PrecedentDto } from './match-feedback.dto.js';
import { Optional, trim } from '#libs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
  ArrayMaxSize,
} from 'class-validator';
import type { Fit } from '../fit.js';

export class QuestionFiltersDto {
  @ApiPropertyOptional({
    example: 'Gelderland',
    description: 'A province, official or common form ("Friesland" = "Fryslân", "Brabant", "NH")',
  })
  @Optional()
  @IsString()
  @Length(2, 60)
  region?: string;

  @ApiPropertyOptional({ description: 'With region: trainers who teach online count for every region' })
  @Optional()
  @IsBoolean()
  includeOnline?: boolean;

  @ApiPropertyOptional({ enum: ['klassikaal', 'online', 'hybride'] })
  @Optional()
  @IsIn(['klassikaal', 'online', 'hybride'])
  format?: string;

  @ApiPropertyOptional({ enum: ['nl', 'en'] })
  @Optional()
  @IsIn(['nl', 'en'])
  language?: string;

  @ApiPropertyOptional({ description: 'Only trainers available for in-company work' })
  @Optional()
  @IsBoolean()
  inCompanyOnly?: boolean;

  @ApiPropertyOptional({ description: 'Only trainers of other organisations than mine' })
  @Optional()
  @IsBoolean()
  otherOrganisationsOnly?: boolean;
}

export class AskQuestionDto {
  @ApiProperty({ example: 'Wie kan ons team uitleggen hoe je een Woo-verzoek afhandelt?' })
  @Transform(trim)
  @IsString()
  @Length(3, 1000)
  text: string;

  @ApiPropertyOptional({ type: QuestionFiltersDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => QuestionFiltersDto)
  filters?: QuestionFiltersDto;
}

export class WhyDto {
  @ApiProperty({ type: [String], description: 'Expertise tags that match' }) expertise: string[];
  @ApiProperty({ type: [String], description: 'Titles of their courses that match' }) courses: string[];
  @ApiProperty({ type: [String], description: 'Sentences of their profile that match' }) snippets: string[];
  @ApiPropertyOptional({
    type: [String],
    description:
      'Only when none of the above: expertise tags this trainer shares with the best matches (same field; such a trainer is always weak)',
  })
  related?: string[];
  @ApiPropertyOptional({ type: PrecedentDto }) precedent?: PrecedentDto;
}

export class MatchedTrainerDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() jobTitle: string;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty() region: string;
  @ApiProperty({ type: [String] }) formats: string[];
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty() inCompany: boolean;
  @ApiProperty({ description: '0..1; only comparable within one answer' }) score: number;
  @ApiProperty({
    enum: ['strong', 'fair', 'weak'],
    description:
      'strong: at least twice the confidence threshold; fair: above it; weak: below it (only shown when nobody fits well)',
  })
  fit: Fit;
  @ApiProperty({ type: WhyDto }) why: WhyDto;
}

export class MatchedSessionDto {
  @ApiProperty() id: string;
  @ApiProperty() startsAt: string;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty() online: boolean;
  @ApiProperty() seatsLeft: number;
}

export class MatchedCourseDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty({ type: [MatchedSessionDto] }) upcomingSessions: MatchedSessionDto[];
}

export class AnswerDto {
  @ApiProperty() questionId: string;
  @ApiProperty({ description: 'false: "geen sterke match" — nobody fits well enough' }) strongMatch: boolean;
  @ApiProperty({ example: "3 collega's passen goed bij je vraag." }) message: string;
  @ApiProperty({
    type: [MatchedTrainerDto],
    description: 'The matches: above the confidence threshold and with a reason (why); what the message counts',
  })
  trainers: MatchedTrainerDto[];
  @ApiProperty({
    type: [MatchedTrainerDto],
    description: 'At most 3 below the threshold that still have a reason: "misschien ook", never counted as a match',
  })
  alsoConsider: MatchedTrainerDto[];
  @ApiProperty({ type: [MatchedCourseDto] }) courses: MatchedCourseDto[];
}

export class PutSynonymDto {
  @ApiProperty({ type: [String], example: ['wet open overheid', 'openbaarheid'] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  synonyms: string[];
}

export class SynonymDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'woo', description: 'Normalised (lower case, no accents)' }) term: string;
  @ApiProperty({ type: [String], example: ['wet open overheid'] }) synonyms: string[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class SynonymsDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    description: 'Built-in vocabulary: term → what it also means',
  })
  defaults: Record<string, string[]>;
  @ApiProperty({ type: [SynonymDto], description: 'Maintained by admins' }) custom: SynonymDto[];
}

export class IndexStatsDto {
  @ApiProperty({ enum: ['trainers', 'courses'] }) index: 'trainers' | 'courses';
  @ApiProperty({ type: 'integer' }) documents: number;
}

export class OutboxStatsDto {
  @ApiProperty({ type: 'integer', description: 'Changes waiting to be indexed' }) pending: number;
  @ApiProperty({ type: 'integer', description: 'Changes given up on (see deadLetters)' }) dead: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Age of the oldest pending change' }) oldestPendingSeconds:
    number | null;
}

export class DeadLetterDto {
  @ApiProperty({ description: 'Outbox entry (a bigint, as a string)' }) id: string;
  @ApiProperty({ enum: ['trainer', 'course'] }) entity: string;
  @ApiProperty() entityId: string;
  @ApiProperty({ type: 'integer' }) attempts: number;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
}

export class JobStatsDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) queued: number;
  @ApiProperty({ type: 'integer' }) active: number;
  @ApiProperty({ type: 'integer' }) failed: number;
  @ApiProperty({ type: 'integer', description: 'In the dead-letter queue' }) dead: number;
}

export class SearchHealthDto {
  @ApiProperty({ enum: ['postgres', 'meilisearch'] }) engine: 'postgres' | 'meilisearch';
  @ApiProperty({
    enum: ['up', 'configuring', 'down', 'incompatible'],
    description:
      'configuring: index settings are being applied; down: not reachable; incompatible: not the pinned server',
  })
  state: 'up' | 'configuring' | 'down' | 'incompatible';
  @ApiPropertyOptional({ description: 'Why the engine is not up' }) stateDetail?: string;
  @ApiProperty({ type: [IndexStatsDto] }) indexes: IndexStatsDto[];
  @ApiProperty({ type: OutboxStatsDto }) outbox: OutboxStatsDto;
  @ApiProperty({ type: [DeadLetterDto], description: 'At most 20' }) deadLetters: DeadLetterDto[];
  @ApiProperty({ type: [JobStatsDto] }) jobs: JobStatsDto[];
}

export class ReindexResultDto {
  @ApiProperty({ type: 'integer', description: 'Trainer documents indexed' }) trainers: number;
  @ApiProperty({ type: 'integer', description: 'Course documents indexed' }) courses: number;
}

export class RetriedDto {
  @ApiProperty({ type: 'integer', description: 'Dead letters put back in the outbox' }) retried: number;
}
