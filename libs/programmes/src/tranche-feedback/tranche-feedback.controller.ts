import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { EvaluationTrendDto, FeedbackNoteDto, WriteFeedbackNoteDto } from './dto/tranche-feedback.dto.js';
import { TrancheFeedbackService } from './tranche-feedback.service.js';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller()
export class TrancheFeedbackController {
  constructor(private readonly feedback: TrancheFeedbackService) {}

  @Get('programmes/:id/evaluation-trend')
  @ApiOkResponse({
    type: EvaluationTrendDto,
    description:
      'Owners, cohort organisers and trainers: every cohort in start order with its respondents; averages only from the threshold on',
  })
  trend(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EvaluationTrendDto> {
    return this.feedback.trend(user, id);
  }

  @Public()
  @Get('programmes/:id/feedback-notes')
  @ApiOkResponse({
    type: [FeedbackNoteDto],
    description:
      '"Jullie zeiden, wij deden", newest cohort first: published notes, as public as the programme; drafts and author names for its organisers',
  })
  notes(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user?: AuthUser): Promise<FeedbackNoteDto[]> {
    return this.feedback.notes(id, user);
  }

  @Get('cohorts/:id/feedback-note')
  @ApiOkResponse({
    type: FeedbackNoteDto,
    description: 'Staff: the cohort’s note, draft or published (404 until written)',
  })
  note(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<FeedbackNoteDto> {
    return this.feedback.note(user, id);
  }

  @Put('cohorts/:id/feedback-note')
  @ApiOkResponse({
    type: FeedbackNoteDto,
    description: 'Owners and organisers write the note about this cohort: a draft, or new texts of the published note',
  })
  write(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: WriteFeedbackNoteDto,
  ): Promise<FeedbackNoteDto> {
    return this.feedback.write(user, id, dto);
  }

  @Post('cohorts/:id/feedback-note/publish')
  @HttpCode(200)
  @ApiOkResponse({
    type: FeedbackNoteDto,
    description: 'Publishes the note; the first time, participants of the cohorts still to start are told',
  })
  publish(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<FeedbackNoteDto> {
    return this.feedback.publish(user, id);
  }

  @Post('cohorts/:id/feedback-note/unpublish')
  @HttpCode(200)
  @ApiOkResponse({ type: FeedbackNoteDto, description: 'Takes the note back to a draft (off the programme page)' })
  unpublish(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<FeedbackNoteDto> {
    return this.feedback.unpublish(user, id);
  }
}
