import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidationErrors, Roles, ValidationException } from '#libs/common';
import type { ImportResult } from './catalogue-format.js';
import { CatalogueImportService } from './catalogue-import.service.js';
import { parseCatalogueCsv } from './csv.js';
import { ImportBundleDto, ImportCsvDto, ImportResultDto } from './dto/import.dto.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/import')
export class CatalogueImportController {
  constructor(private readonly importer: CatalogueImportService) {}

  /** Organisations, trainers and courses; idempotent by external id; all or nothing. */
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: ImportResultDto, description: 'Counts of created and updated records' })
  importJson(@Body() dto: ImportBundleDto): Promise<ImportResult> {
    return this.importer.import(dto);
  }

  @Post('csv')
  @HttpCode(200)
  @ApiOkResponse({ type: ImportResultDto, description: 'Counts of created and updated records' })
  async importCsv(@Body() dto: ImportCsvDto): Promise<ImportResult> {
    let bundle;
    try {
      bundle = parseCatalogueCsv(dto);
    } catch (e) {
      throw ValidationException.forField('csv', `The CSV cannot be read: ${(e as Error).message}`);
    }
    // The parsed rows get the same checks as JSON.
    const errors = await validate(plainToInstance(ImportBundleDto, bundle), {
      whitelist: true,
      forbidNonWhitelisted: true,
    });
    if (errors.length) throw new ValidationException(flattenValidationErrors(errors).slice(0, 50));
    return this.importer.import(bundle);
  }
}
