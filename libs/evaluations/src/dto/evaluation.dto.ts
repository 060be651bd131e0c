import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { Nullable, trim } from '#libs/common';

/** The learner's evaluation of a session they attended. */
export class SubmitEvaluationDto {
  @ApiProperty({ minimum: 1, maximum: 5, description: 'Overall, 1 (poor) to 5 (excellent)' })
  @IsInt()
  @Min(1)
  @Max(5)
  overall: number;

  @ApiProperty({ minimum: 1, maximum: 5, description: 'Usefulness for your work, 1 to 5' })
  @IsInt()
  @Min(1)
  @Max(5)
  usefulness: number;

  @ApiProperty({ minimum: 1, maximum: 5, description: 'The teacher, 1 to 5' })
  @IsInt()
  @Min(1)
  @Max(5)
  teacher: number;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    maxLength: 2000,
    description: 'Open text, optional; shown to teachers without a name, only among enough answers',
  })
  @Nullable()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

export class EvaluationDto {
  @ApiProperty() enrolmentId: string;
  @ApiProperty() sessionId: string;
  @ApiProperty() courseId: string;
  @ApiProperty() overall: number;
  @ApiProperty() usefulness: number;
  @ApiProperty() teacher: number;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({ description: 'Until when it may be changed (30 days after the session ended)' }) editableUntil: string;
  @ApiProperty() updatedAt: string;
}

/** An attended session of the caller that still waits for their evaluation. */
export class PendingEvaluationDto {
  @ApiProperty() enrolmentId: string;
  @ApiProperty() sessionId: string;
  @ApiProperty() courseId: string;
  @ApiProperty() courseTitle: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() editableUntil: string;
}

/**
 * Results of a group of answers. Below the threshold nothing but that fact is shown: `shown` is
 * false and count, averages and comments are empty.
 */
export class EvaluationResultsDto {
  @ApiProperty({ description: 'Whether enough people answered to show anything' }) shown: boolean;
  @ApiProperty({ description: 'EVALUATION_MIN_RESPONSES: answers needed before anything is shown' })
  minResponses: number;
  @ApiProperty({ nullable: true, type: Number }) count: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Average of overall, one decimal' }) overall: number | null;
  @ApiProperty({ nullable: true, type: Number }) usefulness: number | null;
  @ApiProperty({ nullable: true, type: Number }) teacher: number | null;
  @ApiProperty({ type: [String], description: 'Open texts without names, in alphabetical order' })
  comments: string[];
}

export class SessionEvaluationsDto {
  @ApiProperty() sessionId: string;
  @ApiProperty() courseId: string;
  @ApiProperty() courseTitle: string;
  @ApiProperty() startsAt: string;
  @ApiProperty({ type: EvaluationResultsDto }) results: EvaluationResultsDto;
}

export class CourseEvaluationsDto {
  @ApiProperty() courseId: string;
  @ApiProperty() courseTitle: string;
  @ApiProperty({ type: EvaluationResultsDto, description: 'All answers of the course' }) results: EvaluationResultsDto;
  @ApiProperty({ type: [SessionEvaluationsDto], description: 'Per session, newest first' })
  sessions: SessionEvaluationsDto[];
}

export class EvaluationSummaryValueDto {
  @ApiProperty({ description: 'Average overall rating, one decimal' }) average: number;
  @ApiProperty() count: number;
}

/** What the public course page shows. */
export class EvaluationSummaryDto {
  @ApiProperty({
    type: EvaluationSummaryValueDto,
    nullable: true,
    description: 'null until enough people answered',
  })
  evaluation: EvaluationSummaryValueDto | null;
}
