import { Module } from '@nestjs/common';
import { CatalogueImportRepository } from './catalogue-import.repository.js';
import { CatalogueImportService } from './catalogue-import.service.js';

@Module({
  providers: [CatalogueImportRepository, CatalogueImportService],
  exports: [CatalogueImportService],
})
export class CatalogueImportModule {}
