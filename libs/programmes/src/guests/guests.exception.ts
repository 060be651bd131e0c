import { DomainException } from '#libs/common';

export enum GuestErrorCode {
  NOT_FOUND = 'GUEST_NOT_FOUND',
  PART_NOT_FOUND = 'COHORT_PART_NOT_FOUND',
  NOT_ALLOWED_ON_PART = 'GUESTS_NOT_ALLOWED',
  PART_PAST = 'GUEST_PART_PAST',
  CAPACITY_FULL = 'GUEST_CAPACITY_FULL',
  LIMIT_REACHED = 'GUEST_LIMIT_REACHED',
  ALREADY_INVITED = 'GUEST_ALREADY_INVITED',
  NOT_ALLOWED = 'GUEST_NOT_ALLOWED',
}

/** Problems with guests of a cohort part ("gast aan tafel"), as problem+json with a stable code. */
export class GuestException extends DomainException {
  static notFound(id: string) {
    return new GuestException(GuestErrorCode.NOT_FOUND, 'not_found', `Guest ${id} does not exist.`);
  }
  static partNotFound(cohortPartId: string) {
    return new GuestException(
      GuestErrorCode.PART_NOT_FOUND,
      'not_found',
      `Cohort part ${cohortPartId} is not a part of this cohort.`,
    );
  }
  static notAllowedOnPart() {
    return new GuestException(GuestErrorCode.NOT_ALLOWED_ON_PART, 'conflict', 'This part does not allow guests.');
  }
  static past() {
    return new GuestException(GuestErrorCode.PART_PAST, 'conflict', 'This part has already started.');
  }
  static full(capacity: number) {
    return new GuestException(
      GuestErrorCode.CAPACITY_FULL,
      'conflict',
      `All ${capacity} guest places of this part are taken.`,
    );
  }
  static limitReached(limit: number) {
    return new GuestException(
      GuestErrorCode.LIMIT_REACHED,
      'conflict',
      `Each participant may invite at most ${limit} guests to a part.`,
    );
  }
  static alreadyInvited() {
    return new GuestException(
      GuestErrorCode.ALREADY_INVITED,
      'conflict',
      'Someone with this e-mail address is already invited to this part.',
    );
  }
  static notAllowed(message: string) {
    return new GuestException(GuestErrorCode.NOT_ALLOWED, 'forbidden', message);
  }
}
