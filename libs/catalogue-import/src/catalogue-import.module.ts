import { Module } from '@nestjs/common';
import { CatalogueModule } from '#libs/catalogue';
import { IdentityModule } from '#libs/identity';
import { OrganisationsModule } from '#libs/organisations';
import { CatalogueImportController } from './catalogue-import.controller.js';
import { CatalogueImportService } from './catalogue-import.service.js';

@Module({
  imports: [OrganisationsModule, IdentityModule, CatalogueModule],
  controllers: [CatalogueImportController],
  providers: [CatalogueImportService],
  exports: [CatalogueImportService],
})
export class CatalogueImportModule {}
