import { DomainException } from '#libs/common';
import type { FieldError } from '#libs/common';

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
  SSO_REQUIRED = 'SSO_REQUIRED',
  INVALID_SSO_CODE = 'INVALID_SSO_CODE',
  IDENTITY_PROVIDER_NOT_FOUND = 'IDENTITY_PROVIDER_NOT_FOUND',
  SSO_DOMAIN_NOT_OF_ORGANISATION = 'SSO_DOMAIN_NOT_OF_ORGANISATION',
  SSO_CLIENT_SECRET_REQUIRED = 'SSO_CLIENT_SECRET_REQUIRED',
  SSO_ISSUER_NOT_HTTPS = 'SSO_ISSUER_NOT_HTTPS',
  PASSWORDS_OFF_NEEDS_SSO = 'PASSWORDS_OFF_NEEDS_SSO',
}

export class IdentityException extends DomainException {
  static invalidCredentials() {
    return new IdentityException(
      IdentityErrorCode.INVALID_CREDENTIALS,
      'unauthenticated',
      'E-mail address or password is incorrect.',
    );
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
  static verificationPasswordMismatch() {
    return new IdentityException(
      IdentityErrorCode.INVALID_VERIFICATION,
      'validation',
      'This is not the password chosen when this link was requested.',
      [
        {
          field: 'password',
          messages: ['not the password chosen when this link was requested'],
          codes: ['verificationPassword'],
        },
      ],
    );
  }
  static invalidVerification() {
    return new IdentityException(
      IdentityErrorCode.INVALID_VERIFICATION,
      'validation',
      'This link is invalid, expired or already used.',
      [{ field: 'token', messages: ['the link is invalid, expired or already used'], codes: ['invalidVerification'] }],
    );
  }
  /** PUT /me/preferences with nothing to set. */
  static invalidPreferences(errors: FieldError[]) {
    return new IdentityException('VALIDATION_FAILED', 'validation', 'Give language or workDomain.', errors);
  }
  /** A manager named by a learner or set by L&D who cannot be trusted with approvals. */
  static invalidManager(field: string, message: string) {
    return new IdentityException(IdentityErrorCode.INVALID_MANAGER, 'validation', message, [
      { field, messages: [message], codes: ['trustedManager'] },
    ]);
  }
  static notYourOrganisation() {
    return new IdentityException(
      IdentityErrorCode.USER_NOT_FOUND,
      'not_found',
      'There is no such person in your organisation.',
    );
  }
  static organisationRequiredFor(action: string) {
    return new IdentityException(
      IdentityErrorCode.ORGANISATION_REQUIRED_FOR_ACTION,
      'forbidden',
      `Only members of an organisation can ${action}; ask an administrator to add you to yours.`,
    );
  }
  /** Password log-in and sign-up are off for this organisation: the answer points to its single sign-on. */
  static ssoRequired() {
    return new IdentityException(
      IdentityErrorCode.SSO_REQUIRED,
      'forbidden',
      'Your organisation signs you in with its own account: use "Sign in with your own organisation" (GET /api/auth/sso/start?email=…).',
    );
  }
  static invalidSsoCode() {
    return new IdentityException(
      IdentityErrorCode.INVALID_SSO_CODE,
      'validation',
      'This sign-in code is invalid, expired or already used: sign in again.',
      [{ field: 'code', messages: ['the code is invalid, expired or already used'], codes: ['invalidSsoCode'] }],
    );
  }
  static identityProviderNotFound(organisationId: string) {
    return new IdentityException(
      IdentityErrorCode.IDENTITY_PROVIDER_NOT_FOUND,
      'not_found',
      `Organisation ${organisationId} has no identity provider.`,
    );
  }
  static ssoDomainNotOfOrganisation(domain: string) {
    return new IdentityException(
      IdentityErrorCode.SSO_DOMAIN_NOT_OF_ORGANISATION,
      'validation',
      `"${domain}" is not an e-mail domain of this organisation: a provider can only vouch for its own organisation's domains.`,
      [
        {
          field: 'emailDomains',
          messages: [`${domain} is not an e-mail domain of this organisation`],
          codes: ['ssoDomainNotOfOrganisation'],
        },
      ],
    );
  }
  static ssoClientSecretRequired() {
    return new IdentityException(
      IdentityErrorCode.SSO_CLIENT_SECRET_REQUIRED,
      'validation',
      'A new identity provider needs its client secret.',
      [
        {
          field: 'clientSecret',
          messages: ['clientSecret is required for a new identity provider'],
          codes: ['isDefined'],
        },
      ],
    );
  }
  static ssoIssuerNotHttps() {
    return new IdentityException(
      IdentityErrorCode.SSO_ISSUER_NOT_HTTPS,
      'validation',
      'The issuer must be an https address.',
      [{ field: 'issuer', messages: ['issuer must be an https URL'], codes: ['isUrl'] }],
    );
  }
  static passwordsOffNeedsSso() {
    return new IdentityException(
      IdentityErrorCode.PASSWORDS_OFF_NEEDS_SSO,
      'validation',
      'Passwords can only be switched off while single sign-on is enabled, or nobody of the organisation could sign in.',
      [
        {
          field: 'passwordLoginDisabled',
          messages: ['passwords can only be switched off while single sign-on is enabled'],
          codes: ['passwordsOffNeedsSso'],
        },
      ],
    );
  }
  static invalidRefreshToken() {
    return new IdentityException(
      IdentityErrorCode.INVALID_REFRESH_TOKEN,
      'unauthenticated',
      'The refresh token is invalid, expired or already used.',
    );
  }
  static invalidToken() {
    return new IdentityException(
      IdentityErrorCode.INVALID_TOKEN,
      'unauthenticated',
      'A valid access token is required.',
    );
  }
  static userNotFound(id: string) {
    return new IdentityException(IdentityErrorCode.USER_NOT_FOUND, 'not_found', `User ${id} does not exist.`);
  }
  static missingRole() {
    return new IdentityException(
      IdentityErrorCode.MISSING_ROLE,
      'forbidden',
      'You do not have the role this action needs.',
    );
  }
}
