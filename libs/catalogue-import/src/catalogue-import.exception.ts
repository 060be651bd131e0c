import { DomainException, type FieldError } from '#libs/common';

export enum CatalogueImportErrorCode {
  INVALID_BUNDLE = 'IMPORT_INVALID_BUNDLE',
}

export class CatalogueImportException extends DomainException {
  static invalid(errors: FieldError[]) {
    return new CatalogueImportException(
      CatalogueImportErrorCode.INVALID_BUNDLE,
      'validation',
      `The catalogue cannot be imported: ${errors.length} problem(s).`,
      errors,
    );
  }
}
