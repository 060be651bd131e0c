import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '#libs/common';
import { IdentityProviderDto, PutIdentityProviderDto } from '../dto/sso.dto.js';
import { IdentityProvidersService } from './identity-providers.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/organisations/:id/identity-provider')
export class AdminIdentityProvidersController {
  constructor(private readonly providers: IdentityProvidersService) {}

  @Get()
  @ApiOkResponse({ type: IdentityProviderDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<IdentityProviderDto> {
    return this.providers.get(id);
  }

  /** Creates or replaces the organisation's provider; leave clientSecret out to keep the stored one. */
  @Put()
  @ApiOkResponse({ type: IdentityProviderDto })
  put(@Param('id', ParseUUIDPipe) id: string, @Body() dto: PutIdentityProviderDto): Promise<IdentityProviderDto> {
    return this.providers.put(id, dto);
  }

  /** Removes it; password log-in comes back on for the organisation. */
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.providers.remove(id);
  }
}
