import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { signingKey } from '../signing-key.js';
import { AppConfig, type AuthUser } from '#libs/common';
import { IdentityException } from '../identity.exception.js';
import { UsersRepository } from '../users.repository.js';

interface JwtPayload {
  sub?: unknown;
  sid?: unknown;
}

/** Pinned algorithm, issuer and audience; the caller is re-read from the database. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly users: UsersRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, so the library does not re-derive (and fail to parse) the key on every request.
      secretOrKey: signingKey(config.JWT_SECRET!) as unknown as string,
      algorithms: ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(payload: JwtPayload): Promise<AuthUser> {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || !uuid.test(payload.sub) || !uuid.test(payload.sid)) {
      throw IdentityException.invalidToken();
    }
    const caller = await this.users.findCaller(payload.sub, payload.sid);
    if (!caller) throw IdentityException.invalidToken();
    return { ...caller, sessionId: payload.sid };
  }
}
