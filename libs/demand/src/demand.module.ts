import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '#libs/notifications';
import { DemandController } from './demand.controller.js';
import { CourseInterest, CourseInterestNudge, QuestionInterest } from './demand.entities.js';
import { DemandRepository } from './demand.repository.js';
import { DemandService } from './demand.service.js';
import { DemandPersonalData } from './personal-data.js';

@Module({
  imports: [TypeOrmModule.forFeature([CourseInterest, QuestionInterest, CourseInterestNudge]), NotificationsModule],
  controllers: [DemandController],
  providers: [DemandRepository, DemandService, DemandPersonalData],
  exports: [DemandService, DemandPersonalData],
})
export class DemandModule {}
