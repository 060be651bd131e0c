import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '#libs/common';
import {
  AdminUserDto,
  AdminUserPageDto,
  SetOrganisationDto,
  SetRolesDto,
  UserSearchQueryDto,
} from './dto/admin-users.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: AdminUserPageDto })
  search(@Query() query: UserSearchQueryDto): Promise<AdminUserPageDto> {
    return this.users.search(query);
  }

  @Put(':id/roles')
  @ApiOkResponse({ type: AdminUserDto })
  setRoles(@Param('id', ParseUUIDPipe) id: string, @Body() dto: SetRolesDto): Promise<AdminUserDto> {
    return this.users.setRoles(id, dto.roles);
  }

  /** Assigns or moves a user to an organisation (or none): the admin vouches for the membership. */
  @Put(':id/organisation')
  @ApiOkResponse({ type: AdminUserDto })
  setOrganisation(@Param('id', ParseUUIDPipe) id: string, @Body() dto: SetOrganisationDto): Promise<AdminUserDto> {
    return this.users.setOrganisation(id, dto.organisationId);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOkResponse({ type: AdminUserDto })
  disable(@Param('id', ParseUUIDPipe) id: string): Promise<AdminUserDto> {
    return this.users.setDisabled(id, true);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: AdminUserDto })
  enable(@Param('id', ParseUUIDPipe) id: string): Promise<AdminUserDto> {
    return this.users.setDisabled(id, false);
  }
}
