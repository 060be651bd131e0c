import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '#libs/identity';
import { NotificationsModule } from '#libs/notifications';
import { CohortsCoreModule } from '../cohorts/cohorts-core.module.js';
import { AssignmentComment, AssignmentProgress, LearningAssignment } from './assignment.entities.js';
import { AssignmentsController } from './assignments.controller.js';
import { AssignmentsRepository } from './assignments.repository.js';
import { AssignmentsService } from './assignments.service.js';
import { AssignmentsPersonalData } from './personal-data.js';

/** Learning-work assignments of cohort participants, with their managers (issue #11 item 5). */
@Module({
  imports: [
    TypeOrmModule.forFeature([LearningAssignment, AssignmentComment, AssignmentProgress]),
    IdentityModule,
    NotificationsModule,
    CohortsCoreModule,
  ],
  controllers: [AssignmentsController],
  providers: [AssignmentsPersonalData, AssignmentsRepository, AssignmentsService],
  exports: [AssignmentsService, AssignmentsPersonalData],
})
export class AssignmentsModule {}
