import { Module } from '@nestjs/common';
import { CatalogueImportController } from './catalogue-import.controller.js';
import { CatalogueImportRepository } from './catalogue-import.repository.js';
import { CatalogueImportService } from './catalogue-import.service.js';

@Module({
  controllers: [CatalogueImportController],
  providers: [CatalogueImportRepository, CatalogueImportService],
  exports: [CatalogueImportService],
})
export class CatalogueImportModule {}
