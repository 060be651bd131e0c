import { DomainException } from '#libs/common';

export enum DemandErrorCode {
  COURSE_NOT_FOUND = 'DEMAND_COURSE_NOT_FOUND',
  COURSE_NOT_OPEN = 'DEMAND_COURSE_NOT_OPEN',
  QUESTION_NOT_FOUND = 'DEMAND_QUESTION_NOT_FOUND',
}

export class DemandException extends DomainException {
  /** Also for a draft or another organisation's in-company course: whether it exists is not the caller's business. */
  static courseNotFound(id: string) {
    return new DemandException(DemandErrorCode.COURSE_NOT_FOUND, 'not_found', `Course ${id} does not exist.`);
  }
  static courseNotOpen() {
    return new DemandException(
      DemandErrorCode.COURSE_NOT_OPEN,
      'conflict',
      'This course is archived: it will not be given again, so there is no interest list.',
    );
  }
  /** Also for a question the caller may not see (someone else's, another organisation's). */
  static questionNotFound(id: string) {
    return new DemandException(DemandErrorCode.QUESTION_NOT_FOUND, 'not_found', `Question ${id} does not exist.`);
  }
}
