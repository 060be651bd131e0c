import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { trim } from '#libs/common';

/** Bound of each text, in characters after trimming. */
export const FEEDBACK_TEXT_MAX = 4000;

export const FEEDBACK_NOTE_STATUSES = ['draft', 'published'] as const;
export type FeedbackNoteStatus = (typeof FEEDBACK_NOTE_STATUSES)[number];

export class WriteFeedbackNoteDto {
  @ApiProperty({
    description: '"Jullie zeiden": what the participants of this cohort said',
    minLength: 1,
    maxLength: FEEDBACK_TEXT_MAX,
    example: 'De terugkomdagen lagen te dicht op elkaar en jullie misten de uitvoering aan tafel.',
  })
  @Transform(trim)
  @IsString()
  @Length(1, FEEDBACK_TEXT_MAX)
  youSaid: string;

  @ApiProperty({
    description: '"Wij deden": what the organisers changed for the next tranche',
    minLength: 1,
    maxLength: FEEDBACK_TEXT_MAX,
    example:
      'Er zitten nu zes weken tussen de bijeenkomsten en bij elke intervisie schuift een gast uit de uitvoering aan.',
  })
  @Transform(trim)
  @IsString()
  @Length(1, FEEDBACK_TEXT_MAX)
  weDid: string;
}

/** One cohort's "Jullie zeiden, wij deden". */
export class FeedbackNoteDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The cohort the note is about' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty() cohortStartsAt: string;
  @ApiProperty() cohortEndsAt: string;
  @ApiProperty() youSaid: string;
  @ApiProperty() weDid: string;
  @ApiProperty({ enum: FEEDBACK_NOTE_STATUSES, enumName: 'FeedbackNoteStatus' }) status: FeedbackNoteStatus;
  @ApiProperty({ nullable: true, type: String, description: 'null while a draft' }) publishedAt: string | null;
  @ApiProperty() updatedAt: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Who last wrote it: shown to the organisers only (null to everyone else)',
  })
  authorName: string | null;
}

/** A cohort's evaluation figures in the programme's trend. */
export class CohortTrendDto {
  @ApiProperty() cohortId: string;
  @ApiProperty() name: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status: 'scheduled' | 'cancelled';
  @ApiProperty({ description: 'How many participants answered the evaluation' }) respondents: number;
  @ApiProperty({ description: 'Whether enough answered for the averages to be shown' }) shown: boolean;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Average overall (1–5, one decimal); null below the threshold',
  })
  overall: number | null;
  @ApiProperty({ nullable: true, type: Number }) usefulness: number | null;
  @ApiProperty({ nullable: true, type: Number }) teacher: number | null;
  @ApiProperty({
    enum: ['none', 'draft', 'published'],
    description: 'Whether this cohort has a "Jullie zeiden, wij deden" note',
  })
  note: 'none' | 'draft' | 'published';
}

/** Each cohort of a programme, in start order, with its evaluation next to the previous ones. */
export class EvaluationTrendDto {
  @ApiProperty() programmeId: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty({ description: 'EVALUATION_MIN_RESPONSES: answers needed before a cohort’s averages are shown' })
  minResponses: number;
  @ApiProperty({ type: [CohortTrendDto] }) cohorts: CohortTrendDto[];
}
