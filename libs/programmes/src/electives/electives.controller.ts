import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '#libs/common';
import type { AuthUser } from '#libs/common';
import {
  AllocationDto,
  ChoicesDto,
  ChoicesOverviewDto,
  CreateModuleDto,
  ModuleDto,
  ModuleListDto,
  ModuleParticipantsDto,
  MoveAllocationDto,
  MyChoicesDto,
  MyModuleDto,
  RunAllocationDto,
  UpdateModuleDto,
} from './dto/elective.dto.js';
import { ElectivesService } from './electives.service.js';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller()
export class ElectivesController {
  constructor(private readonly electives: ElectivesService) {}

  @Get('cohorts/:id/parts/:partId/modules')
  @ApiOkResponse({
    type: ModuleListDto,
    description: 'The modules of an elective part (cohort staff and participants)',
  })
  modules(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('partId', ParseUUIDPipe) partId: string,
  ): Promise<ModuleListDto> {
    return this.electives.listModules(user, id, partId);
  }

  @Post('cohorts/:id/parts/:partId/modules')
  @ApiCreatedResponse({ type: ModuleDto, description: 'Adds a module to an elective part (organisers)' })
  addModule(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('partId', ParseUUIDPipe) partId: string,
    @Body() dto: CreateModuleDto,
  ): Promise<ModuleDto> {
    return this.electives.createModule(user, id, partId, dto);
  }

  @Patch('cohorts/:id/modules/:moduleId')
  @ApiOkResponse({ type: ModuleDto, description: 'Changes a module; a cap below the participants allocated is a 409' })
  updateModule(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('moduleId', ParseUUIDPipe) moduleId: string,
    @Body() dto: UpdateModuleDto,
  ): Promise<ModuleDto> {
    return this.electives.updateModule(user, id, moduleId, dto);
  }

  @Delete('cohorts/:id/modules/:moduleId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removes a module nobody is allocated to (organisers)' })
  removeModule(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('moduleId', ParseUUIDPipe) moduleId: string,
  ): Promise<void> {
    return this.electives.deleteModule(user, id, moduleId);
  }

  @Get('cohorts/:id/modules/:moduleId/participants')
  @ApiOkResponse({ type: ModuleParticipantsDto, description: "A module's participants (its teacher and cohort staff)" })
  moduleParticipants(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('moduleId', ParseUUIDPipe) moduleId: string,
  ): Promise<ModuleParticipantsDto> {
    return this.electives.moduleParticipants(user, id, moduleId);
  }

  @Get('cohorts/:id/parts/:partId/choices')
  @ApiOkResponse({ type: MyChoicesDto, description: 'My ranking of the modules (confirmed participants)' })
  myChoices(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('partId', ParseUUIDPipe) partId: string,
  ): Promise<MyChoicesDto> {
    return this.electives.myChoices(user, id, partId);
  }

  @Get('cohorts/:id/parts/:partId/choices/overview')
  @ApiOkResponse({ type: ChoicesOverviewDto, description: "Staff: every confirmed participant's ranking" })
  choicesOverview(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('partId', ParseUUIDPipe) partId: string,
  ): Promise<ChoicesOverviewDto> {
    return this.electives.choicesOverview(user, id, partId);
  }

  @Put('cohorts/:id/parts/:partId/choices')
  @ApiOkResponse({ type: MyChoicesDto, description: 'Replaces my ranking, until the choice deadline' })
  setChoices(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('partId', ParseUUIDPipe) partId: string,
    @Body() dto: ChoicesDto,
  ): Promise<MyChoicesDto> {
    return this.electives.setChoices(user, id, partId, dto);
  }

  @Get('cohorts/:id/parts/:partId/allocation')
  @ApiOkResponse({
    type: AllocationDto,
    description: 'Staff: every list, figures, explanation; participant: own module',
  })
  allocation(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('partId', ParseUUIDPipe) partId: string,
  ): Promise<AllocationDto> {
    return this.electives.allocation(user, id, partId);
  }

  @Post('cohorts/:id/parts/:partId/allocation')
  @HttpCode(200)
  @ApiOkResponse({ type: AllocationDto, description: 'Runs the allocation and stores it as a draft (organisers)' })
  run(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('partId', ParseUUIDPipe) partId: string,
    @Body() dto: RunAllocationDto,
  ): Promise<AllocationDto> {
    return this.electives.run(user, id, partId, dto);
  }

  @Post('cohorts/:id/parts/:partId/allocation/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: AllocationDto, description: 'Publishes the draft; every participant is notified' })
  publish(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('partId', ParseUUIDPipe) partId: string,
  ): Promise<AllocationDto> {
    return this.electives.publish(user, id, partId);
  }

  @Put('cohorts/:id/parts/:partId/allocation/:userId')
  @ApiOkResponse({ type: AllocationDto, description: 'Moves a participant to another module within its cap (audited)' })
  move(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('partId', ParseUUIDPipe) partId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: MoveAllocationDto,
  ): Promise<AllocationDto> {
    return this.electives.move(user, id, partId, userId, dto);
  }

  @Get('me/modules')
  @ApiOkResponse({ type: [MyModuleDto], description: 'My published elective modules, in every cohort I am in' })
  myModules(@CurrentUser() user: AuthUser): Promise<MyModuleDto[]> {
    return this.electives.myModules(user);
  }
}
