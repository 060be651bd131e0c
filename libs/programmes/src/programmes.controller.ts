import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { CohortsService } from './cohorts/cohorts.service.js';
import {
  CohortDto,
  CohortEnrolDto,
  CohortEnrolmentDto,
  CohortEnrolmentResultDto,
  CreateCohortDto,
  CreateProgrammeDto,
  MyProgrammeDto,
  OverlapDto,
  ProgrammeDto,
  ProgrammeListQueryDto,
  ProgrammeSummaryDto,
  SetStaffDto,
  StatusBodyDto,
  UpdateCohortDto,
  UpdateCohortPartDto,
  UpdateProgrammeDto,
} from './dto/programme.dto.js';
import { ProgrammesService } from './programmes.service.js';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller()
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly cohorts: CohortsService,
  ) {}

  @Public()
  @Get('programmes')
  @ApiOkResponse({ type: [ProgrammeSummaryDto], description: 'Published programmes; with managed=true the ones I own' })
  list(@Query() q: ProgrammeListQueryDto, @CurrentUser() user?: AuthUser): Promise<ProgrammeSummaryDto[]> {
    return this.programmes.list(user, q.managed ?? false);
  }

  @Post('programmes')
  @ApiCreatedResponse({ type: ProgrammeDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateProgrammeDto): Promise<ProgrammeDto> {
    return this.programmes.create(user, dto);
  }

  @Public()
  @Get('programmes/:id')
  @ApiOkResponse({ type: ProgrammeDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user?: AuthUser): Promise<ProgrammeDto> {
    return this.programmes.get(id, user);
  }

  @Patch('programmes/:id')
  @ApiOkResponse({ type: ProgrammeDto })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProgrammeDto,
  ): Promise<ProgrammeDto> {
    return this.programmes.update(id, user, dto);
  }

  @Post('programmes/:id/status')
  @HttpCode(200)
  @ApiOkResponse({ type: ProgrammeDto, description: 'Publish or archive (draft → published → archived → published)' })
  transition(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: StatusBodyDto,
  ): Promise<ProgrammeDto> {
    return this.programmes.transition(id, user, dto.status);
  }

  @Post('programmes/:id/cohorts')
  @ApiCreatedResponse({ type: CohortDto })
  createCohort(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateCohortDto,
  ): Promise<CohortDto> {
    return this.cohorts.create(user, id, dto);
  }

  @Public()
  @Get('cohorts/:id')
  @ApiOkResponse({ type: CohortDto })
  cohort(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user?: AuthUser): Promise<CohortDto> {
    return this.cohorts.get(id, user);
  }

  @Patch('cohorts/:id')
  @ApiOkResponse({
    type: CohortDto,
    description: 'Name, capacity and deadlines; a lower capacity works as for any session',
  })
  updateCohort(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCohortDto,
  ): Promise<CohortDto> {
    return this.cohorts.update(user, id, dto);
  }

  @Put('cohorts/:id/parts/:cohortPartId')
  @ApiOkResponse({ type: CohortDto })
  updatePart(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('cohortPartId', ParseUUIDPipe) cohortPartId: string,
    @Body() dto: UpdateCohortPartDto,
  ): Promise<CohortDto> {
    return this.cohorts.updatePart(user, id, cohortPartId, dto);
  }

  @Post('cohorts/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: CohortDto, description: 'Everyone enrolled is told and their places are released' })
  cancelCohort(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CohortDto> {
    return this.cohorts.cancel(user, id);
  }

  @Put('cohorts/:id/staff/:userId')
  @ApiOkResponse({ type: CohortDto })
  setStaff(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: SetStaffDto,
  ): Promise<CohortDto> {
    return this.cohorts.setStaff(user, id, userId, dto.role);
  }

  @Delete('cohorts/:id/staff/:userId')
  @ApiOkResponse({ type: CohortDto })
  removeStaff(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<CohortDto> {
    return this.cohorts.removeStaff(user, id, userId);
  }

  @Get('cohorts/:id/enrolments')
  @ApiOkResponse({ type: [CohortEnrolmentDto], description: 'Staff: everyone enrolled or waiting' })
  enrolments(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CohortEnrolmentDto[]> {
    return this.cohorts.enrolmentList(user, id);
  }

  @Post('cohorts/:id/enrolments')
  @ApiCreatedResponse({ type: CohortEnrolmentResultDto, description: 'One enrolment for every part' })
  enrol(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CohortEnrolDto,
  ): Promise<CohortEnrolmentResultDto> {
    return this.cohorts.enrol(user, id, dto);
  }

  @Get('cohorts/:id/overlaps')
  @ApiOkResponse({ type: [OverlapDto], description: 'Parts that overlap my other bookings' })
  overlaps(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<OverlapDto[]> {
    return this.cohorts.overlaps(user, id);
  }

  @Get('me/programmes')
  @ApiOkResponse({ type: [MyProgrammeDto], description: '"Mijn leren": my cohorts with every part' })
  mine(@CurrentUser() user: AuthUser): Promise<MyProgrammeDto[]> {
    return this.cohorts.mine(user);
  }
}
