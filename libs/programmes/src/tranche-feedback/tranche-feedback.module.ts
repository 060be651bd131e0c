import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EvaluationsModule } from '#libs/evaluations';
import { NotificationsModule } from '#libs/notifications';
import { CohortsCoreModule } from '../cohorts/cohorts-core.module.js';
import { TrancheFeedbackController } from './tranche-feedback.controller.js';
import { TrancheFeedbackNote } from './tranche-feedback.entities.js';
import { TrancheFeedbackRepository } from './tranche-feedback.repository.js';
import { TrancheFeedbackService } from './tranche-feedback.service.js';

/** The feedback loop per tranche, "Jullie zeiden, wij deden" (issue #12 item 2). */
@Module({
  imports: [TypeOrmModule.forFeature([TrancheFeedbackNote]), EvaluationsModule, NotificationsModule, CohortsCoreModule],
  controllers: [TrancheFeedbackController],
  providers: [TrancheFeedbackRepository, TrancheFeedbackService],
  exports: [TrancheFeedbackService],
})
export class TrancheFeedbackModule {}
