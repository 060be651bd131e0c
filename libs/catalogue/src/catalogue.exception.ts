import { DomainException, type FieldError } from '#libs/common';

export enum CatalogueErrorCode {
  COURSE_NOT_FOUND = 'COURSE_NOT_FOUND',
  SESSION_NOT_FOUND = 'SESSION_NOT_FOUND',
  TEACHER_NOT_FOUND = 'TEACHER_NOT_FOUND',
  TEACHER_PROFILE_REQUIRED = 'TEACHER_PROFILE_REQUIRED',
  NOT_COURSE_EDITOR = 'NOT_COURSE_EDITOR',
  ILLEGAL_COURSE_TRANSITION = 'ILLEGAL_COURSE_TRANSITION',
  SESSION_NOT_EDITABLE = 'SESSION_NOT_EDITABLE',
  INVALID_SESSION = 'INVALID_SESSION',
  CAPACITY_BELOW_TAKEN = 'CAPACITY_BELOW_TAKEN',
}

export class CatalogueException extends DomainException {
  static courseNotFound(id: string) {
    return new CatalogueException(CatalogueErrorCode.COURSE_NOT_FOUND, 'not_found', `Course ${id} does not exist.`);
  }
  static sessionNotFound(id: string) {
    return new CatalogueException(CatalogueErrorCode.SESSION_NOT_FOUND, 'not_found', `Session ${id} does not exist.`);
  }
  static teacherNotFound(id: string) {
    return new CatalogueException(CatalogueErrorCode.TEACHER_NOT_FOUND, 'not_found', `Teacher ${id} does not exist.`);
  }
  static teachersNotFound(ids: string[]) {
    const errors: FieldError[] = [{ field: 'teacherIds', messages: [`unknown teacher profiles: ${ids.join(', ')}`] }];
    return new CatalogueException(
      CatalogueErrorCode.TEACHER_NOT_FOUND,
      'validation',
      'Some teachers do not exist.',
      errors,
    );
  }
  static teacherProfileRequired() {
    return new CatalogueException(
      CatalogueErrorCode.TEACHER_PROFILE_REQUIRED,
      'forbidden',
      'Create your teacher profile before you offer a course.',
    );
  }
  static notEditor() {
    return new CatalogueException(
      CatalogueErrorCode.NOT_COURSE_EDITOR,
      'forbidden',
      "Only the course's teachers, L&D of its organisation and administrators may change it.",
    );
  }
  static illegalTransition(from: string, to: string) {
    return new CatalogueException(
      CatalogueErrorCode.ILLEGAL_COURSE_TRANSITION,
      'conflict',
      `A ${from} course cannot become ${to}.`,
    );
  }
  static sessionNotEditable(reason: string) {
    return new CatalogueException(CatalogueErrorCode.SESSION_NOT_EDITABLE, 'conflict', reason);
  }
  static invalidSession(errors: FieldError[]) {
    return new CatalogueException(
      CatalogueErrorCode.INVALID_SESSION,
      'validation',
      errors.map((e) => e.messages.join('; ')).join(' '),
      errors,
    );
  }
  static capacityBelowTaken(taken: number) {
    return new CatalogueException(
      CatalogueErrorCode.CAPACITY_BELOW_TAKEN,
      'conflict',
      `Capacity cannot go below the ${taken} seats already taken.`,
    );
  }
}
