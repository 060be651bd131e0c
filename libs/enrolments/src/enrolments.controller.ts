import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '#libs/common';
import { SetManagerLinkDto } from '#libs/identity';
import type { AuthUser } from '#libs/common';
import {
  AttendanceDto,
  CalendarFeedDto,
  CancelDto,
  EnrolDto,
  EnrolmentDto,
  EnrolmentEventDto,
  MyLearningDto,
  ParticipantDto,
  RejectDto,
} from './dto/enrolment.dto.js';
import { TeamMemberDto } from './dto/team.dto.js';
import { EnrolmentsService } from './enrolments.service.js';

@ApiTags('enrolments')
@ApiBearerAuth()
@Controller()
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Post('sessions/:id/enrolments')
  @ApiCreatedResponse({ type: EnrolmentDto, description: 'confirmed, waitlisted (with position) or pending_approval' })
  enrol(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) sessionId: string,
    @Body() dto: EnrolDto,
  ): Promise<EnrolmentDto> {
    return this.enrolments.enrol(user, sessionId, dto);
  }

  @Get('sessions/:id/participants')
  @ApiOkResponse({ type: [ParticipantDto] })
  participants(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) sessionId: string,
  ): Promise<ParticipantDto[]> {
    return this.enrolments.participants(user, sessionId);
  }

  @Get('me/enrolments')
  @ApiOkResponse({ type: MyLearningDto })
  myLearning(@CurrentUser() user: AuthUser): Promise<MyLearningDto> {
    return this.enrolments.myLearning(user);
  }

  @Get('me/approvals')
  @ApiOkResponse({ type: [ParticipantDto] })
  approvals(@CurrentUser() user: AuthUser): Promise<ParticipantDto[]> {
    return this.enrolments.approvals(user);
  }

  @Get('me/team')
  @ApiOkResponse({
    type: [TeamMemberDto],
    description:
      'Your team: the people L&D linked to you as manager and those who named you on an enrolment, with requests waiting for you first. Empty when nobody did.',
  })
  team(@CurrentUser() user: AuthUser): Promise<TeamMemberDto[]> {
    return this.enrolments.myTeam(user);
  }

  @Get('enrolments/:id')
  @ApiOkResponse({ type: EnrolmentDto })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EnrolmentDto> {
    return this.enrolments.get(user, id);
  }

  @Get('enrolments/:id/history')
  @ApiOkResponse({ type: [EnrolmentEventDto] })
  history(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EnrolmentEventDto[]> {
    return this.enrolments.history(user, id);
  }

  @Post('enrolments/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentDto })
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CancelDto,
  ): Promise<EnrolmentDto> {
    return this.enrolments.cancel(user, id, dto.reason, dto.note);
  }

  @Post('enrolments/:id/cancel-for-learner')
  @HttpCode(200)
  @ApiOkResponse({
    type: EnrolmentDto,
    description: "Teachers (and the course's L&D and admins), also after the deadline",
  })
  cancelFor(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CancelDto,
  ): Promise<EnrolmentDto> {
    return this.enrolments.cancelFor(user, id, dto.reason, dto.note);
  }

  @Post('enrolments/:id/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentDto })
  accept(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EnrolmentDto> {
    return this.enrolments.accept(user, id);
  }

  @Post('enrolments/:id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentDto })
  decline(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EnrolmentDto> {
    return this.enrolments.decline(user, id);
  }

  @Post('enrolments/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentDto })
  approve(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EnrolmentDto> {
    return this.enrolments.approve(user, id);
  }

  @Put('enrolments/:id/manager')
  @Roles('ld', 'admin')
  @ApiOkResponse({
    type: EnrolmentDto,
    description: 'L&D corrects who approves a pending enrolment (and links that manager for the learner)',
  })
  reassignManager(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SetManagerLinkDto,
  ): Promise<EnrolmentDto> {
    return this.enrolments.reassignManager(user, id, dto.managerEmail);
  }

  @Post('enrolments/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentDto })
  reject(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RejectDto,
  ): Promise<EnrolmentDto> {
    return this.enrolments.reject(user, id, dto.reason);
  }

  @Put('enrolments/:id/attendance')
  @ApiOkResponse({ type: ParticipantDto })
  attendance(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AttendanceDto,
  ): Promise<ParticipantDto> {
    return this.enrolments.markAttendance(user, id, dto.status);
  }

  @Get('enrolments/:id/calendar.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'The session as an iCalendar event (RFC 5545)',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  ics(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<string> {
    return this.enrolments.icsFor(user, id);
  }

  @Post('me/calendar-feed')
  @ApiCreatedResponse({ type: CalendarFeedDto })
  createFeed(@CurrentUser() user: AuthUser): Promise<CalendarFeedDto> {
    return this.enrolments.createFeed(user);
  }

  @Delete('me/calendar-feed')
  @HttpCode(204)
  async revokeFeed(@CurrentUser() user: AuthUser): Promise<void> {
    await this.enrolments.revokeFeed(user);
  }

  /** Public by design: the secret in the URL is the credential (calendar apps send no tokens). */
  @Public()
  @Get('calendar/:token/feed.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: "The caller's sessions as an iCalendar feed (RFC 5545)",
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  feed(@Param('token') token: string): Promise<string> {
    return this.enrolments.feed(token);
  }
}
