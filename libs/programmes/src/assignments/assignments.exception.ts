import { DomainException } from '#libs/common';

export enum AssignmentErrorCode {
  NOT_FOUND = 'ASSIGNMENT_NOT_FOUND',
  NOT_WRITTEN = 'ASSIGNMENT_NOT_WRITTEN',
  PART_NOT_FOUND = 'COHORT_PART_NOT_FOUND',
  NOT_ALLOWED = 'ASSIGNMENT_NOT_ALLOWED',
  NO_MANAGER = 'ASSIGNMENT_NO_MANAGER',
}

/** Problems with learning-work assignments, as problem+json with a stable code. */
export class AssignmentException extends DomainException {
  /** Also for whoever may not see it: an assignment's existence is not revealed. */
  static notFound(id: string) {
    return new AssignmentException(AssignmentErrorCode.NOT_FOUND, 'not_found', `Assignment ${id} does not exist.`);
  }
  static noneInCohort(cohortId: string) {
    return new AssignmentException(
      AssignmentErrorCode.NOT_FOUND,
      'not_found',
      `You have not written an assignment in cohort ${cohortId} yet.`,
    );
  }
  static notWritten() {
    return new AssignmentException(
      AssignmentErrorCode.NOT_WRITTEN,
      'conflict',
      'Write your assignment first (PUT /api/cohorts/{id}/assignment).',
    );
  }
  static partNotFound(cohortPartId: string) {
    return new AssignmentException(
      AssignmentErrorCode.PART_NOT_FOUND,
      'not_found',
      `Cohort part ${cohortPartId} is not a part of this cohort.`,
    );
  }
  static notAllowed(message: string) {
    return new AssignmentException(AssignmentErrorCode.NOT_ALLOWED, 'forbidden', message);
  }
  static noManager() {
    return new AssignmentException(
      AssignmentErrorCode.NO_MANAGER,
      'validation',
      'Name your manager: no manager is linked to you.',
      [{ field: 'managerId', messages: ['Name your manager: no manager is linked to you.'], codes: ['isDefined'] }],
    );
  }
}
