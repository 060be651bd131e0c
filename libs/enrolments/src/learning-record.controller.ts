import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { LearningRecordDto, ParticipationProofDto, VerifiedProofDto } from './dto/learning-record.dto.js';
import { LearningRecordService } from './learning-record.js';

@ApiTags('learning record')
@ApiBearerAuth()
@Controller()
export class LearningRecordController {
  constructor(private readonly record: LearningRecordService) {}

  @Get('me/learning-record')
  @ApiOkResponse({
    type: LearningRecordDto,
    description:
      'Completed courses and programmes (attended enrolments) with hours, dates, who offered them, and totals',
  })
  mine(@CurrentUser() user: AuthUser): Promise<LearningRecordDto> {
    return this.record.record(user);
  }

  @Get('me/learning-record/:enrolmentId/proof')
  @ApiResponse({
    status: 409,
    description: 'Your enrolment was not attended: no proof (ENROLMENT_NOT_ATTENDED)',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  })
  @ApiOkResponse({
    type: ParticipationProofDto,
    description:
      'Proof of participation of one of your attended enrolments, with its verification code. Not yours: 404; not attended: 409.',
  })
  proof(
    @CurrentUser() user: AuthUser,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
  ): Promise<ParticipationProofDto> {
    return this.record.proof(user, enrolmentId);
  }

  /** Public by design: whoever holds the code may check it; it shows only name, course, dates and hours. */
  @Public()
  @Get('proofs/:code')
  @ApiOkResponse({
    type: VerifiedProofDto,
    description: 'Checks a verification code: who took what, when, for how many hours. A wrong code: 404.',
  })
  verify(@Param('code') code: string): Promise<VerifiedProofDto> {
    return this.record.verify(code);
  }
}
