import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '#libs/identity';
import { MailModule } from '#libs/mail';
import { Notification } from './notification.entity.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { NotificationsPersonalData } from './personal-data.js';

@Module({
  imports: [TypeOrmModule.forFeature([Notification]), MailModule, IdentityModule],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, NotificationsPersonalData],
  exports: [NotificationsService, NotificationsPersonalData],
})
export class NotificationsModule {}
