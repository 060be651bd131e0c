import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { MatchFeedbackDto, PutMatchFeedbackDto } from './dto/match-feedback.dto.js';
import { MatchFeedbackService } from './match-feedback.service.js';

/** L&D mark a suggested trainer of a question asked in their organisation: "goede match" / "geen match". */
@ApiTags('knowledge-bank')
@ApiBearerAuth()
@Roles('ld', 'admin')
@Controller('knowledge-bank/questions/:questionId/feedback/:trainerId')
export class MatchFeedbackController {
  constructor(private readonly feedback: MatchFeedbackService) {}

  @Put()
  @ApiOkResponse({ type: MatchFeedbackDto, description: 'Stored; replaces your earlier mark on this suggestion' })
  mark(
    @CurrentUser() user: AuthUser,
    @Param('questionId', ParseUUIDPipe) questionId: string,
    @Param('trainerId', ParseUUIDPipe) trainerId: string,
    @Body() dto: PutMatchFeedbackDto,
  ): Promise<MatchFeedbackDto> {
    return this.feedback.mark(user, questionId, trainerId, dto.verdict);
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Your mark is withdrawn' })
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('questionId', ParseUUIDPipe) questionId: string,
    @Param('trainerId', ParseUUIDPipe) trainerId: string,
  ): Promise<void> {
    return this.feedback.withdraw(user, questionId, trainerId);
  }
}
