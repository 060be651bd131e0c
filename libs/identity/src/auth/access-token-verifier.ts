import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthUser } from '#libs/common';
import { UsersRepository } from '../users.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AccessTokenClaims {
  sub?: unknown;
  sid?: unknown;
  exp?: unknown;
}

/**
 * Who an access token speaks for: signature, algorithm, issuer and audience are checked by the
 * JWT library; here a token must also expire (a token without `exp` would be valid forever) and
 * name a live session of an enabled user, re-read from the database on every request.
 */
@Injectable()
export class AccessTokenVerifier {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
  ) {}

  async callerFromClaims(claims: AccessTokenClaims): Promise<AuthUser | null> {
    if (
      typeof claims.sub !== 'string' ||
      typeof claims.sid !== 'string' ||
      !UUID.test(claims.sub) ||
      !UUID.test(claims.sid)
    )
      return null;
    if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) return null;
    const caller = await this.users.findCaller(claims.sub, claims.sid);
    return caller ? { ...caller, sessionId: claims.sid } : null;
  }

  /** For checks that must run before the body is read (large uploads). */
  async callerFromAuthorization(header: string | undefined): Promise<AuthUser | null> {
    const match = /^Bearer ([A-Za-z0-9_.-]{1,4096})$/.exec(header ?? '');
    if (!match) return null;
    try {
      return await this.callerFromClaims(await this.jwt.verifyAsync<AccessTokenClaims & object>(match[1]));
    } catch {
      return null;
    }
  }
}
