import { DomainException } from '#libs/common';

export enum InCompanyErrorCode {
  NOT_FOUND = 'INCOMPANY_REQUEST_NOT_FOUND',
  INVITATION_NOT_FOUND = 'INCOMPANY_INVITATION_NOT_FOUND',
  ILLEGAL_TRANSITION = 'ILLEGAL_INCOMPANY_TRANSITION',
  NOT_ALLOWED = 'INCOMPANY_NOT_ALLOWED',
  TRAINER_NOT_FOUND = 'TRAINER_NOT_FOUND',
  INVALID_COURSE = 'INCOMPANY_INVALID_COURSE',
}

export class InCompanyException extends DomainException {
  static notFound(id: string) {
    return new InCompanyException(
      InCompanyErrorCode.NOT_FOUND,
      'not_found',
      `In-company request ${id} does not exist.`,
    );
  }
  static invitationNotFound(id: string) {
    return new InCompanyException(
      InCompanyErrorCode.INVITATION_NOT_FOUND,
      'not_found',
      `Invitation ${id} does not exist.`,
    );
  }
  static illegal(from: string, action: string) {
    return new InCompanyException(
      InCompanyErrorCode.ILLEGAL_TRANSITION,
      'conflict',
      `A request that is ${from} cannot be ${action}.`,
    );
  }
  static notAllowed(message: string) {
    return new InCompanyException(InCompanyErrorCode.NOT_ALLOWED, 'forbidden', message);
  }
  static trainersNotFound(ids: string[]) {
    return new InCompanyException(InCompanyErrorCode.TRAINER_NOT_FOUND, 'validation', 'Some trainers do not exist.', [
      { field: 'teacherIds', messages: [`unknown teacher profiles: ${ids.join(', ')}`] },
    ]);
  }
}
