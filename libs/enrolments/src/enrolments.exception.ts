import { DomainException } from '#libs/common';
import type { FieldError } from '#libs/common';

export enum EnrolmentErrorCode {
  NOT_FOUND = 'ENROLMENT_NOT_FOUND',
  SESSION_NOT_FOUND = 'SESSION_NOT_FOUND',
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  ENROLMENT_CLOSED = 'ENROLMENT_CLOSED',
  SESSION_CANCELLED = 'SESSION_CANCELLED',
  TEACHER_CANNOT_ENROL = 'TEACHER_CANNOT_ENROL',
  ILLEGAL_TRANSITION = 'ILLEGAL_ENROLMENT_TRANSITION',
  CANCELLATION_DEADLINE_PASSED = 'CANCELLATION_DEADLINE_PASSED',
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  APPROVAL_EXPIRED = 'APPROVAL_EXPIRED',
  MANAGER_REQUIRED = 'MANAGER_REQUIRED',
  NOT_ALLOWED = 'ENROLMENT_NOT_ALLOWED',
  ATTENDANCE_WINDOW_CLOSED = 'ATTENDANCE_WINDOW_CLOSED',
  CALENDAR_FEED_NOT_FOUND = 'CALENDAR_FEED_NOT_FOUND',
  BOOK_AS_PACKAGE = 'BOOK_AS_PACKAGE',
}

export class EnrolmentException extends DomainException {
  static notFound(id: string) {
    return new EnrolmentException(EnrolmentErrorCode.NOT_FOUND, 'not_found', `Enrolment ${id} does not exist.`);
  }
  static sessionNotFound(id: string) {
    return new EnrolmentException(EnrolmentErrorCode.SESSION_NOT_FOUND, 'not_found', `Session ${id} does not exist.`);
  }
  static bookAsPackage(sessionId: string) {
    return new EnrolmentException(
      EnrolmentErrorCode.BOOK_AS_PACKAGE,
      'conflict',
      `Session ${sessionId} is a cohort of a programme: enrol with POST /api/cohorts/${sessionId}/enrolments.`,
    );
  }
  static alreadyEnrolled() {
    return new EnrolmentException(
      EnrolmentErrorCode.ALREADY_ENROLLED,
      'conflict',
      'You are already enrolled in (or waiting for) this session.',
    );
  }
  static closed() {
    return new EnrolmentException(
      EnrolmentErrorCode.ENROLMENT_CLOSED,
      'conflict',
      'Enrolment for this session has closed.',
    );
  }
  static sessionCancelled() {
    return new EnrolmentException(EnrolmentErrorCode.SESSION_CANCELLED, 'conflict', 'This session has been cancelled.');
  }
  static teacherCannotEnrol() {
    return new EnrolmentException(
      EnrolmentErrorCode.TEACHER_CANNOT_ENROL,
      'conflict',
      'Teachers of a course do not take a seat in it.',
    );
  }
  static illegal(from: string, to: string) {
    return new EnrolmentException(
      EnrolmentErrorCode.ILLEGAL_TRANSITION,
      'conflict',
      `An enrolment that is ${from} cannot become ${to}.`,
    );
  }
  static deadlinePassed() {
    return new EnrolmentException(
      EnrolmentErrorCode.CANCELLATION_DEADLINE_PASSED,
      'conflict',
      'The cancellation deadline has passed. Ask the teacher of the course to cancel for you.',
    );
  }
  static offerExpired() {
    return new EnrolmentException(EnrolmentErrorCode.OFFER_EXPIRED, 'conflict', 'This offer has expired.');
  }
  static approvalExpired() {
    return new EnrolmentException(
      EnrolmentErrorCode.APPROVAL_EXPIRED,
      'conflict',
      'The time to approve this enrolment has passed.',
    );
  }
  static managerRequired(message = 'This course requires approval: name your manager.', field = 'managerId') {
    const errors: FieldError[] = [{ field, messages: [message] }];
    return new EnrolmentException(EnrolmentErrorCode.MANAGER_REQUIRED, 'validation', message, errors);
  }
  static notAllowed(message: string) {
    return new EnrolmentException(EnrolmentErrorCode.NOT_ALLOWED, 'forbidden', message);
  }
  static attendanceWindowClosed() {
    return new EnrolmentException(
      EnrolmentErrorCode.ATTENDANCE_WINDOW_CLOSED,
      'conflict',
      'Attendance can be recorded from 15 minutes before the start until 14 days after the session.',
    );
  }
  static calendarFeedNotFound() {
    return new EnrolmentException(
      EnrolmentErrorCode.CALENDAR_FEED_NOT_FOUND,
      'not_found',
      'This calendar feed does not exist (any more).',
    );
  }
}
