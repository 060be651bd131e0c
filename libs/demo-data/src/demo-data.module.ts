import { Module } from '@nestjs/common';
import { CatalogueModule } from '#libs/catalogue';
import { CatalogueImportModule } from '#libs/catalogue-import';
import { EnrolmentsModule } from '#libs/enrolments';
import { IdentityModule } from '#libs/identity';
import { InCompanyModule } from '#libs/incompany';
import { KnowledgeBankModule } from '#libs/knowledge-bank';
import { OrganisationsModule } from '#libs/organisations';
import { ProgrammesSeedingModule } from '#libs/programmes';
import { DemoDataRepository } from './demo-data.repository.js';
import { DemoDataService } from './demo-data.service.js';
import { DemoProgrammes } from './demo-programmes.js';

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
  ],
  providers: [DemoDataRepository, DemoDataService, DemoProgrammes],
  exports: [DemoDataService],
})
export class DemoDataModule {}
