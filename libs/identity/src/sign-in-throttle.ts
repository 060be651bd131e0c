import { Injectable } from '@nestjs/common';
import { AuthThrottlesRepository, type ThrottlePolicy } from './auth-throttles.repository.js';
import { IdentityException } from './identity.exception.js';

/**
 * OWASP's advice for online guessing: a pause that doubles per failure, per account (one
 * account guessed at) and per client address (one password tried over many accounts). The
 * address allows more failures, since a whole ministry may sign in from one address; the
 * pauses start at one or two seconds, so a person who mistyped hardly notices.
 */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  threshold: 5,
  windowSeconds: 15 * 60,
  baseSeconds: 2,
  maxSeconds: 15 * 60,
};
export const ADDRESS_POLICY: ThrottlePolicy = {
  threshold: 10,
  windowSeconds: 15 * 60,
  baseSeconds: 1,
  maxSeconds: 5 * 60,
};
/** Registrations and verification mails per address: enough for a team at one desk, not for a mail bomb. */
export const SIGN_UP_POLICY: ThrottlePolicy = {
  threshold: 20,
  windowSeconds: 60 * 60,
  baseSeconds: 30,
  maxSeconds: 60 * 60,
};

export type ThrottleScope = 'account' | 'address' | 'sign-up';

const POLICIES: Record<ThrottleScope, ThrottlePolicy> = {
  account: ACCOUNT_POLICY,
  address: ADDRESS_POLICY,
  'sign-up': SIGN_UP_POLICY,
};

/** Shared by every replica: the counts live in PostgreSQL, not in process memory. */
@Injectable()
export class SignInThrottle {
  constructor(private readonly repo: AuthThrottlesRepository) {}

  /**
   * Counts the attempts up front for every key, and refuses (429) when any key is paused. The
   * answer is the same whether or not the account exists: the key is the address typed.
   */
  async begin(keys: [ThrottleScope, string][]): Promise<void> {
    let retryAfter = 0;
    for (const [scope, value] of keys) {
      const attempt = await this.repo.beginAttempt(key(scope, value), POLICIES[scope]);
      if (attempt.blocked) retryAfter = Math.max(retryAfter, attempt.retryAfterSeconds);
    }
    if (retryAfter > 0) throw IdentityException.tooManyAttempts(retryAfter);
  }

  /** After a success: the account starts afresh, the address takes back this one attempt. */
  async succeeded(email: string, address: string): Promise<void> {
    await this.repo.forget(key('account', email));
    await this.repo.undoAttempt(key('address', address), ADDRESS_POLICY);
  }
}

function key(scope: ThrottleScope, value: string): string {
  return `${scope}:${value.toLowerCase()}`.slice(0, 300);
}
