import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional, toInt } from '#libs/common';

/** My place on a course's interest list ("Laat me weten wanneer er een datum is"). */
export class CourseInterestDto {
  @ApiProperty() courseId: string;
  @ApiProperty() courseTitle: string;
  @ApiProperty({ description: 'When I signed up (again)' }) createdAt: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'When I was told a session was scheduled; null while I wait for a date',
  })
  notifiedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The session I was told of' })
  notifiedSessionId: string | null;
  @ApiProperty({ description: 'Scheduled sessions open to everyone that start in the future' })
  upcomingSessions: number;
}

/** The interest list of a course as the course page shows it to a signed-in person. */
export class CourseInterestStatusDto {
  @ApiProperty() courseId: string;
  @ApiProperty({ description: 'Whether I wait on the list (signed up and not yet told of a date)' })
  interested: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'When I was last told of a date' })
  notifiedAt: string | null;
  @ApiProperty({ description: 'How many people wait on the list (no names)' }) waiting: number;
}

/** "Ik wil dit ook" on a knowledge question, as the one who marks it sees it. */
export class QuestionInterestDto {
  @ApiProperty() questionId: string;
  @ApiProperty({ description: 'Whether I marked it' }) interested: boolean;
  @ApiProperty({ description: 'How many people marked it (no names)' }) count: number;
}

export class DemandPeriodQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 730, default: 90, description: 'The period in days' })
  @Optional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(730)
  days?: number;
}

export class DemandTrainerDto {
  @ApiProperty({ description: 'The teacher profile' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
  @ApiProperty({ description: 'Published courses they teach' }) courses: number;
}

/** Demand for one topic: what was asked and wished, and who could teach it. */
export class UnmetDemandTopicDto {
  @ApiProperty({ example: 'Woo' }) topic: string;
  @ApiProperty({ description: 'Knowledge questions of the period about this topic (the question’s own topics)' })
  questions: number;
  @ApiProperty({ description: 'Of those, without a strong match' }) unanswered: number;
  @ApiProperty({ description: '"Ik wil dit ook" marks on those unanswered questions' }) alsoWanted: number;
  @ApiProperty({ description: 'People waiting on interest lists of published courses with this topic' })
  interested: number;
  @ApiProperty({ description: 'Unmet demand: unanswered + alsoWanted + interested' }) unmet: number;
  @ApiProperty({ type: [DemandTrainerDto], description: 'Colleague-teachers whose expertise names the topic' })
  suggestedTrainers: DemandTrainerDto[];
}

/** An unanswered question: its text and topics, never who asked it. */
export class DemandGapDto {
  @ApiProperty() questionId: string;
  @ApiProperty({ description: 'Empty once the asker erased their data or the retention period passed' })
  text: string;
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty({ description: 'The day it was asked (YYYY-MM-DD, Europe/Amsterdam)' }) askedOn: string;
  @ApiProperty({ description: '"Ik wil dit ook" marks' }) alsoWanted: number;
  @ApiProperty({ description: 'Whether I marked it' }) wantedByMe: boolean;
}

export class DemandOverviewDto {
  @ApiProperty() days: number;
  @ApiProperty({ description: 'DEMAND_NUDGE_THRESHOLD: waiting people at which a course’s teachers are nudged' })
  nudgeThreshold: number;
  @ApiProperty({ type: [UnmetDemandTopicDto], description: 'Most unmet demand first' }) topics: UnmetDemandTopicDto[];
  @ApiProperty({ type: [DemandGapDto], description: 'Unanswered questions, most wanted first (at most 50)' })
  gaps: DemandGapDto[];
}
