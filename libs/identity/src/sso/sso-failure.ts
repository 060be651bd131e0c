/**
 * Why a single sign-on did not finish. The browser is mid-redirect, so these are not problem+json
 * answers: the web app's /sso/klaar page explains each code (apps/web/src/pages/SsoPages.tsx).
 */
export const SSO_FAILURES = [
  'SSO_NOT_CONFIGURED',
  'SSO_ISSUER_MISMATCH',
  'SSO_PROVIDER_UNAVAILABLE',
  'SSO_INVALID_STATE',
  'SSO_CANCELLED',
  'SSO_PROVIDER_ERROR',
  'SSO_INVALID_TOKEN',
  'SSO_EMAIL_MISSING',
  'SSO_EMAIL_UNVERIFIED',
  'SSO_DOMAIN_NOT_ALLOWED',
  'SSO_ACCOUNT_DISABLED',
  'SSO_FAILED',
] as const;
export type SsoFailureCode = (typeof SSO_FAILURES)[number];

export class SsoFailure extends Error {
  constructor(
    readonly code: SsoFailureCode,
    message: string,
    readonly reason?: unknown,
  ) {
    super(message);
    this.name = 'SsoFailure';
  }
}
