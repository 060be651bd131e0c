import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '#libs/catalogue';
import { EnrolmentsModule } from '#libs/enrolments';
import { Cohort, CohortPart, CohortStaff } from './cohorts/cohort.entities.js';
import { AssignmentsModule } from './assignments/assignments.module.js';
import { CohortWritesRepository } from './cohorts/cohort-writes.repository.js';
import { CohortsCoreModule } from './cohorts/cohorts-core.module.js';
import { CohortsService } from './cohorts/cohorts.service.js';
import { ElectivesModule } from './electives/electives.module.js';
import { CohortGoNoGoModule } from './go-no-go/cohort-go-no-go.module.js';
import { GuestsModule } from './guests/guests.module.js';
import { ProgrammesPersonalData } from './personal-data.js';
import { ProgrammesController } from './programmes.controller.js';
import { GroupsModule } from './groups/groups.module.js';
import { Programme, ProgrammeAudience, ProgrammeOwner, ProgrammePart } from './programmes.entities.js';
import { ProgrammesRepository } from './programmes.repository.js';
import { ProgrammesService } from './programmes.service.js';
import { TrancheFeedbackModule } from './tranche-feedback/tranche-feedback.module.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Programme,
      ProgrammeOwner,
      ProgrammeAudience,
      ProgrammePart,
      Cohort,
      CohortPart,
      CohortStaff,
    ]),
    GroupsModule,
    CatalogueModule,
    EnrolmentsModule,
    CohortsCoreModule,
    AssignmentsModule,
    GuestsModule,
    ElectivesModule,
    CohortGoNoGoModule,
    TrancheFeedbackModule,
  ],
  controllers: [ProgrammesController],
  providers: [ProgrammesRepository, CohortWritesRepository, ProgrammesService, CohortsService, ProgrammesPersonalData],
  exports: [ProgrammesService, CohortsService, ProgrammesPersonalData, TrancheFeedbackModule],
})
export class ProgrammesModule {}
