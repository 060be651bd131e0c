import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Adapter, type AdapterPayload, type Configuration } from 'oidc-provider';

export interface TestAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestIdpOptions {
  /** Where the provider sends the browser back (the API's callback URL). */
  redirectUri: string;
  /** What the provider calls itself; by default its own address. A different value simulates a misconfigured issuer. */
  announcedIssuer?: string;
  /** false: claims only from userinfo, as oidc-provider does by default for the code flow. */
  claimsInIdToken?: boolean;
}

export interface TestIdp {
  /** The address it is served from (what an admin would configure). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The person who signs in at the next login prompt. */
  account: TestAccount;
  /** The key id the provider signs with now. */
  signingKid(): string;
  /** Replaces the signing key by a new one (the old one leaves the JWKS), as a provider rotating its keys. */
  rotateKeys(): void;
  /** How often each path was requested, e.g. `/jwks`. */
  requests(path: string): number;
  /** true: the JWKS it publishes holds another key under the signing key's id, so signatures do not verify. */
  forgeJwks: boolean;
  close(): Promise<void>;
}

/** The provider's state for one test provider, in memory (its own, so providers share nothing). */
function memoryAdapter(store: Map<string, AdapterPayload>) {
  return class MemoryAdapter implements Adapter {
    constructor(private readonly model: string) {}
    private key(id: string) {
      return `${this.model}:${id}`;
    }
    // oidc-provider's adapter contract is promise-returning; this in-memory store answers at once.
    upsert(id: string, payload: AdapterPayload): Promise<void> {
      store.set(this.key(id), payload);
      return Promise.resolve();
    }
    find(id: string): Promise<AdapterPayload | undefined> {
      return Promise.resolve(store.get(this.key(id)));
    }
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return Promise.resolve(
        [...store.entries()].find(([k, p]) => k.startsWith(`${this.model}:`) && p.userCode === userCode)?.[1],
      );
    }
    findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return Promise.resolve(
        [...store.entries()].find(([k, p]) => k.startsWith(`${this.model}:`) && p.uid === uid)?.[1],
      );
    }
    consume(id: string): Promise<void> {
      const payload = store.get(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      return Promise.resolve();
    }
    destroy(id: string): Promise<void> {
      store.delete(this.key(id));
      return Promise.resolve();
    }
    revokeByGrantId(grantId: string): Promise<void> {
      for (const [k, p] of store) if (p.grantId === grantId) store.delete(k);
      return Promise.resolve();
    }
  };
}

function newSigningKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    ...privateKey.export({ format: 'jwk' }),
    kid: `k-${randomBytes(6).toString('hex')}`,
    alg: 'RS256',
    use: 'sig',
  };
}

/**
 * A real OpenID provider (oidc-provider) on a loopback port: one confidential client, PKCE
 * required, and login and consent answered at once for `account` (the interaction URL is ours,
 * finished through provider.interactionFinished), so a test drives it with plain fetch.
 */
export async function startTestIdp(options: TestIdpOptions): Promise<TestIdp> {
  const clientId = `collegiaal-${randomBytes(4).toString('hex')}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const state = {
    account: { sub: 'person-1', email: 'person@example.nl', email_verified: true, name: 'Test Persoon' } as TestAccount,
    key: newSigningKey(),
    forgeJwks: false,
  };
  const store = new Map<string, AdapterPayload>();
  let provider: Provider;
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    counts.set(path, (counts.get(path) ?? 0) + 1);
    if (path === '/jwks' && state.forgeJwks) {
      const { kty, n, e } = newSigningKey();
      res.setHeader('content-type', 'application/jwk-set+json');
      res.end(JSON.stringify({ keys: [{ kty, n, e, kid: state.key.kid, alg: 'RS256', use: 'sig' }] }));
      return;
    }
    if (req.url?.startsWith('/interaction/')) {
      interact(provider, state.account, req, res).catch((e: unknown) => {
        res.statusCode = 500;
        res.end(String(e));
      });
      return;
    }
    void provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const build = () => {
    const configuration: Configuration = {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [options.redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      jwks: { keys: [state.key] },
      adapter: memoryAdapter(store),
      ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
      cookies: { keys: [randomBytes(16).toString('hex')] },
      pkce: { required: () => true },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      conformIdTokenClaims: options.claimsInIdToken === false,
      findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ ...state.account, sub }) }),
      // Its own error pages are plain text here: a test reads them when a step fails.
      renderError: (ctx, out) => {
        ctx.type = 'text/plain';
        ctx.body = JSON.stringify(out);
      },
    };
    const p = new Provider(options.announcedIssuer ?? issuer, configuration);
    return p;
  };
  provider = build();

  return {
    issuer,
    clientId,
    clientSecret,
    get account() {
      return state.account;
    },
    set account(value: TestAccount) {
      state.account = value;
    },
    signingKid: () => state.key.kid,
    requests: (path) => counts.get(path) ?? 0,
    get forgeJwks() {
      return state.forgeJwks;
    },
    set forgeJwks(value: boolean) {
      state.forgeJwks = value;
    },
    rotateKeys: () => {
      state.key = newSigningKey();
      provider = build();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Login: the current account; consent: every scope asked for. */
async function interact(
  provider: Provider,
  account: TestAccount,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  const grant = details.grantId
    ? (await provider.Grant.find(details.grantId))!
    : new provider.Grant({ accountId: details.session!.accountId, clientId: String(details.params.client_id) });
  grant.addOIDCScope(String(details.params.scope));
  await provider.interactionFinished(
    req,
    res,
    { consent: { grantId: await grant.save() } },
    { mergeWithLastSubmission: true },
  );
}

/** A browser's cookie jar, enough for one origin: every cookie is sent back on every request. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(setCookie: string[]): void {
    for (const line of setCookie) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Follows the provider's redirects (login, consent) with fetch, keeping its cookies, until it
 * sends the browser to `stopAt`; returns that URL (the API's callback with code and state).
 */
export async function followProvider(authorizationUrl: string, stopAt: string, jar = new CookieJar()): Promise<URL> {
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(stopAt)) return new URL(url);
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.store(res.headers.getSetCookie());
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location)
      throw new Error(`provider answered ${res.status} at ${url}: ${await res.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects at the provider');
}
