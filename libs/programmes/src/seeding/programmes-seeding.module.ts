import { Module } from '@nestjs/common';
import { CatalogueModule } from '#libs/catalogue';
import { AssignmentsModule } from '../assignments/assignments.module.js';
import { CohortWritesRepository } from '../cohorts/cohort-writes.repository.js';
import { CohortsCoreModule } from '../cohorts/cohorts-core.module.js';
import { ElectivesModule } from '../electives/electives.module.js';
import { GroupsModule } from '../groups/groups.module.js';
import { GuestsModule } from '../guests/guests.module.js';
import { ProgrammesModule } from '../programmes.module.js';
import { CohortSeedingService } from './cohort-seeding.service.js';

/**
 * What the demo seed uses of programmes: the programmes' services (through their modules) and the
 * seed-only rescheduling of cohorts into the past.
 */
@Module({
  imports: [
    CatalogueModule,
    CohortsCoreModule,
    ProgrammesModule,
    ElectivesModule,
    GroupsModule,
    AssignmentsModule,
    GuestsModule,
  ],
  providers: [CohortWritesRepository, CohortSeedingService],
  exports: [CohortSeedingService, ProgrammesModule, ElectivesModule, GroupsModule, AssignmentsModule, GuestsModule],
})
export class ProgrammesSeedingModule {}
