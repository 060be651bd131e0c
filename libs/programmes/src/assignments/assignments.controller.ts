import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { AssignmentsService } from './assignments.service.js';
import {
  AssignmentCommentBodyDto,
  AssignmentCommentDto,
  AssignmentDto,
  AssignmentProgressNoteDto,
  AssignmentToReviewDto,
  InviteAssignmentManagerDto,
  MyAssignmentDto,
  ShareAssignmentDto,
  WriteAssignmentDto,
} from './dto/assignment.dto.js';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller()
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get('cohorts/:id/assignment')
  @ApiOkResponse({
    type: MyAssignmentDto,
    description: 'My learning-work assignment in this cohort (404 until written)',
  })
  own(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MyAssignmentDto> {
    return this.assignments.own(user, id);
  }

  @Put('cohorts/:id/assignment')
  @ApiOkResponse({ type: MyAssignmentDto, description: 'Writes or rewrites my assignment (confirmed participants)' })
  write(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: WriteAssignmentDto,
  ): Promise<MyAssignmentDto> {
    return this.assignments.write(user, id, dto);
  }

  @Patch('cohorts/:id/assignment')
  @ApiOkResponse({
    type: MyAssignmentDto,
    description: 'Shares my assignment with my intervision group, or stops sharing',
  })
  share(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ShareAssignmentDto,
  ): Promise<MyAssignmentDto> {
    return this.assignments.share(user, id, dto.sharedWithGroup);
  }

  @Post('cohorts/:id/assignment/manager')
  @HttpCode(200)
  @ApiOkResponse({ type: MyAssignmentDto, description: 'Invites my manager to read and comment; they are notified' })
  inviteManager(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: InviteAssignmentManagerDto,
  ): Promise<MyAssignmentDto> {
    return this.assignments.inviteManager(user, id, dto.managerId);
  }

  @Put('cohorts/:id/assignment/progress/:cohortPartId')
  @ApiOkResponse({ type: MyAssignmentDto, description: 'My progress note for one meeting (part) of the cohort' })
  progress(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('cohortPartId', ParseUUIDPipe) cohortPartId: string,
    @Body() dto: AssignmentProgressNoteDto,
  ): Promise<MyAssignmentDto> {
    return this.assignments.writeProgress(user, id, cohortPartId, dto.note);
  }

  @Get('assignments/:assignmentId')
  @ApiOkResponse({
    type: AssignmentDto,
    description:
      'For the participant, their invited manager, the cohort’s owners, organisers and trainers, and their intervision group when shared; 404 to anyone else',
  })
  get(
    @CurrentUser() user: AuthUser,
    @Param('assignmentId', ParseUUIDPipe) assignmentId: string,
  ): Promise<AssignmentDto> {
    return this.assignments.get(user, assignmentId);
  }

  @Post('assignments/:assignmentId/comments')
  @ApiCreatedResponse({ type: AssignmentCommentDto })
  comment(
    @CurrentUser() user: AuthUser,
    @Param('assignmentId', ParseUUIDPipe) assignmentId: string,
    @Body() dto: AssignmentCommentBodyDto,
  ): Promise<AssignmentCommentDto> {
    return this.assignments.comment(user, assignmentId, dto.body);
  }

  @Get('me/assignments-to-review')
  @ApiOkResponse({
    type: [AssignmentToReviewDto],
    description: 'The assignments of the people who invited me as their manager',
  })
  toReview(@CurrentUser() user: AuthUser): Promise<AssignmentToReviewDto[]> {
    return this.assignments.toReview(user);
  }
}
