import { DomainException } from '#libs/common';

export enum EvaluationErrorCode {
  ENROLMENT_NOT_FOUND = 'EVALUATION_ENROLMENT_NOT_FOUND',
  NOT_FOUND = 'EVALUATION_NOT_FOUND',
  NOT_ATTENDED = 'EVALUATION_NOT_ATTENDED',
  CLOSED = 'EVALUATION_CLOSED',
  SESSION_NOT_FOUND = 'EVALUATION_SESSION_NOT_FOUND',
  COURSE_NOT_FOUND = 'EVALUATION_COURSE_NOT_FOUND',
}

export class EvaluationException extends DomainException {
  /** Also for someone else's enrolment: whether it exists is not the caller's business. */
  static enrolmentNotFound(id: string) {
    return new EvaluationException(
      EvaluationErrorCode.ENROLMENT_NOT_FOUND,
      'not_found',
      `You have no enrolment ${id}.`,
    );
  }
  static notFound(id: string) {
    return new EvaluationException(
      EvaluationErrorCode.NOT_FOUND,
      'not_found',
      `Enrolment ${id} has no evaluation yet.`,
    );
  }
  static notAttended() {
    return new EvaluationException(
      EvaluationErrorCode.NOT_ATTENDED,
      'conflict',
      'Only a session you attended can be evaluated (attendance is marked by the teacher).',
    );
  }
  static closed(until: Date) {
    return new EvaluationException(
      EvaluationErrorCode.CLOSED,
      'conflict',
      `Evaluations of this session could be given or changed until ${until.toISOString()}.`,
    );
  }
  static sessionNotFound(id: string) {
    return new EvaluationException(EvaluationErrorCode.SESSION_NOT_FOUND, 'not_found', `Session ${id} does not exist.`);
  }
  static courseNotFound(id: string) {
    return new EvaluationException(EvaluationErrorCode.COURSE_NOT_FOUND, 'not_found', `Course ${id} does not exist.`);
  }
}
