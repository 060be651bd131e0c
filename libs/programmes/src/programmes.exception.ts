import { DomainException } from '#libs/common';
import type { FieldError } from '#libs/common';

export enum ProgrammeErrorCode {
  NOT_FOUND = 'PROGRAMME_NOT_FOUND',
  COHORT_NOT_FOUND = 'COHORT_NOT_FOUND',
  NOT_ALLOWED = 'PROGRAMME_NOT_ALLOWED',
  INVALID = 'PROGRAMME_INVALID',
  NOT_IN_AUDIENCE = 'PROGRAMME_NOT_IN_AUDIENCE',
  OVERLAP = 'COHORT_OVERLAPS_SESSIONS',
  ILLEGAL_STATE = 'PROGRAMME_ILLEGAL_STATE',
}

export class ProgrammeException extends DomainException {
  static notFound(id: string) {
    return new ProgrammeException(ProgrammeErrorCode.NOT_FOUND, 'not_found', `Programme ${id} does not exist.`);
  }
  static cohortNotFound(id: string) {
    return new ProgrammeException(ProgrammeErrorCode.COHORT_NOT_FOUND, 'not_found', `Cohort ${id} does not exist.`);
  }
  static notAllowed(message: string) {
    return new ProgrammeException(ProgrammeErrorCode.NOT_ALLOWED, 'forbidden', message);
  }
  static invalid(errors: FieldError[]) {
    return new ProgrammeException(ProgrammeErrorCode.INVALID, 'validation', 'The request is not valid.', errors);
  }
  static notInAudience() {
    return new ProgrammeException(
      ProgrammeErrorCode.NOT_IN_AUDIENCE,
      'forbidden',
      'This programme is open only to the organisations it lists.',
    );
  }
  static overlaps(titles: string[]) {
    return new ProgrammeException(
      ProgrammeErrorCode.OVERLAP,
      'conflict',
      `Parts of this cohort overlap sessions you are booked for: ${titles.join('; ')}. Enrol with acceptOverlaps: true to enrol anyway.`,
    );
  }
  static illegal(message: string) {
    return new ProgrammeException(ProgrammeErrorCode.ILLEGAL_STATE, 'conflict', message);
  }
}
