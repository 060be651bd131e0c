import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';

/**
 * Hashes at once: one fewer than the cores, so a burst of log-ins (argon2 is slow and
 * memory-hard on purpose) always leaves a core for every other request.
 */
export const HASHING_CONCURRENCY = Math.max(1, availableParallelism() - 1);

/** Stored for accounts that sign in only through their organisation's identity provider: matches no password. */
export const NO_PASSWORD = '!';

/** argon2id with the library's defaults (OWASP-level memory cost). */
@Injectable()
export class PasswordHasher {
  private readonly limit = pLimit(HASHING_CONCURRENCY);
  // Verifying against this when the account does not exist keeps log-in timing uniform.
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return this.limit(() => argon2.hash(password, { type: argon2.argon2id }));
  }

  verify(hash: string, password: string): Promise<boolean> {
    // Takes as long as a real check, so timing does not tell which accounts have no password.
    if (!hash.startsWith('$argon2')) return this.verifyAgainstNothing(password);
    return this.limit(() => argon2.verify(hash, password)).catch(() => false);
  }

  async verifyAgainstNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('not-a-real-password-but-long-enough');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
