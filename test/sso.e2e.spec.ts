import { randomBytes } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app.js';
import { actor, createOrganisation, createUser, PASSWORD, type Actor, type OrgRow } from './support/factories.js';
import { followProvider, startTestIdp, type TestAccount, type TestIdp } from './support/oidc-provider.js';

const PUBLIC_URL = 'http://collegiaal.test';
const CALLBACK = `${PUBLIC_URL}/api/auth/sso/callback`;
const uid = () => randomBytes(4).toString('hex');

interface Landing {
  code?: string;
  error?: string;
  terug?: string;
}

describe('Single sign-on per organisation (OpenID Connect, against a real provider)', () => {
  let t: TestApp;
  let idp: TestIdp;
  let admin: Actor;
  const others: TestIdp[] = [];

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL });
    idp = await startTestIdp({ redirectUri: CALLBACK });
    const home = await createOrganisation(t.dataSource);
    admin = await actor(t, home.id, { roles: ['admin'] });
  });
  afterAll(async () => {
    await Promise.all([idp, ...others].map((p) => p.close()));
    await t.close();
  });

  /** An organisation with its own domain, its provider configured by an admin through the API. */
  async function organisationWithSso(
    provider: TestIdp,
    settings: Record<string, unknown> = {},
  ): Promise<OrgRow & { domain: string }> {
    const slug = `sso-${uid()}`;
    const domain = `${slug}.nl`;
    const org = await createOrganisation(t.dataSource, { slug, emailDomains: [domain] });
    await t.http
      .put(`/api/admin/organisations/${org.id}/identity-provider`)
      .set(admin.auth)
      .send({
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        emailDomains: [domain],
        enabled: true,
        passwordLoginDisabled: false,
        ...settings,
      })
      .expect(200);
    return { ...org, domain };
  }

  function person(domain: string, overrides: Partial<TestAccount> = {}): TestAccount {
    const id = uid();
    return { sub: `sub-${id}`, email: `p.${id}@${domain}`, email_verified: true, name: `Persoon ${id}`, ...overrides };
  }

  /** GET /api/auth/sso/start as a browser: where it is sent, and the cookie it got. */
  async function start(query: Record<string, string>): Promise<{ location: string; cookie: string }> {
    const res = await t.http.get('/api/auth/sso/start').query(query).expect(302);
    const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    return { location: res.headers.location, cookie: set.map((c) => c.split(';')[0]).join('; ') };
  }

  /** The API's callback, as the browser reaches it after the provider; returns where the web app is opened. */
  async function callback(url: URL, cookie: string): Promise<Landing> {
    const res = await t.http
      .get(url.pathname + url.search)
      .set('Cookie', cookie)
      .expect(302);
    const landing = new URL(res.headers.location);
    expect(landing.origin + landing.pathname).toBe(`${PUBLIC_URL}/sso/klaar`);
    return Object.fromEntries(new URLSearchParams(landing.hash.slice(1)));
  }

  /** The whole way: start, sign in at the provider as `account`, back through the callback. */
  async function signIn(
    provider: TestIdp,
    account: TestAccount,
    query: Record<string, string> = { email: account.email! },
  ): Promise<Landing> {
    provider.account = account;
    const { location, cookie } = await start(query);
    return callback(await followProvider(location, CALLBACK), cookie);
  }

  const exchange = (code: string) => t.http.post('/api/auth/sso/exchange').send({ code });

  const usersWithEmail = async (email: string) =>
    t.dataSource.query<
      {
        id: string;
        organisation_id: string | null;
        email_verified_at: Date | null;
        password_hash: string;
      }[]
    >(`SELECT id, organisation_id, email_verified_at, password_hash FROM users WHERE email = $1`, [
      email.toLowerCase(),
    ]);

  it('signs a new person in through their organisation’s provider (code flow with PKCE, state and nonce) and provisions them into that organisation with a verified address', async () => {
    const org = await organisationWithSso(idp);
    const account = person(org.domain, { email: `Anna.${uid()}@${org.domain.toUpperCase()}`, name: 'Anna de Vries' });
    idp.account = account;
    const { location, cookie } = await start({ email: account.email!, returnTo: '/mijn-leren' });
    const authorize = new URL(location);
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(cookie).toMatch(/^collegiaal_sso=/);

    const landing = await callback(await followProvider(location, CALLBACK), cookie);
    expect(landing).toEqual({ code: expect.any(String), terug: '/mijn-leren' });
    const signedIn = await exchange(landing.code!).expect(200);
    expect(signedIn.body).toMatchObject({
      tokenType: 'Bearer',
      user: { email: account.email!.toLowerCase(), name: 'Anna de Vries', organisation: { id: org.id } },
    });
    await t.http.get('/api/me').set('Authorization', `Bearer ${signedIn.body.accessToken}`).expect(200);

    const [row] = await usersWithEmail(account.email!);
    expect(row.organisation_id).toBe(org.id);
    expect(row.email_verified_at).not.toBeNull();
    expect(row.password_hash).toBe('!');
    // The code works once.
    expect((await exchange(landing.code!).expect(400)).body.code).toBe('INVALID_SSO_CODE');
    // No password exists to log in with.
    expect(
      (
        await t.http
          .post('/api/auth/login')
          .send({ email: account.email, password: 'anything-at-all-long' })
          .expect(401)
      ).body.code,
    ).toBe('INVALID_CREDENTIALS');
  });

  it('signs the same person in to the same account the second time (found by e-mail address)', async () => {
    const org = await organisationWithSso(idp);
    const account = person(org.domain);
    const first = await exchange((await signIn(idp, account)).code!).expect(200);
    const second = await exchange((await signIn(idp, account)).code!).expect(200);
    expect(second.body.user.id).toBe(first.body.user.id);
    expect(await usersWithEmail(account.email!)).toHaveLength(1);
  });

  it('refuses a provider whose discovery document names another issuer than the one configured, before sending anyone there', async () => {
    const impostor = await startTestIdp({
      redirectUri: CALLBACK,
      announcedIssuer: 'http://login.other-issuer.example',
    });
    others.push(impostor);
    const org = await organisationWithSso(impostor);
    const { location, cookie } = await start({ email: `a@${org.domain}` });
    expect(cookie).toBe('');
    expect(location).toBe(`${PUBLIC_URL}/sso/klaar#error=SSO_ISSUER_MISMATCH`);
    expect(impostor.requests('/auth')).toBe(0);
  });

  it('refuses a callback whose state is missing, unknown or already used', async () => {
    const org = await organisationWithSso(idp);
    const account = person(org.domain);
    idp.account = account;

    expect(await callback(new URL(CALLBACK), '')).toEqual({ error: 'SSO_INVALID_STATE' });

    const { location, cookie } = await start({ email: account.email! });
    const back = await followProvider(location, CALLBACK);
    const forged = new URL(back);
    forged.searchParams.set('state', randomBytes(32).toString('base64url'));
    expect(await callback(forged, cookie)).toEqual({ error: 'SSO_INVALID_STATE' });

    const landing = await callback(back, cookie);
    expect(landing.code).toEqual(expect.any(String));
    expect(await callback(back, cookie)).toEqual({ error: 'SSO_INVALID_STATE' });
  });

  it('refuses a callback that reaches another browser than the one that started the sign-in (login CSRF), and provisions nobody', async () => {
    const org = await organisationWithSso(idp);
    const account = person(org.domain);
    idp.account = account;
    const { location } = await start({ email: account.email! });
    const back = await followProvider(location, CALLBACK);
    expect(await callback(back, `collegiaal_sso=${randomBytes(32).toString('base64url')}`)).toEqual({
      error: 'SSO_INVALID_STATE',
    });
    expect(await usersWithEmail(account.email!)).toEqual([]);
  });

  it('refuses an ID token whose nonce is not the one its sign-in started with, and provisions nobody', async () => {
    const org = await organisationWithSso(idp);
    const account = person(org.domain);
    idp.account = account;
    const { location, cookie } = await start({ email: account.email! });
    // As if the token had been issued for another sign-in: the stored nonce no longer matches.
    await t.dataSource.query(
      `UPDATE sso_login_states s SET nonce = 'a-nonce-of-some-other-sign-in' FROM identity_providers p WHERE p.id = s.provider_id AND p.organisation_id = $1 AND s.used_at IS NULL`,
      [org.id],
    );
    expect(await callback(await followProvider(location, CALLBACK), cookie)).toEqual({ error: 'SSO_INVALID_TOKEN' });
    expect(await usersWithEmail(account.email!)).toEqual([]);
  });

  it('refuses an ID token whose signature does not verify against the keys the provider publishes (JWKS), and provisions nobody', async () => {
    const forger = await startTestIdp({ redirectUri: CALLBACK });
    others.push(forger);
    forger.forgeJwks = true;
    const org = await organisationWithSso(forger);
    const account = person(org.domain);
    expect(await signIn(forger, account)).toEqual({ error: 'SSO_INVALID_TOKEN' });
    expect(forger.requests('/jwks')).toBeGreaterThan(0);
    expect(await usersWithEmail(account.email!)).toEqual([]);
  });

  it('refuses a provider that vouches for an address in another organisation’s domain, and provisions nobody', async () => {
    const org = await organisationWithSso(idp);
    const other = await createOrganisation(t.dataSource);
    const account = person(`${other.slug}.nl`);
    expect(await signIn(idp, account, { organisation: org.slug })).toEqual({ error: 'SSO_DOMAIN_NOT_ALLOWED' });
    expect(await usersWithEmail(account.email!)).toEqual([]);
  });

  it('keeps signing people in after the provider rotates its signing key: the JWKS is cached, and read again for an unknown key id', async () => {
    const rotating = await startTestIdp({ redirectUri: CALLBACK });
    others.push(rotating);
    const org = await organisationWithSso(rotating);
    const account = person(org.domain);
    await exchange((await signIn(rotating, account)).code!).expect(200);
    await exchange((await signIn(rotating, account)).code!).expect(200);
    expect(rotating.requests('/jwks')).toBe(1);

    const before = rotating.signingKid();
    rotating.rotateKeys();
    expect(rotating.signingKid()).not.toBe(before);
    await exchange((await signIn(rotating, account)).code!).expect(200);
    expect(rotating.requests('/jwks')).toBe(2);
  });

  it('takes the e-mail address and name from userinfo when the provider keeps them out of the ID token', async () => {
    const sparse = await startTestIdp({ redirectUri: CALLBACK, claimsInIdToken: false });
    others.push(sparse);
    const org = await organisationWithSso(sparse);
    const account = person(org.domain, { name: 'Uit Userinfo' });
    const signedIn = await exchange((await signIn(sparse, account)).code!).expect(200);
    expect(signedIn.body.user).toMatchObject({
      email: account.email,
      name: 'Uit Userinfo',
      organisation: { id: org.id },
    });
    expect(sparse.requests('/me')).toBe(1);
  });

  it('takes over an unfinished password sign-up of the same address: verified, in the organisation, and its password (perhaps set by someone else) dropped', async () => {
    const org = await organisationWithSso(idp);
    const account = person(org.domain);
    const chosen = 'a password someone else may have chosen';
    await t.http
      .post('/api/auth/register')
      .send({ name: 'Wie Dan Ook', email: account.email, password: chosen })
      .expect(202);
    expect((await usersWithEmail(account.email!))[0].email_verified_at).toBeNull();

    await exchange((await signIn(idp, account)).code!).expect(200);
    const [row] = await usersWithEmail(account.email!);
    expect(row).toMatchObject({ organisation_id: org.id, password_hash: '!' });
    expect(row.email_verified_at).not.toBeNull();
    expect(
      (await t.http.post('/api/auth/login').send({ email: account.email, password: chosen }).expect(401)).body.code,
    ).toBe('INVALID_CREDENTIALS');
  });

  it('refuses password log-in and password sign-up with SSO_REQUIRED once the organisation switched passwords off, and says so on its public SSO status', async () => {
    const org = await organisationWithSso(idp);
    const member = await createUser(t.dataSource, org.id, { email: `m.${uid()}@${org.domain}` });
    // Assigned by an admin, with an address outside the organisation's domains.
    const assigned = await createUser(t.dataSource, org.id);
    await t.http.post('/api/auth/login').send({ email: member.email, password: PASSWORD }).expect(200);
    expect((await t.http.get(`/api/organisations/${org.id}/sso`).expect(200)).body).toEqual({
      organisationId: org.id,
      singleSignOn: true,
      passwordLoginDisabled: false,
      startUrl: `/api/auth/sso/start?organisation=${org.slug}`,
    });

    const settings = { issuer: idp.issuer, clientId: idp.clientId, emailDomains: [org.domain], enabled: true };
    await t.http
      .put(`/api/admin/organisations/${org.id}/identity-provider`)
      .set(admin.auth)
      .send({ ...settings, passwordLoginDisabled: true })
      .expect(200);
    expect((await t.http.get(`/api/organisations/${org.id}/sso`).expect(200)).body).toMatchObject({
      singleSignOn: true,
      passwordLoginDisabled: true,
    });

    for (const email of [member.email, assigned.email, `nobody.${uid()}@${org.domain}`]) {
      const refused = await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.code).toBe('SSO_REQUIRED');
      expect(refused.body.detail).toContain('/api/auth/sso/start');
    }
    expect(
      (
        await t.http
          .post('/api/auth/register')
          .send({ name: 'Nieuwe Collega', email: `n.${uid()}@${org.domain}`, password: 'long enough password here' })
          .expect(403)
      ).body.code,
    ).toBe('SSO_REQUIRED');
    // Single sign-on still works for them.
    idp.account = { sub: `sub-${uid()}`, email: member.email, email_verified: true, name: member.name };
    const landing = await signIn(idp, idp.account);
    expect((await exchange(landing.code!).expect(200)).body.user.id).toBe(member.id);

    await t.http
      .put(`/api/admin/organisations/${org.id}/identity-provider`)
      .set(admin.auth)
      .send({ ...settings, passwordLoginDisabled: false })
      .expect(200);
    await t.http.post('/api/auth/login').send({ email: member.email, password: PASSWORD }).expect(200);
  });

  it('lets only admins configure a provider, never returns its client secret, stores it encrypted, and refuses domains of another organisation', async () => {
    const org = await organisationWithSso(idp);
    const other = await createOrganisation(t.dataSource);
    const url = `/api/admin/organisations/${org.id}/identity-provider`;
    const learner = await actor(t, org.id);
    await t.http.get(url).set(learner.auth).expect(403);

    const shown = await t.http.get(url).set(admin.auth).expect(200);
    expect(shown.body).toMatchObject({
      organisationId: org.id,
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecretSet: true,
      emailDomains: [org.domain],
      emailClaim: 'email',
      nameClaim: 'name',
      enabled: true,
      redirectUri: CALLBACK,
    });
    expect(JSON.stringify(shown.body)).not.toContain(idp.clientSecret);
    const [stored] = await t.dataSource.query(
      `SELECT client_secret_encrypted AS sealed FROM identity_providers WHERE organisation_id = $1`,
      [org.id],
    );
    expect(stored.sealed).toMatch(/^v1\./);
    expect(stored.sealed).not.toContain(idp.clientSecret);

    const base = {
      issuer: idp.issuer,
      clientId: idp.clientId,
      emailDomains: [org.domain],
      enabled: true,
      passwordLoginDisabled: false,
    };
    const foreign = await t.http
      .put(url)
      .set(admin.auth)
      .send({ ...base, emailDomains: [org.domain, `${other.slug}.nl`] })
      .expect(400);
    expect(foreign.body).toMatchObject({ code: 'SSO_DOMAIN_NOT_OF_ORGANISATION', errors: [{ field: 'emailDomains' }] });
    expect(
      (
        await t.http
          .put(url)
          .set(admin.auth)
          .send({ ...base, enabled: false, passwordLoginDisabled: true })
          .expect(400)
      ).body.code,
    ).toBe('PASSWORDS_OFF_NEEDS_SSO');
    expect(
      (
        await t.http
          .put(url)
          .set(admin.auth)
          .send({ ...base, clientSecret: 'x', unknown: 1 })
          .expect(400)
      ).body.code,
    ).toBe('VALIDATION_FAILED');
    const fresh = await createOrganisation(t.dataSource);
    expect(
      (
        await t.http
          .put(`/api/admin/organisations/${fresh.id}/identity-provider`)
          .set(admin.auth)
          .send({ ...base, emailDomains: [`${fresh.slug}.nl`] })
          .expect(400)
      ).body.code,
    ).toBe('SSO_CLIENT_SECRET_REQUIRED');

    // Removing it turns passwords back on and ends its sign-ins.
    await t.http
      .put(url)
      .set(admin.auth)
      .send({ ...base, passwordLoginDisabled: true })
      .expect(200);
    await t.http.delete(url).set(admin.auth).expect(204);
    await t.http.get(url).set(admin.auth).expect(404);
    expect((await t.http.get(`/api/organisations/${org.id}/sso`).expect(200)).body).toMatchObject({
      singleSignOn: false,
      passwordLoginDisabled: false,
      startUrl: null,
    });
    expect((await start({ email: `x@${org.domain}` })).location).toBe(
      `${PUBLIC_URL}/sso/klaar#error=SSO_NOT_CONFIGURED`,
    );
  });
});
