import { DomainException } from '#libs/common';

export enum IdentityErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  INVALID_TOKEN = 'INVALID_TOKEN',
  MISSING_ROLE = 'MISSING_ROLE',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  INVALID_VERIFICATION = 'INVALID_VERIFICATION',
  ORGANISATION_REQUIRED_FOR_ACTION = 'ORGANISATION_REQUIRED_FOR_ACTION',
  INVALID_MANAGER = 'INVALID_MANAGER',
}

export class IdentityException extends DomainException {
  static invalidCredentials() {
    return new IdentityException(IdentityErrorCode.INVALID_CREDENTIALS, 'unauthenticated', 'E-mail address or password is incorrect.');
  }
  static tooManyAttempts(retryAfterSeconds: number) {
    return new IdentityException(
      IdentityErrorCode.TOO_MANY_ATTEMPTS,
      'too_many_requests',
      `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
      [],
      { 'Retry-After': String(retryAfterSeconds) },
    );
  }
  static emailNotVerified() {
    return new IdentityException(
      IdentityErrorCode.EMAIL_NOT_VERIFIED,
      'forbidden',
      'Confirm your e-mail address first: we sent you a new link.',
    );
  }
  static invalidVerification() {
    return new IdentityException(IdentityErrorCode.INVALID_VERIFICATION, 'validation', 'This link is invalid, expired or already used.', [
      { field: 'token', messages: ['the link is invalid, expired or already used'], codes: ['invalidVerification'] },
    ]);
  }
  static organisationRequiredFor(action: string) {
    return new IdentityException(
      IdentityErrorCode.ORGANISATION_REQUIRED_FOR_ACTION,
      'forbidden',
      `Only members of an organisation can ${action}; ask an administrator to add you to yours.`,
    );
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
