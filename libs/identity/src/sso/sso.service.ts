import { Injectable, Logger } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import { AppConfig } from '#libs/common';
import { Db } from '#libs/database';
import { OrganisationsService } from '#libs/organisations';
import { AuthService } from '../auth.service.js';
import type { AuthResultDto } from '../dto/auth.dto.js';
import type { OrganisationSsoDto, SsoStartQueryDto } from '../dto/sso.dto.js';
import { EmailVerificationsRepository } from '../email-verifications.repository.js';
import { IdentityException } from '../identity.exception.js';
import { NO_PASSWORD } from '../password-hasher.js';
import { TokenService } from '../token.service.js';
import type { User } from '../user.entity.js';
import { UsersRepository } from '../users.repository.js';
import { IdentityProvidersRepository } from './identity-providers.repository.js';
import { OidcClient, type ProviderEndpoint } from './oidc-client.js';
import { SecretBox } from './secret-box.js';
import { SsoFailure } from './sso-failure.js';
import type { IdentityProvider } from './sso.entities.js';
import { SsoStatesRepository } from './sso-states.repository.js';

/** Time to sign in at the provider (password, second factor) before the started sign-in lapses. */
export const SSO_STATE_TTL_MS = 10 * 60_000;
/** The web app exchanges the code right after the redirect; two minutes allow a slow device. */
const HANDOFF_TTL_MS = 2 * 60_000;
/** Binds a sign-in to the browser that started it, so nobody can finish their sign-in in someone else's browser. */
export const SSO_BROWSER_COOKIE = 'collegiaal_sso';
const NAME_MAX = 120;

export interface SsoStart {
  location: string;
  /** Value for the browser-binding cookie, when a sign-in was started. */
  browserSecret?: string;
}

/**
 * Sign-in through an organisation's own OpenID provider: start (state, nonce, PKCE, the
 * browser's cookie), callback (every check, then just-in-time provisioning into that
 * organisation) and the exchange of the one-time code for the usual token pair.
 */
@Injectable()
export class SsoService {
  private readonly logger = new Logger('SingleSignOn');

  constructor(
    private readonly db: Db,
    private readonly providers: IdentityProvidersRepository,
    private readonly states: SsoStatesRepository,
    private readonly users: UsersRepository,
    private readonly verifications: EmailVerificationsRepository,
    private readonly organisations: OrganisationsService,
    private readonly oidcClient: OidcClient,
    private readonly secrets: SecretBox,
    private readonly tokens: TokenService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  /** Where the browser goes next: the provider, or the web app's explanation of why not. */
  async start(query: SsoStartQueryDto, existingBrowserSecret: string | undefined): Promise<SsoStart> {
    try {
      const provider = await this.providerFor(query);
      const config = await this.oidcClient.configuration(await this.endpoint(provider));
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      // One cookie serves sign-ins started in several tabs at once.
      const browserSecret =
        existingBrowserSecret && /^[A-Za-z0-9_-]{43}$/.test(existingBrowserSecret)
          ? existingBrowserSecret
          : randomBytes(32).toString('base64url');
      await this.db.transaction(async () => {
        await this.states.deleteExpired(new Date());
        await this.states.createState({
          stateHash: sha256(state),
          browserHash: sha256(browserSecret),
          providerId: provider.id,
          codeVerifier,
          nonce,
          returnTo: query.returnTo ?? null,
          expiresAt: new Date(Date.now() + SSO_STATE_TTL_MS),
        });
      });
      const url = await this.oidcClient.authorizationUrl(config, {
        redirectUri: this.redirectUri(),
        state,
        nonce,
        codeVerifier,
        loginHint: query.email,
      });
      return { location: url.href, browserSecret };
    } catch (e) {
      return { location: this.failed(e) };
    }
  }

  /** `rawQuery` is the callback's query string as received: the redirect URI plus it is what openid-client checks. */
  async callback(rawQuery: string, browserSecret: string | undefined): Promise<string> {
    try {
      const params = new URLSearchParams(rawQuery);
      const stateParam = params.get('state');
      if (!stateParam || stateParam.length > 200) throw new SsoFailure('SSO_INVALID_STATE', 'no state');
      const state = await this.db.transaction(async () => {
        const row = await this.states.findStateForUpdate(sha256(stateParam));
        if (!row || row.usedAt || row.expiresAt <= new Date()) return null;
        // Used from here on, whatever happens next: a state is redeemed at most once.
        await this.states.markStateUsed(row.id);
        return row;
      });
      if (!state) throw new SsoFailure('SSO_INVALID_STATE', 'unknown, used or expired state');
      if (!browserSecret || !hashMatches(sha256(browserSecret), state.browserHash)) {
        throw new SsoFailure(
          'SSO_INVALID_STATE',
          'the callback reached another browser than the one that started the sign-in',
        );
      }
      const error = params.get('error');
      if (error)
        throw new SsoFailure(
          error === 'access_denied' ? 'SSO_CANCELLED' : 'SSO_PROVIDER_ERROR',
          `the provider answered ${error.slice(0, 100)}`,
        );
      const provider = await this.providers.findWithSecret(state.providerId);
      if (!provider?.enabled)
        throw new SsoFailure('SSO_NOT_CONFIGURED', 'the provider was removed or disabled during the sign-in');
      const config = await this.oidcClient.configuration(await this.endpoint(provider));
      const claims = await this.oidcClient.redeem(
        config,
        new URL(`${this.redirectUri()}?${rawQuery}`),
        { state: stateParam, nonce: state.nonce, codeVerifier: state.codeVerifier },
        [provider.emailClaim, provider.nameClaim],
      );
      const code = await this.db.transaction(async () => {
        const user = await this.provision(provider, claims);
        const { secret, hash } = this.tokens.newRefreshSecret();
        const handoff = await this.states.createHandoff(user.id, hash, new Date(Date.now() + HANDOFF_TTL_MS));
        return `${handoff.id}.${secret}`;
      });
      const back = state.returnTo ? `&terug=${encodeURIComponent(state.returnTo)}` : '';
      return `${this.publicUrl()}/sso/klaar#code=${encodeURIComponent(code)}${back}`;
    } catch (e) {
      return this.failed(e);
    }
  }

  /** The one-time code from the callback, for the same token pair a password log-in gives. */
  async exchange(code: string): Promise<AuthResultDto> {
    const parsed = this.tokens.parseOpaqueToken(code);
    if (!parsed) throw IdentityException.invalidSsoCode();
    return this.db.transaction(async () => {
      const handoff = await this.states.findHandoffForUpdate(parsed.id);
      if (
        !handoff ||
        handoff.usedAt ||
        handoff.expiresAt <= new Date() ||
        !this.tokens.secretMatches(parsed.secret, handoff.codeHash)
      ) {
        throw IdentityException.invalidSsoCode();
      }
      await this.states.markHandoffUsed(handoff.id);
      const user = await this.users.findById(handoff.userId);
      if (!user || user.disabledAt) throw IdentityException.invalidSsoCode();
      return this.auth.startSession(user);
    });
  }

  /** Public: lets the login page offer the organisation's sign-in (and hide passwords when they are off). */
  async organisationSso(organisationId: string): Promise<OrganisationSsoDto> {
    const organisation = await this.organisations.require(organisationId);
    const provider = await this.providers.findByOrganisation(organisationId);
    const singleSignOn = !!provider?.enabled;
    return {
      organisationId,
      singleSignOn,
      passwordLoginDisabled: organisation.passwordLoginDisabled,
      startUrl: singleSignOn ? `/api/auth/sso/start?organisation=${encodeURIComponent(organisation.slug)}` : null,
    };
  }

  redirectUri(): string {
    return `${this.publicUrl()}/api/auth/sso/callback`;
  }

  /** Only a secure cookie when the site itself is served over https. */
  cookieIsSecure(): boolean {
    return this.publicUrl().startsWith('https://');
  }

  /**
   * Just in time: a new person becomes a verified member of the provider's organisation; an
   * existing account is signed in. The provider vouches only for its own organisation's domains.
   */
  private async provision(provider: IdentityProvider, claims: Record<string, unknown>): Promise<User> {
    const organisation = await this.organisations.require(provider.organisationId);
    const raw = claims[provider.emailClaim];
    const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    if (!email || email.length > 254 || !isEmail(email))
      throw new SsoFailure('SSO_EMAIL_MISSING', `claim ${provider.emailClaim} holds no e-mail address`);
    if (provider.emailClaim === 'email' && (claims.email_verified === false || claims.email_verified === 'false')) {
      throw new SsoFailure('SSO_EMAIL_UNVERIFIED', 'the provider says the address is not verified');
    }
    const domain = email.slice(email.lastIndexOf('@') + 1);
    // Checked against the organisation too: its domains may have changed since the provider was set up.
    if (!provider.emailDomains.includes(domain) || !organisation.emailDomains.includes(domain)) {
      throw new SsoFailure(
        'SSO_DOMAIN_NOT_ALLOWED',
        `the provider of ${organisation.slug} vouched for ${domain}, which is not one of its domains`,
      );
    }
    const existing = await this.users.findByEmail(email);
    if (!existing) {
      return this.users.insert({
        email,
        name: nameOf(claims[provider.nameClaim], email),
        passwordHash: NO_PASSWORD,
        organisationId: organisation.id,
        roles: [],
        emailVerifiedAt: new Date(),
      });
    }
    if (existing.disabledAt) throw new SsoFailure('SSO_ACCOUNT_DISABLED', 'the account is disabled');
    if (!existing.emailVerifiedAt) {
      // The password of an unfinished sign-up may have been set by someone else than the mailbox owner: dropped.
      await this.users.updateUnverified(existing.id, {
        name: existing.name,
        passwordHash: NO_PASSWORD,
        organisationId: organisation.id,
      });
      await this.users.markVerified(existing.id, {
        organisationId: organisation.id,
        name: existing.name,
        passwordHash: NO_PASSWORD,
      });
      await this.verifications.expireOthers(existing.id, null);
      return Object.assign(existing, { organisationId: organisation.id, emailVerifiedAt: new Date() });
    }
    // An organisation an admin assigned stays; the provider fills in only a missing one.
    if (!existing.organisationId) {
      await this.users.setOrganisation(existing.id, organisation.id);
      return Object.assign(existing, { organisationId: organisation.id });
    }
    return existing;
  }

  private async providerFor(query: SsoStartQueryDto): Promise<IdentityProvider> {
    const domain = query.email ? query.email.slice(query.email.lastIndexOf('@') + 1).toLowerCase() : undefined;
    const organisation = query.email
      ? await this.organisations.findByEmail(query.email)
      : query.organisation
        ? await this.organisations.findBySlug(query.organisation)
        : null;
    const provider = organisation ? await this.providers.findByOrganisation(organisation.id) : null;
    if (!organisation || !provider?.enabled || (domain && !provider.emailDomains.includes(domain))) {
      throw new SsoFailure(
        'SSO_NOT_CONFIGURED',
        `no single sign-on for ${query.email ? `domain ${domain}` : `organisation ${query.organisation ?? '(none given)'}`}`,
      );
    }
    return provider;
  }

  private async endpoint(provider: IdentityProvider): Promise<ProviderEndpoint> {
    const sealed =
      provider.clientSecretEncrypted ?? (await this.providers.findWithSecret(provider.id))?.clientSecretEncrypted;
    let clientSecret: string;
    try {
      clientSecret = this.secrets.open(sealed ?? '', provider.organisationId);
    } catch (e) {
      throw new SsoFailure(
        'SSO_PROVIDER_UNAVAILABLE',
        'the stored client secret does not open (was SSO_SECRET_KEY or JWT_SECRET changed?)',
        e,
      );
    }
    return {
      id: provider.id,
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret,
      version: provider.updatedAt.getTime(),
    };
  }

  /** Logs why (never a token or secret) and sends the browser to the web app's explanation. */
  private failed(e: unknown): string {
    const failure = e instanceof SsoFailure ? e : new SsoFailure('SSO_FAILED', 'unexpected error', e);
    const reason = failure.reason instanceof Error ? `: ${failure.reason.name}: ${failure.reason.message}` : '';
    if (failure.code === 'SSO_FAILED')
      this.logger.error(
        `Single sign-on failed${reason}`,
        failure.reason instanceof Error ? failure.reason.stack : undefined,
      );
    else this.logger.warn(`Single sign-on refused (${failure.code}): ${failure.message}${reason}`);
    return `${this.publicUrl()}/sso/klaar#error=${failure.code}`;
  }

  private publicUrl(): string {
    return (this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`).replace(/\/+$/, '');
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function hashMatches(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The provider's name for the person, or the mailbox name when it sends none usable. */
function nameOf(value: unknown, email: string): string {
  const name = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').slice(0, NAME_MAX) : '';
  return name.length >= 2 ? name : email.slice(0, email.indexOf('@')).slice(0, NAME_MAX);
}
