import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public } from '#libs/common';
import type { AuthUser } from '#libs/common';
import {
  CourseEvaluationsDto,
  EvaluationDto,
  EvaluationSummaryDto,
  PendingEvaluationDto,
  SessionEvaluationsDto,
  SubmitEvaluationDto,
} from './dto/evaluation.dto.js';
import { EvaluationsService } from './evaluations.service.js';

@ApiTags('evaluations')
@ApiBearerAuth()
@Controller()
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Post('enrolments/:id/evaluation')
  @ApiCreatedResponse({
    type: EvaluationDto,
    description: 'Given or changed (one per enrolment) by the learner, for an attended session, until 30 days after it',
  })
  submit(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SubmitEvaluationDto,
  ): Promise<EvaluationDto> {
    return this.evaluations.submit(user, id, dto);
  }

  @Get('enrolments/:id/evaluation')
  @ApiOkResponse({ type: EvaluationDto, description: 'The learner’s own evaluation of this enrolment' })
  mine(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EvaluationDto> {
    return this.evaluations.mine(user, id);
  }

  @Get('me/evaluations/pending')
  @ApiOkResponse({ type: [PendingEvaluationDto], description: 'Attended sessions still waiting for an evaluation' })
  pending(@CurrentUser() user: AuthUser): Promise<PendingEvaluationDto[]> {
    return this.evaluations.pending(user);
  }

  @Get('sessions/:id/evaluations')
  @ApiOkResponse({ type: SessionEvaluationsDto, description: 'Aggregates only, once enough people answered' })
  forSession(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<SessionEvaluationsDto> {
    return this.evaluations.forSession(user, id);
  }

  @Get('courses/:id/evaluations')
  @ApiOkResponse({ type: CourseEvaluationsDto, description: 'Aggregates of the course and per session' })
  forCourse(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CourseEvaluationsDto> {
    return this.evaluations.forCourse(user, id);
  }

  @Public()
  @Get('courses/:id/evaluation-summary')
  @ApiOkResponse({ type: EvaluationSummaryDto, description: 'The course page’s average and count' })
  summary(@Param('id', ParseUUIDPipe) id: string): Promise<EvaluationSummaryDto> {
    return this.evaluations.summary(id);
  }
}
