import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '#libs/catalogue';
import { EnrolmentsModule } from '#libs/enrolments';
import { NotificationsModule } from '#libs/notifications';
import { Evaluation } from './evaluation.entity.js';
import { EvaluationsController } from './evaluations.controller.js';
import { EvaluationsRepository } from './evaluations.repository.js';
import { EvaluationsService } from './evaluations.service.js';
import { EvaluationsPersonalData } from './personal-data.js';

@Module({
  imports: [TypeOrmModule.forFeature([Evaluation]), CatalogueModule, EnrolmentsModule, NotificationsModule],
  controllers: [EvaluationsController],
  providers: [EvaluationsRepository, EvaluationsService, EvaluationsPersonalData],
  exports: [EvaluationsService, EvaluationsPersonalData],
})
export class EvaluationsModule {}
