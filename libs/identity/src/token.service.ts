import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '#libs/common';

export interface AccessTokenPayload {
  sub: string;
  sid: string;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  signAccessToken(userId: string, sessionId: string): string {
    return this.jwt.sign(
      { sid: sessionId },
      {
        subject: userId,
        algorithm: 'HS256',
        issuer: this.config.JWT_ISSUER,
        audience: this.config.JWT_AUDIENCE,
        expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      },
    );
  }

  /** An opaque refresh token `<id>.<secret>`; only the secret's hash is stored. */
  newRefreshSecret(): { secret: string; hash: string } {
    const secret = randomBytes(32).toString('base64url');
    return { secret, hash: sha256(secret) };
  }

  /** `<uuid>.<secret>`: refresh tokens and e-mail verification links. */
  parseOpaqueToken(token: string): { id: string; secret: string } | null {
    const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
    return match ? { id: match[1], secret: match[2] } : null;
  }

  secretMatches(secret: string, hash: string): boolean {
    const a = Buffer.from(sha256(secret), 'hex');
    const b = Buffer.from(hash, 'hex');
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
