import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '#libs/common';
import { CreateManagerLinkDto, ManagerLinkDto, SetManagerLinkDto } from './dto/manager-links.dto.js';
import { UsersService } from './users.service.js';

/** L&D sees and corrects who approves for the people of their organisation. */
@ApiTags('managers')
@ApiBearerAuth()
@Roles('ld', 'admin')
@Controller('ld/manager-links')
export class ManagerLinksController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: [ManagerLinkDto] })
  list(@CurrentUser() user: AuthUser): Promise<ManagerLinkDto[]> {
    return this.users.listManagerLinks(user);
  }

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: ManagerLinkDto, description: 'Links (or relinks) a person named by e-mail address' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateManagerLinkDto): Promise<ManagerLinkDto> {
    return this.users.setManagerLinkByEmail(user, dto.userEmail, dto.managerEmail);
  }

  @Put(':userId')
  @ApiOkResponse({ type: ManagerLinkDto })
  set(
    @CurrentUser() user: AuthUser,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: SetManagerLinkDto,
  ): Promise<ManagerLinkDto> {
    return this.users.setManagerLink(user, userId, dto.managerEmail);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentUser() user: AuthUser, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    await this.users.removeManagerLink(user, userId);
  }
}
