export { CatalogueImportModule } from './catalogue-import.module.js';
export { CatalogueImportService, NO_PASSWORD } from './catalogue-import.service.js';
export type { ImportOptions } from './catalogue-import.service.js';
export { emailFor } from './catalogue-format.js';
export type {
  CatalogueBundle,
  ImportCourse,
  ImportOrganisation,
  ImportTrainer,
  ImportResult,
} from './catalogue-format.js';
export { CatalogueImportException, CatalogueImportErrorCode } from './catalogue-import.exception.js';
export { parseCatalogueCsv } from './csv.js';
