import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { signingKey } from '../signing-key.js';
import { AppConfig, type AuthUser } from '#libs/common';
import { IdentityException } from '../identity.exception.js';
import { AccessTokenVerifier } from './access-token-verifier.js';

/** Set before the modules load (required in production, kept in DATA_DIR in development). */
function configuredSecret(secret: string | undefined): string {
  if (secret === undefined) throw new Error('JWT_SECRET is not set');
  return secret;
}

/** Pinned algorithm, issuer and audience; the caller is re-read from the database. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly verifier: AccessTokenVerifier,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, so the library does not re-derive (and fail to parse) the key on every request.
      secretOrKey: signingKey(configuredSecret(config.JWT_SECRET)) as unknown as string,
      algorithms: ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(payload: { sub?: unknown; sid?: unknown; exp?: unknown }): Promise<AuthUser> {
    const caller = await this.verifier.callerFromClaims(payload);
    if (!caller) throw IdentityException.invalidToken();
    return caller;
  }
}
