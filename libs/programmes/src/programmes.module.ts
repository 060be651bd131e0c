import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Cohort, CohortPart, CohortStaff } from './cohorts/cohort.entities.js';
import { Programme, ProgrammeAudience, ProgrammeOwner, ProgrammePart } from './programmes.entities.js';

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
  ],
})
export class ProgrammesModule {}
