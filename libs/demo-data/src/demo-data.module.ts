import { Module } from '@nestjs/common';
import { AlumniModule } from '#libs/alumni';
import { CatalogueModule } from '#libs/catalogue';
import { CatalogueImportModule } from '#libs/catalogue-import';
import { DemandModule } from '#libs/demand';
import { EnrolmentsModule } from '#libs/enrolments';
import { EvaluationsSeedingModule } from '#libs/evaluations';
import { IdentityModule } from '#libs/identity';
import { InCompanyModule } from '#libs/incompany';
import { KnowledgeBankModule } from '#libs/knowledge-bank';
import { OrganisationsModule } from '#libs/organisations';
import { ProgrammesSeedingModule } from '#libs/programmes';
import { TrainersModule } from '#libs/trainers';
import { DemoAlumni } from './demo-alumni.js';
import { DemoDemand } from './demo-demand.js';
import { DemoDataRepository } from './demo-data.repository.js';
import { DemoDataService } from './demo-data.service.js';
import { DemoHistory } from './demo-history.js';
import { DemoProgrammes } from './demo-programmes.js';
import { DemoTrancheFeedback } from './demo-tranche-feedback.js';
import { DemoTrainers } from './demo-trainers.js';

@Module({
  imports: [
    OrganisationsModule,
    IdentityModule,
    CatalogueModule,
    EnrolmentsModule,
    CatalogueImportModule,
    InCompanyModule,
    KnowledgeBankModule,
    ProgrammesSeedingModule,
    AlumniModule,
    EvaluationsSeedingModule,
    TrainersModule,
    DemandModule,
  ],
  providers: [
    DemoDataRepository,
    DemoDataService,
    DemoProgrammes,
    DemoHistory,
    DemoAlumni,
    DemoTrancheFeedback,
    DemoTrainers,
    DemoDemand,
  ],
  exports: [DemoDataService],
})
export class DemoDataModule {}
