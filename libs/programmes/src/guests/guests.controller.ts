import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { GuestDto, GuestListDto, InviteGuestDto } from './dto/guest.dto.js';
import { GuestsService } from './guests.service.js';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller()
export class GuestsController {
  constructor(private readonly guests: GuestsService) {}

  @Post('cohorts/:id/parts/:cohortPartId/guests')
  @ApiCreatedResponse({
    type: GuestDto,
    description: 'Invites an external guest (confirmed participants); they get a calendar invitation by e-mail',
  })
  invite(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('cohortPartId', ParseUUIDPipe) cohortPartId: string,
    @Body() dto: InviteGuestDto,
  ): Promise<GuestDto> {
    return this.guests.invite(user, id, cohortPartId, dto);
  }

  @Get('cohorts/:id/parts/:cohortPartId/guests')
  @ApiOkResponse({ type: GuestListDto })
  list(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('cohortPartId', ParseUUIDPipe) cohortPartId: string,
  ): Promise<GuestListDto> {
    return this.guests.list(user, id, cohortPartId);
  }

  @Delete('cohorts/:id/guests/:guestId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed; the guest gets a cancellation for their calendar' })
  remove(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('guestId', ParseUUIDPipe) guestId: string,
  ): Promise<void> {
    return this.guests.remove(user, id, guestId);
  }
}
