import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { CohortGroupsDto, FormGroupsDto, GroupingDto, MoveGroupMemberDto } from './dto/groups.dto.js';
import { GroupsService } from './groups.service.js';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller()
export class GroupsController {
  constructor(private readonly groups: GroupsService) {}

  @Post('cohorts/:id/groups')
  @HttpCode(200)
  @ApiOkResponse({
    type: GroupingDto,
    description:
      "Forms the cohort's groups of one kind by the mixing rules, replacing that kind's groups (organisers); explains every rule it could not meet",
  })
  form(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: FormGroupsDto,
  ): Promise<GroupingDto> {
    return this.groups.form(user, id, dto);
  }

  @Get('cohorts/:id/groups')
  @ApiOkResponse({
    type: CohortGroupsDto,
    description:
      'Cohort staff: every group with explanations; a participant: their own groups with members and meetings',
  })
  list(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CohortGroupsDto> {
    return this.groups.list(user, id);
  }

  @Put('cohorts/:id/groups/:groupId/members/:userId')
  @ApiOkResponse({
    type: GroupingDto,
    description:
      'Moves a participant into this group, out of their group of the same kind and round (organisers; audited). 409 when the group is at its largest size, unless override',
  })
  move(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('groupId', ParseUUIDPipe) groupId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: MoveGroupMemberDto,
  ): Promise<GroupingDto> {
    return this.groups.move(user, id, groupId, userId, dto);
  }
}
