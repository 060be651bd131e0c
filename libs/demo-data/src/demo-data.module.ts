import { Module } from '@nestjs/common';
import { CatalogueImportModule } from '#libs/catalogue-import';
import { IdentityModule } from '#libs/identity';
import { InCompanyModule } from '#libs/incompany';
import { KnowledgeBankModule } from '#libs/knowledge-bank';
import { DemoDataRepository } from './demo-data.repository.js';
import { DemoDataService } from './demo-data.service.js';

@Module({
  imports: [CatalogueImportModule, IdentityModule, InCompanyModule, KnowledgeBankModule],
  providers: [DemoDataRepository, DemoDataService],
  exports: [DemoDataService],
})
export class DemoDataModule {}
