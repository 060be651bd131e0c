import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '#libs/common';
import { ActorContext, Db } from '#libs/database';
import { JobQueue } from '#libs/jobs';
import { Mailer } from '#libs/mail';
import { OrganisationsService } from '#libs/organisations';
import { AuthSessionsRepository } from './auth-sessions.repository.js';
import {
  AuthResultDto,
  LoginDto,
  MeDto,
  PreferencesDto,
  RegisterDto,
  RegistrationAcceptedDto,
  ResendVerificationDto,
  TokenPairDto,
  VerifyEmailDto,
} from './dto/auth.dto.js';
import { EmailVerificationsRepository } from './email-verifications.repository.js';
import { IdentityException } from './identity.exception.js';
import { IDENTITY_MAILS } from './identity-mails.js';
import { NO_PASSWORD, PasswordHasher } from './password-hasher.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { TokenService } from './token.service.js';
import { User } from './user.entity.js';
import type { UserLanguage } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import { ManagerLinksRepository } from './manager-links.repository.js';

export const VERIFICATION_MAIL_JOB = 'identity.verification-mail';
export const ACCOUNT_EXISTS_MAIL_JOB = 'identity.account-exists-mail';

/** The same answer for a new and a taken address, so registration reveals no accounts. */
const REGISTRATION_ACCEPTED: RegistrationAcceptedDto = {
  status: 'verification_sent',
  detail: 'Check your mail: we sent a link to confirm your e-mail address.',
};

@Injectable()
export class AuthService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly users: UsersRepository,
    private readonly managerLinks: ManagerLinksRepository,
    private readonly sessions: AuthSessionsRepository,
    private readonly verifications: EmailVerificationsRepository,
    private readonly organisations: OrganisationsService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly throttle: SignInThrottle,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ verificationId: string }>({
      name: VERIFICATION_MAIL_JOB,
      handler: (d) => this.deliverVerification(d.verificationId),
      retryLimit: 8,
    });
    this.jobs.define<{ userId: string }>({
      name: ACCOUNT_EXISTS_MAIL_JOB,
      handler: (d) => this.deliverAccountExists(d.userId),
      retryLimit: 8,
    });
  }

  /**
   * The organisation follows from the verified address (its domain), never from the request.
   * A taken address gets a notice by mail instead of an error, so the answer reveals nothing.
   * A new account reads its mail in the language the request asked for (Accept-Language).
   */
  async register(dto: RegisterDto, address: string, language: UserLanguage): Promise<RegistrationAcceptedDto> {
    const email = dto.email.toLowerCase();
    const organisation = await this.organisations.findByEmail(email);
    // By domain, which is public: the answer reveals no account.
    if (organisation?.passwordLoginDisabled) throw IdentityException.ssoRequired();
    await this.throttle.begin([['sign-up', address]]);
    // Hash outside the transaction, and also for a taken address, so both take as long.
    const passwordHash = await this.hasher.hash(dto.password);
    await this.db.transaction(async () => {
      const existing = await this.users.findByEmail(email);
      if (existing?.emailVerifiedAt) {
        await this.jobs.enqueue(ACCOUNT_EXISTS_MAIL_JOB, { userId: existing.id });
        return;
      }
      // The password waits on this registration's own link: until someone opens that link with it,
      // the account has none, so a stranger who signed the address up first gains nothing.
      const userId =
        existing?.id ??
        (
          await this.users.insert({
            email,
            name: dto.name,
            passwordHash: NO_PASSWORD,
            organisationId: organisation?.id ?? null,
            roles: [],
            emailVerifiedAt: null,
            language,
          })
        ).id;
      await this.sendVerification(userId, { passwordHash, name: dto.name });
    });
    return REGISTRATION_ACCEPTED;
  }

  async resendVerification(dto: ResendVerificationDto, address: string): Promise<RegistrationAcceptedDto> {
    await this.throttle.begin([['sign-up', address]]);
    await this.db.transaction(async () => {
      const user = await this.users.findByEmail(dto.email);
      const open =
        user && !user.emailVerifiedAt && !user.disabledAt ? await this.verifications.latestOpen(user.id) : null;
      // A new link for the newest registration; earlier links of it stop working.
      if (open) await this.sendVerification(open.userId, open, true);
    });
    return REGISTRATION_ACCEPTED;
  }

  /**
   * A verification link, opened with the password chosen at that registration, proves the
   * address: the account gets that name and password, becomes usable and is signed in.
   */
  async verifyEmail(dto: VerifyEmailDto): Promise<AuthResultDto> {
    const parsed = this.tokens.parseOpaqueToken(dto.token);
    if (!parsed) throw IdentityException.invalidVerification();
    // The password is checked before the transaction (hashing is slow); the row is re-checked under its lock.
    const pending = await this.verifications.findWithPassword(parsed.id);
    if (!pending || !pending.secretHash || !this.tokens.secretMatches(parsed.secret, pending.secretHash))
      throw IdentityException.invalidVerification();
    if (!(await this.hasher.verify(pending.passwordHash, dto.password)))
      throw IdentityException.verificationPasswordMismatch();
    return this.db.transaction(async () => {
      const v = await this.verifications.findForUpdate(parsed.id);
      if (
        !v ||
        v.usedAt ||
        v.expiresAt <= new Date() ||
        !v.secretHash ||
        !this.tokens.secretMatches(parsed.secret, v.secretHash)
      ) {
        throw IdentityException.invalidVerification();
      }
      const user = await this.users.findById(v.userId);
      if (!user || user.disabledAt) throw IdentityException.invalidVerification();
      await this.verifications.markUsed(v.id);
      await this.verifications.expireOthers(user.id, null);
      // The domain may have been registered for an organisation since the account was made.
      const organisationId = user.organisationId ?? (await this.organisations.findByEmail(user.email))?.id ?? null;
      if (await this.passwordsOff(organisationId)) throw IdentityException.ssoRequired();
      await this.users.markVerified(user.id, { organisationId, name: v.name, passwordHash: v.passwordHash });
      return this.startSession(Object.assign(user, { organisationId, name: v.name, emailVerifiedAt: new Date() }));
    });
  }

  async login(dto: LoginDto, address: string): Promise<AuthResultDto> {
    const email = dto.email.trim().toLowerCase();
    // By domain before any password is tried (so nothing to count): that an organisation uses single sign-on is public.
    if ((await this.organisations.findByEmail(email))?.passwordLoginDisabled) throw IdentityException.ssoRequired();
    await this.throttle.begin([
      ['account', email],
      ['address', address],
    ]);
    const user = await this.users.findForLogin(email);
    // Unverified: the password waits on the newest registration's link.
    const open = user && !user.emailVerifiedAt ? await this.verifications.latestOpen(user.id) : null;
    const hash = user?.emailVerifiedAt ? user.passwordHash : open?.passwordHash;
    const ok = hash
      ? await this.hasher.verify(hash, dto.password)
      : await this.hasher.verifyAgainstNothing(dto.password);
    if (!user || !ok || user.disabledAt) throw IdentityException.invalidCredentials();
    await this.throttle.succeeded(email, address);
    // Members by an admin's assignment, with an address outside the organisation's domains.
    if (await this.passwordsOff(user.organisationId)) throw IdentityException.ssoRequired();
    if (!user.emailVerifiedAt) {
      // `open` is there: without it the password could not have matched.
      if (open) await this.db.transaction(() => this.sendVerification(user.id, open, true));
      throw IdentityException.emailNotVerified();
    }
    // The sign-in is the person's own act once the password proved who they are.
    return asUser(user.id, () => this.db.transaction(() => this.startSession(user)));
  }

  /**
   * Rotation: each refresh token works once. Presenting a used one means it leaked, so the
   * whole session (and every access token issued under it) is revoked.
   */
  async refresh(refreshToken: string): Promise<TokenPairDto> {
    const parsed = this.tokens.parseOpaqueToken(refreshToken);
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

  /**
   * The language messages to the person are written in (the web app's language switch sets it)
   * and their work domain; a field left out stays, at least one is given.
   */
  async setPreferences(userId: string, dto: PreferencesDto): Promise<MeDto> {
    if (dto.language === undefined && dto.workDomain === undefined)
      throw IdentityException.invalidPreferences([
        { field: 'language', messages: ['give language or workDomain'] },
        { field: 'workDomain', messages: ['give language or workDomain'] },
      ]);
    return this.db.transaction(async () => {
      if (dto.language !== undefined) await this.users.setLanguage(userId, dto.language);
      if (dto.workDomain !== undefined) await this.users.setWorkDomain(userId, dto.workDomain);
      return this.me(userId);
    });
  }

  /** Mail job: a fresh secret is made at sending time, so no readable secret is ever stored. */
  async deliverVerification(verificationId: string): Promise<void> {
    await this.db.transaction(async () => {
      const v = await this.verifications.findForUpdate(verificationId);
      if (!v || v.usedAt || v.expiresAt <= new Date()) return;
      const user = await this.users.findById(v.userId);
      if (!user || user.emailVerifiedAt) return;
      const { secret, hash } = this.tokens.newRefreshSecret();
      await this.verifications.setSecretHash(v.id, hash);
      const link = `${this.publicUrl()}/verifieren?token=${encodeURIComponent(`${v.id}.${secret}`)}`;
      const mails = IDENTITY_MAILS[user.language];
      await this.mailer.send({
        id: `verification-${v.id}-${Date.now()}`,
        to: `${user.name} <${user.email}>`,
        ...mails.verification({ name: user.name, link, expiresAt: v.expiresAt }),
        contentLanguage: mails.contentLanguage,
      });
    });
  }

  async deliverAccountExists(userId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) return;
    const mails = IDENTITY_MAILS[user.language];
    await this.mailer.send({
      id: `account-exists-${userId}-${Date.now()}`,
      to: `${user.name} <${user.email}>`,
      ...mails.accountExists({ name: user.name, loginUrl: `${this.publicUrl()}/inloggen` }),
      contentLanguage: mails.contentLanguage,
    });
  }

  /**
   * A new link carrying a registration's password and name. A resend replaces the earlier links;
   * a new registration leaves them open, so a stranger's sign-up cannot void the owner's link.
   */
  private async sendVerification(
    userId: string,
    registration: { passwordHash: string; name: string },
    replacesEarlier = false,
  ): Promise<void> {
    const expiresAt = new Date(Date.now() + this.config.EMAIL_VERIFICATION_TTL_HOURS * 3_600_000);
    const id = await this.verifications.create({
      userId,
      expiresAt,
      passwordHash: registration.passwordHash,
      name: registration.name,
    });
    if (replacesEarlier) await this.verifications.expireOthers(userId, id);
    await this.jobs.enqueue(VERIFICATION_MAIL_JOB, { verificationId: id }, { singletonKey: id });
  }

  /** Also the end of a single sign-on (sso/sso.service.ts), which proves the person another way. */
  async startSession(user: User): Promise<AuthResultDto> {
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const session = await this.sessions.createSession(user.id, expiresAt);
    const pair = await this.issuePair(user.id, session.id, expiresAt);
    return Object.assign(pair, { user: await this.toMe(user) });
  }

  /** An organisation that switched passwords off admits its people only through its identity provider. */
  private async passwordsOff(organisationId: string | null): Promise<boolean> {
    return !!organisationId && (await this.organisations.require(organisationId)).passwordLoginDisabled;
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
    const organisation = user.organisationId ? await this.organisations.get(user.organisationId) : null;
    const isManager = await this.managerLinks.isManagerOfAnyone(user.id);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      organisation,
      isManager,
      language: user.language,
      workDomain: user.workDomain,
    };
  }

  private publicUrl(): string {
    return this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`;
  }
}

/** Runs `fn` as the given user in the audit trail (keeping the request's address and id). */
function asUser<T>(userId: string, fn: () => T): T {
  return ActorContext.run({ ...(ActorContext.current() ?? { type: 'anonymous' }), type: 'user', id: userId }, fn);
}
