import { DomainException } from '#libs/common';

export enum KnowledgeBankErrorCode {
  SYNONYM_NOT_FOUND = 'SYNONYM_NOT_FOUND',
  SEARCH_UNAVAILABLE = 'SEARCH_UNAVAILABLE',
}

export class KnowledgeBankException extends DomainException {
  static synonymNotFound(term: string) {
    return new KnowledgeBankException(
      KnowledgeBankErrorCode.SYNONYM_NOT_FOUND,
      'not_found',
      `No synonyms for "${term}".`,
    );
  }

  /** The search engine (Meilisearch) is down or not the pinned version: try again later (details are in the health answer). */
  static searchUnavailable() {
    return new KnowledgeBankException(
      KnowledgeBankErrorCode.SEARCH_UNAVAILABLE,
      'unavailable',
      'Search is unavailable for a moment; please try again later.',
    );
  }
}
