import { DomainException } from '#libs/common';

export enum AlumniErrorCode {
  NOT_FOUND = 'ALUMNUS_NOT_FOUND',
  COURSE_NOT_FOUND = 'ALUMNI_COURSE_NOT_FOUND',
  RATE_LIMITED = 'ALUMNI_MESSAGES_RATE_LIMITED',
}

export class AlumniException extends DomainException {
  /** Also for someone who did not opt in, or yourself: whether a person exists is not probeable. */
  static notFound(userId: string) {
    return new AlumniException(AlumniErrorCode.NOT_FOUND, 'not_found', `There is no findable alumnus ${userId}.`);
  }
  static courseNotFound(id: string) {
    return new AlumniException(AlumniErrorCode.COURSE_NOT_FOUND, 'not_found', `Course ${id} does not exist.`);
  }
  static rateLimited(limit: number, retryAfterSeconds: number) {
    return new AlumniException(
      AlumniErrorCode.RATE_LIMITED,
      'too_many_requests',
      `You can send at most ${limit} messages to alumni in 24 hours; try again later.`,
      [],
      { 'Retry-After': String(Math.max(1, retryAfterSeconds)) },
    );
  }
}
