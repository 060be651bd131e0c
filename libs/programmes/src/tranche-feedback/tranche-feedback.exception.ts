import { DomainException } from '#libs/common';

export enum TrancheFeedbackErrorCode {
  NOTE_NOT_FOUND = 'FEEDBACK_NOTE_NOT_FOUND',
}

/** Problems with tranche feedback notes, as problem+json with a stable code (access problems are ProgrammeException's). */
export class TrancheFeedbackException extends DomainException {
  static noteNotFound(cohortId: string) {
    return new TrancheFeedbackException(
      TrancheFeedbackErrorCode.NOTE_NOT_FOUND,
      'not_found',
      `Cohort ${cohortId} has no feedback note yet: write one first (PUT /api/cohorts/${cohortId}/feedback-note).`,
    );
  }
}
