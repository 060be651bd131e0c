import { DomainException } from '#libs/common';

export enum KnowledgeBankErrorCode {
  SYNONYM_NOT_FOUND = 'SYNONYM_NOT_FOUND',
}

export class KnowledgeBankException extends DomainException {
  static synonymNotFound(term: string) {
    return new KnowledgeBankException(
      KnowledgeBankErrorCode.SYNONYM_NOT_FOUND,
      'not_found',
      `No synonyms for "${term}".`,
    );
  }
}
