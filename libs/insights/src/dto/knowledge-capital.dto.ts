import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID, Matches, ValidateBy, ValidateIf } from 'class-validator';

// A left-out filter is no filter; null (impossible in a query string) is not "left out".
const Present = () => ValidateIf((_: object, value: unknown) => value !== undefined);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** JavaScript reads 2027-02-30 as 2 March; a real day survives the round trip. Years 2000–2099 only. */
export const isRealDay = (value: unknown): value is string =>
  typeof value === 'string' &&
  DAY.test(value) &&
  value >= '2000-01-01' &&
  value <= '2099-12-31' &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString().slice(0, 10) === value;

const IsRealDay = () =>
  ValidateBy({
    name: 'isRealDay',
    validator: {
      validate: (value: unknown) => isRealDay(value),
      defaultMessage: (args) => `${args?.property ?? 'day'} must be a day (YYYY-MM-DD) between 2000 and 2099`,
    },
  });

export class KnowledgeCapitalQueryDto {
  @ApiPropertyOptional({
    description: 'First day of the period (Europe/Amsterdam), inclusive; default: one year before `to`',
    example: '2026-01-01',
  })
  @Present()
  @Matches(DAY, { message: 'from must be a day (YYYY-MM-DD)' })
  @IsRealDay()
  from?: string;

  @ApiPropertyOptional({
    description: 'Last day of the period (Europe/Amsterdam), inclusive; default: today',
    example: '2026-12-31',
  })
  @Present()
  @Matches(DAY, { message: 'to must be a day (YYYY-MM-DD)' })
  @IsRealDay()
  to?: string;

  @ApiPropertyOptional({
    description: 'Admins only: one organisation (left out: all). L&D get their own organisation; another one is 403.',
    format: 'uuid',
  })
  @Present()
  @IsUUID()
  organisationId?: string;
}

export class PeriodDto {
  @ApiProperty({ example: '2026-01-01', description: 'First day, inclusive (Europe/Amsterdam)' }) from: string;
  @ApiProperty({ example: '2026-12-31', description: 'Last day, inclusive (Europe/Amsterdam)' }) to: string;
}

export class KnowledgeCapitalTotalsDto {
  @ApiProperty({ description: 'Hours our colleagues taught: each held session’s hours once per teacher' })
  hoursTaught: number;
  @ApiProperty({ description: 'Learner-hours our colleagues gave (the flows from us)' }) learnerHoursGiven: number;
  @ApiProperty({ description: 'Learner-hours our people received: attended hours of learners of the organisation' })
  learnerHoursReceived: number;
  @ApiProperty({ description: 'Held sessions in scope (at least one attended learner)' }) sessions: number;
  @ApiProperty({ description: 'Distinct colleagues who taught a held session' }) activeTrainers: number;
  @ApiProperty({ description: 'Distinct learners who attended' }) learners: number;
}

export class KnowledgeFlowDto {
  @ApiProperty({ format: 'uuid', description: 'The teachers’ organisation' }) fromOrganisationId: string;
  @ApiProperty() fromOrganisationName: string;
  @ApiProperty({ format: 'uuid', description: 'The learners’ organisation' }) toOrganisationId: string;
  @ApiProperty() toOrganisationName: string;
  @ApiProperty({ description: 'Learner-hours; a session with n teachers gives each teacher 1/n' })
  learnerHours: number;
}

export class OrganisationFiguresDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Hours its colleagues taught (in scope)' }) hoursTaught: number;
  @ApiProperty({ description: 'Sum of the flows from it (in scope)' }) learnerHoursGiven: number;
  @ApiProperty({ description: 'Sum of the flows to it (in scope)' }) learnerHoursReceived: number;
}

export class TrainerFiguresDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() hoursTaught: number;
  @ApiProperty() sessions: number;
  @ApiProperty({ description: 'Learner-hours of their sessions, their share' }) learnerHours: number;
}

export class TopicFiguresDto {
  @ApiProperty({ description: 'A course topic as the course states it' }) topic: string;
  @ApiProperty({ description: 'Distinct courses with a held session in scope' }) courses: number;
  @ApiProperty({ description: 'Distinct colleagues (in scope) who taught them' }) trainers: number;
  @ApiProperty({ description: 'Learner-hours of those sessions (all learners)' }) learnerHours: number;
}

export class EvaluationFiguresDto {
  @ApiProperty({ description: 'Whether at least EVALUATION_MIN_RESPONSES answered; otherwise every figure is null' })
  shown: boolean;
  @ApiProperty({ nullable: true, type: Number }) count: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Average 1–5, one decimal' }) overall: number | null;
  @ApiProperty({ nullable: true, type: Number }) usefulness: number | null;
  @ApiProperty({ nullable: true, type: Number }) teacher: number | null;
}

export class CourseEvaluationFiguresDto extends EvaluationFiguresDto {
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty() title: string;
}

export class EvaluationSectionDto {
  @ApiProperty({ description: 'EVALUATION_MIN_RESPONSES' }) minResponses: number;
  @ApiProperty({ type: EvaluationFiguresDto, description: 'All answers on the sessions taught in scope' })
  all: EvaluationFiguresDto;
  @ApiProperty({ type: [CourseEvaluationFiguresDto], description: 'Per course with a held session in scope' })
  courses: CourseEvaluationFiguresDto[];
}

export class DemandTopicDto {
  @ApiProperty({ description: 'A topic stored with the question' }) topic: string;
  @ApiProperty({ description: 'Questions in the period without a strong match' }) unanswered: number;
}

export class DemandSectionDto {
  @ApiProperty({ description: 'All unanswered questions in the period, with or without a topic' })
  unanswered: number;
  @ApiProperty({ type: [DemandTopicDto], description: 'Most asked first' }) topics: DemandTopicDto[];
}

export class CostAvoidedDto {
  @ApiProperty({ description: 'Learner-hours received (all learner-hours when no organisation is chosen)' })
  learnerHours: number;
  @ApiProperty({ description: 'KNOWLEDGE_CAPITAL_HOURLY_RATE_EUR' }) hourlyRateEur: number;
  @ApiProperty({ description: 'learnerHours × hourlyRateEur, rounded to whole euros' }) amountEur: number;
  @ApiProperty({ description: 'The assumption behind the figure, in Dutch, to print beside it' }) assumption: string;
}

export class KnowledgeCapitalDto {
  @ApiProperty({ type: PeriodDto }) period: PeriodDto;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Null: all organisations (admins)' })
  organisationId: string | null;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
  @ApiProperty({ type: KnowledgeCapitalTotalsDto }) totals: KnowledgeCapitalTotalsDto;
  @ApiProperty({ type: [KnowledgeFlowDto], description: 'Organisation → organisation, largest first' })
  flows: KnowledgeFlowDto[];
  @ApiProperty({ type: [OrganisationFiguresDto], description: 'Per organisation in the flows, by name' })
  organisations: OrganisationFiguresDto[];
  @ApiProperty({ type: [TrainerFiguresDto], description: 'Active trainers in scope, most hours first' })
  trainers: TrainerFiguresDto[];
  @ApiProperty({ type: [TopicFiguresDto], description: 'Per course topic, most learner-hours first' })
  topics: TopicFiguresDto[];
  @ApiProperty({ type: EvaluationSectionDto }) evaluations: EvaluationSectionDto;
  @ApiProperty({ type: DemandSectionDto }) demand: DemandSectionDto;
  @ApiProperty({ type: CostAvoidedDto }) costAvoided: CostAvoidedDto;
}
