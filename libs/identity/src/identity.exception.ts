import { DomainException, type FieldError } from '#libs/common';

export enum IdentityErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  ORGANISATION_REQUIRED = 'ORGANISATION_REQUIRED',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  INVALID_TOKEN = 'INVALID_TOKEN',
  MISSING_ROLE = 'MISSING_ROLE',
}

export class IdentityException extends DomainException {
  static invalidCredentials() {
    return new IdentityException(IdentityErrorCode.INVALID_CREDENTIALS, 'unauthenticated', 'E-mail address or password is incorrect.');
  }
  static emailTaken() {
    const errors: FieldError[] = [{ field: 'email', messages: ['an account with this e-mail address already exists'] }];
    return new IdentityException(IdentityErrorCode.EMAIL_TAKEN, 'conflict', 'An account with this e-mail address already exists.', errors);
  }
  static organisationRequired() {
    const errors: FieldError[] = [
      { field: 'organisationId', messages: ['choose your organisation: the e-mail domain is not known'] },
    ];
    return new IdentityException(IdentityErrorCode.ORGANISATION_REQUIRED, 'validation', 'Choose your organisation; the e-mail domain is not known.', errors);
  }
  static invalidRefreshToken() {
    return new IdentityException(IdentityErrorCode.INVALID_REFRESH_TOKEN, 'unauthenticated', 'The refresh token is invalid, expired or already used.');
  }
  static invalidToken() {
    return new IdentityException(IdentityErrorCode.INVALID_TOKEN, 'unauthenticated', 'A valid access token is required.');
  }
  static userNotFound(id: string) {
    return new IdentityException(IdentityErrorCode.USER_NOT_FOUND, 'not_found', `User ${id} does not exist.`);
  }
  static missingRole() {
    return new IdentityException(IdentityErrorCode.MISSING_ROLE, 'forbidden', 'You do not have the role this action needs.');
  }
}
