import { Module } from '@nestjs/common';
import { CohortAccess } from './cohort-access.js';
import { CohortsRepository } from './cohorts.repository.js';

/** Who may do what in a cohort, and reads of cohorts: shared by every programmes sub-area. */
@Module({
  providers: [CohortsRepository, CohortAccess],
  exports: [CohortsRepository, CohortAccess],
})
export class CohortsCoreModule {}
