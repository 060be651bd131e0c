import { Injectable } from '@nestjs/common';
import { AppConfig } from '#libs/common';
import { Db } from '#libs/database';
import { OrganisationsService } from '#libs/organisations';
import { AuthSessionsRepository } from './auth-sessions.repository.js';
import { AuthResultDto, LoginDto, MeDto, RegisterDto, TokenPairDto } from './dto/auth.dto.js';
import { IdentityException } from './identity.exception.js';
import { PasswordHasher } from './password-hasher.js';
import { TokenService } from './token.service.js';
import { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

@Injectable()
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly users: UsersRepository,
    private readonly sessions: AuthSessionsRepository,
    private readonly organisations: OrganisationsService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  async register(dto: RegisterDto): Promise<AuthResultDto> {
    const email = dto.email.toLowerCase();
    const organisation = dto.organisationId
      ? await this.organisations.require(dto.organisationId)
      : await this.organisations.findByEmail(email);
    if (!organisation) throw IdentityException.organisationRequired();
    // Hash outside the transaction: it is slow on purpose and needs no lock.
    const passwordHash = await this.hasher.hash(dto.password);
    return this.db.transaction(async () => {
      if (await this.users.existsByEmail(email)) throw IdentityException.emailTaken();
      const user = await this.users.insert({ email, name: dto.name, passwordHash, organisationId: organisation.id, roles: [] });
      return this.startSession(user);
    });
  }

  async login(dto: LoginDto): Promise<AuthResultDto> {
    const user = await this.users.findForLogin(dto.email.trim());
    const ok = user ? await this.hasher.verify(user.passwordHash, dto.password) : await this.hasher.verifyAgainstNothing(dto.password);
    if (!user || !ok || user.disabledAt) throw IdentityException.invalidCredentials();
    return this.db.transaction(() => this.startSession(user));
  }

  /**
   * Rotation: each refresh token works once. Presenting a used one means it leaked, so the
   * whole session (and every access token issued under it) is revoked.
   */
  async refresh(refreshToken: string): Promise<TokenPairDto> {
    const parsed = this.tokens.parseRefreshToken(refreshToken);
    if (!parsed) throw IdentityException.invalidRefreshToken();
    const result = await this.db.transaction(async () => {
      const token = await this.sessions.findTokenForUpdate(parsed.id);
      if (!token || !this.tokens.secretMatches(parsed.secret, token.tokenHash)) return null;
      const session = token.session;
      if (session.revokedAt || session.expiresAt <= new Date() || token.expiresAt <= new Date()) return null;
      if (token.usedAt) {
        await this.sessions.revokeSession(session.id, 'refresh_token_reuse');
        return null;
      }
      const user = await this.users.findById(session.userId);
      if (!user || user.disabledAt) return null;
      await this.sessions.markTokenUsed(token.id);
      return this.issuePair(user.id, session.id, session.expiresAt);
    });
    if (!result) throw IdentityException.invalidRefreshToken();
    return result;
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.revokeSession(sessionId, 'logout');
  }

  async me(userId: string): Promise<MeDto> {
    const user = await this.users.findById(userId);
    if (!user) throw IdentityException.userNotFound(userId);
    return this.toMe(user);
  }

  private async startSession(user: User): Promise<AuthResultDto> {
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const session = await this.sessions.createSession(user.id, expiresAt);
    const pair = await this.issuePair(user.id, session.id, expiresAt);
    return { ...pair, user: await this.toMe(user) };
  }

  private async issuePair(userId: string, sessionId: string, expiresAt: Date): Promise<TokenPairDto> {
    const { secret, hash } = this.tokens.newRefreshSecret();
    const row = await this.sessions.insertToken(sessionId, hash, expiresAt);
    return {
      accessToken: this.tokens.signAccessToken(userId, sessionId),
      refreshToken: `${row.id}.${secret}`,
      tokenType: 'Bearer',
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
    };
  }

  private async toMe(user: User): Promise<MeDto> {
    const organisation = await this.organisations.get(user.organisationId);
    return { id: user.id, email: user.email, name: user.name, roles: user.roles, organisation };
  }
}
