import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { MarkedAllReadDto, NotificationPageDto, NotificationQueryDto } from './dto/notification.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageDto })
  list(@CurrentUser() user: AuthUser, @Query() q: NotificationQueryDto): Promise<NotificationPageDto> {
    return this.notifications.list(user.id, q.unreadOnly ?? false, q.page ?? 1, q.pageSize ?? 20);
  }

  @Post(':id/read')
  @HttpCode(204)
  async read(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.notifications.markRead(user.id, id);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: MarkedAllReadDto })
  async readAll(@CurrentUser() user: AuthUser): Promise<MarkedAllReadDto> {
    return { marked: await this.notifications.markAllRead(user.id) };
  }
}
