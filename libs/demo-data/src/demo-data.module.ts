import { Module } from '@nestjs/common';
import { CatalogueImportModule } from '#libs/catalogue-import';
import { IdentityModule } from '#libs/identity';
import { DemoDataRepository } from './demo-data.repository.js';
import { DemoDataService } from './demo-data.service.js';

@Module({
  imports: [CatalogueImportModule, IdentityModule],
  providers: [DemoDataRepository, DemoDataService],
  exports: [DemoDataService],
})
export class DemoDataModule {}
