import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { MATCH_VERDICTS } from '../knowledge-bank.entities.js';
import type { MatchVerdict } from '../knowledge-bank.entities.js';

/** What L&D may mark a suggestion as ('invited' is recorded by an in-company invitation). */
export const MARKS = ['good', 'bad'] as const;
export type Mark = (typeof MARKS)[number];

export class PutMatchFeedbackDto {
  @ApiProperty({ enum: MARKS, description: '"goede match" (good) or "geen match" (bad)' })
  @IsIn(MARKS)
  verdict: Mark;
}

export class MatchFeedbackDto {
  @ApiProperty() questionId: string;
  @ApiProperty({ description: 'The teacher profile id of the suggested trainer' }) trainerId: string;
  @ApiProperty({ enum: MARKS }) verdict: Mark;
  @ApiProperty() createdAt: Date;
}

export class PrecedentDto {
  @ApiProperty({
    enum: MATCH_VERDICTS,
    description:
      'An earlier verdict of your organisation’s L&D on a similar question: good or invited lifted this trainer ("eerder gekozen voor een vergelijkbare vraag"), bad lowered them',
  })
  verdict: MatchVerdict;
  @ApiProperty({ description: 'How similar that question was to this one (0–1)' }) similarity: number;
}
