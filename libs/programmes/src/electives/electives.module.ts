import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '#libs/notifications';
import { CohortsCoreModule } from '../cohorts/cohorts-core.module.js';
import { CohortModule, ModuleAllocation, ModuleChoice } from './elective.entities.js';
import { ElectivesController } from './electives.controller.js';
import { ElectivesRepository } from './electives.repository.js';
import { ElectivesService } from './electives.service.js';

/** Electives: modules of an elective part, ranked choices and their allocation (issue #11 item 3). */
@Module({
  imports: [
    TypeOrmModule.forFeature([CohortModule, ModuleChoice, ModuleAllocation]),
    NotificationsModule,
    CohortsCoreModule,
  ],
  controllers: [ElectivesController],
  providers: [ElectivesRepository, ElectivesService],
  exports: [ElectivesService],
})
export class ElectivesModule {}
