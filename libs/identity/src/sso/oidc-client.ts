import { Injectable } from '@nestjs/common';
import { compactVerify, createRemoteJWKSet } from 'jose';
import * as oidc from 'openid-client';
import { AppConfig } from '#libs/common';
import { SsoFailure } from './sso-failure.js';

/** Discovery documents change rarely; an hour bounds how long a changed endpoint goes unseen. */
const DISCOVERY_TTL_MS = 60 * 60_000;
/** Seconds any single request to a provider may take before the sign-in fails. */
const PROVIDER_TIMEOUT_SECONDS = 10;
/** Keys are re-read at least this often, so a key the provider withdrew stops working within 10 minutes. */
const JWKS_MAX_AGE_MS = 10 * 60_000;
/**
 * ID tokens reach us only from the provider's token endpoint (authenticated, over TLS), so an
 * unknown key id can only come from the provider itself, rotating its keys: re-read the JWKS at
 * once rather than refusing sign-ins for a cool-down period.
 */
const JWKS_COOLDOWN_MS = 0;
/** Public-key signatures only: an HMAC would be keyed with the client secret the provider also holds. */
const ID_TOKEN_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];
const SCOPE = 'openid email profile';

export interface ProviderEndpoint {
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Changes whenever the settings do (their updatedAt), so a cached discovery is never stale config. */
  version: number;
}

export interface AuthorizationRequest {
  redirectUri: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  loginHint?: string;
}

/**
 * The relying party, on openid-client: discovery (the issuer must be exactly the one configured),
 * authorization code with PKCE, `state` and `nonce`, and the ID token checked by openid-client
 * (issuer, audience, expiry, nonce) with its signature verified here against the provider's JWKS.
 */
@Injectable()
export class OidcClient {
  private readonly configurations = new Map<
    string,
    { version: number; config: oidc.Configuration; expiresAt: number }
  >();
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  constructor(private readonly appConfig: AppConfig) {}

  async configuration(provider: ProviderEndpoint): Promise<oidc.Configuration> {
    const cached = this.configurations.get(provider.id);
    if (cached && cached.version === provider.version && cached.expiresAt > Date.now()) return cached.config;
    const issuer = new URL(provider.issuer);
    const insecure = issuer.protocol === 'http:';
    // Plain http only for a provider on this machine outside production (development, tests).
    if (insecure && this.appConfig.NODE_ENV === 'production')
      throw new SsoFailure('SSO_PROVIDER_UNAVAILABLE', `issuer ${provider.issuer} is not https`);
    let config: oidc.Configuration;
    try {
      config = await oidc.discovery(
        issuer,
        provider.clientId,
        undefined,
        oidc.ClientSecretBasic(provider.clientSecret),
        {
          execute: insecure ? [oidc.allowInsecureRequests] : [],
          timeout: PROVIDER_TIMEOUT_SECONDS,
        },
      );
    } catch (e) {
      if (e instanceof oidc.ClientError && e.code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED') {
        throw new SsoFailure('SSO_ISSUER_MISMATCH', `the provider at ${provider.issuer} names another issuer`, e);
      }
      throw new SsoFailure('SSO_PROVIDER_UNAVAILABLE', `discovery of ${provider.issuer} failed`, e);
    }
    this.configurations.set(provider.id, {
      version: provider.version,
      config,
      expiresAt: Date.now() + DISCOVERY_TTL_MS,
    });
    return config;
  }

  async authorizationUrl(config: oidc.Configuration, request: AuthorizationRequest): Promise<URL> {
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: request.redirectUri,
      scope: SCOPE,
      state: request.state,
      nonce: request.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(request.codeVerifier),
      code_challenge_method: 'S256',
      ...(request.loginHint ? { login_hint: request.loginHint } : {}),
    });
  }

  /**
   * Redeems the code from the callback URL and returns the ID token's validated claims, completed
   * from userinfo when `wanted` claims are not in the ID token (some providers keep them there).
   */
  async redeem(
    config: oidc.Configuration,
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
    wanted: string[],
  ): Promise<Record<string, unknown>> {
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
    } catch (e) {
      throw this.failureOf(e, 'the code exchange or ID token was refused');
    }
    const claims = tokens.claims();
    if (!tokens.id_token || !claims) throw new SsoFailure('SSO_INVALID_TOKEN', 'no ID token');
    const metadata = config.serverMetadata();
    if (!metadata.jwks_uri) throw new SsoFailure('SSO_INVALID_TOKEN', 'the provider publishes no jwks_uri');
    try {
      await compactVerify(tokens.id_token, this.keySet(metadata.jwks_uri), { algorithms: ID_TOKEN_ALGORITHMS });
    } catch (e) {
      throw this.failureOf(e, 'the ID token signature does not verify against the provider JWKS');
    }
    const result: Record<string, unknown> = { ...claims };
    if (wanted.some((c) => result[c] === undefined) && metadata.userinfo_endpoint) {
      try {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
        for (const [k, v] of Object.entries(info)) if (result[k] === undefined) result[k] = v;
      } catch (e) {
        throw this.failureOf(e, 'userinfo failed');
      }
    }
    return result;
  }

  private keySet(jwksUri: string): ReturnType<typeof createRemoteJWKSet> {
    let set = this.keySets.get(jwksUri);
    if (!set) {
      set = createRemoteJWKSet(new URL(jwksUri), {
        cooldownDuration: JWKS_COOLDOWN_MS,
        cacheMaxAge: JWKS_MAX_AGE_MS,
        timeoutDuration: PROVIDER_TIMEOUT_SECONDS * 1000,
      });
      this.keySets.set(jwksUri, set);
    }
    return set;
  }

  /** Network trouble is the provider being unavailable; anything else is a token we must refuse. */
  private failureOf(e: unknown, message: string): SsoFailure {
    if (e instanceof SsoFailure) return e;
    const unreachable =
      e instanceof TypeError ||
      (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError' || e.name === 'JWKSTimeout'));
    if (e instanceof oidc.ResponseBodyError) return new SsoFailure('SSO_PROVIDER_ERROR', `${message}: ${e.error}`, e);
    return new SsoFailure(unreachable ? 'SSO_PROVIDER_UNAVAILABLE' : 'SSO_INVALID_TOKEN', message, e);
  }
}
