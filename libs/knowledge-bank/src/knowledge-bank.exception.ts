import { DomainException } from '#libs/common';

export enum KnowledgeBankErrorCode {
  SYNONYM_NOT_FOUND = 'SYNONYM_NOT_FOUND',
  SEARCH_UNAVAILABLE = 'SEARCH_UNAVAILABLE',
  QUESTION_NOT_FOUND = 'QUESTION_NOT_FOUND',
  TRAINER_NOT_FOUND = 'TRAINER_NOT_FOUND',
  FEEDBACK_NOT_ALLOWED = 'FEEDBACK_NOT_ALLOWED',
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

  /** Also for another organisation's question: whether it exists is not told. */
  static questionNotFound(id: string) {
    return new KnowledgeBankException(KnowledgeBankErrorCode.QUESTION_NOT_FOUND, 'not_found', `No question ${id}.`);
  }

  static trainerNotFound(id: string) {
    return new KnowledgeBankException(KnowledgeBankErrorCode.TRAINER_NOT_FOUND, 'not_found', `No trainer ${id}.`);
  }

  static feedbackNotAllowed(detail: string) {
    return new KnowledgeBankException(KnowledgeBankErrorCode.FEEDBACK_NOT_ALLOWED, 'forbidden', detail);
  }
}
