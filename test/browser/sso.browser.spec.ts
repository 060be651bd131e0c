/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createTestApp, type TestApp } from '../support/app.js';
import { actor, createOrganisation } from '../support/factories.js';
import { startTestIdp, type TestIdp } from '../support/oidc-provider.js';
import { CHROMIUM, newPage, notice, settled } from './support/browser.js';

/** A free loopback port, known before the app starts: the provider must know our callback URL. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('Single sign-on in the web app, against a real OpenID provider', () => {
  let t: TestApp;
  let idp: TestIdp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    const webDir = process.env.WEB_DIR ?? join(process.cwd(), 'dist', 'web');
    if (!existsSync(join(webDir, 'index.html'))) throw new Error('dist/web is missing: run `npm run build` first.');
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    t = await createTestApp({ PUBLIC_URL: baseUrl });
    await t.app.listen(port, '127.0.0.1');
    idp = await startTestIdp({ redirectUri: `${baseUrl}/api/auth/sso/callback` });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage', '--lang=nl-NL'],
    });
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(async () => {
    await (browser as Browser | undefined)?.close();
    await (idp as TestIdp | undefined)?.close();
    await (t as TestApp | undefined)?.close();
  });

  it('signs a new colleague in with “Inloggen via je eigen organisatie”: work address, the organisation’s login, back signed in as a member', async () => {
    const org = await createOrganisation(t.dataSource, {
      name: 'Gemeente Eigeninlog',
      slug: 'gemeente-eigeninlog',
      emailDomains: ['eigeninlog.nl'],
    });
    const admin = await actor(t, org.id, { roles: ['admin'] });
    await t.http
      .put(`/api/admin/organisations/${org.id}/identity-provider`)
      .set(admin.auth)
      .send({
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        emailDomains: ['eigeninlog.nl'],
        enabled: true,
        passwordLoginDisabled: true,
      })
      .expect(200);
    idp.account = { sub: 'browser-1', email: 'joris.bakker@eigeninlog.nl', email_verified: true, name: 'Joris Bakker' };

    const { page, context, errors } = await newPage({ t, baseUrl, browser, close: async () => {} }, 1280);
    await page.goto('/inloggen?terug=/mijn-leren');
    await settled(page);
    // A password log-in is refused for this organisation, and points to its own sign-in.
    await page.getByLabel('E-mailadres').fill('joris.bakker@eigeninlog.nl');
    await page.getByLabel('Wachtwoord').fill('whatever-is-typed-here');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'eigen werkaccount' }).waitFor();
    await expect(page.getByLabel('Je e-mailadres op het werk').inputValue()).resolves.toBe(
      'joris.bakker@eigeninlog.nl',
    );

    await page.getByRole('button', { name: 'Verder naar je organisatie' }).click();
    await page.waitForURL(`${baseUrl}/mijn-leren`);
    await notice(page).filter({ hasText: 'Welkom, Joris Bakker.' }).waitFor();
    const me = await page.evaluate(async () => {
      const tokens = JSON.parse(sessionStorage.getItem('collegiaal.tokens') ?? '{}') as { accessToken?: string };
      return (await fetch('/api/me', { headers: { authorization: `Bearer ${tokens.accessToken}` } })).json();
    });
    expect(me).toMatchObject({ email: 'joris.bakker@eigeninlog.nl', organisation: { id: org.id } });
    expect(errors).toEqual([]);
    await context.close();
  });
});
