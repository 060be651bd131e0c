/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they use DOM types.
import { mkdirSync } from 'node:fs';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DemoDataService } from '#libs/demo-data';
import { createTestApp, type TestApp } from '../../support/app.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots of every page at both widths land here (named in the README). */
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');
export const DEMO_PASSWORD = 'Collegiaal2026!';
export const DEMO = {
  learner: 'sanne.devries@minbzk.nl',
  teacher: 'marieke.vandenberg@zwolle.nl',
  manager: 'peter.jansen@minbzk.nl',
  ld: 'fatima.elamrani@uwv.nl',
  admin: 'beheer@minbzk.nl',
} as const;

export interface BrowserApp {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The real API serving the built web app (dist/web) on a fresh database with the demo data, its
 * jobs running (the search index follows changes), and a headless Debian Chromium.
 */
export async function startBrowserApp(): Promise<BrowserApp> {
  if (!existsSync(join(process.cwd(), 'dist', 'web', 'index.html')))
    throw new Error('dist/web is missing: run `npm run build` first.');
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  const t = await createTestApp({ RUN_JOBS_IN_API: 'true' });
  await t.app.get(DemoDataService).seedIfEmpty();
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--lang=nl-NL',
    ],
  });
  return {
    t,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await t.close();
    },
  };
}

/** A fresh browser profile; page errors fail the test that reads `errors`. */
export async function newPage(
  app: BrowserApp,
  width = 1280,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // bypassCSP lets the test inject axe-core; the app itself runs under its real CSP otherwise.
  const context = await app.browser.newContext({
    baseURL: app.baseUrl,
    viewport: { width, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

export async function loginViaForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** Waits until the page has its heading and nothing is loading. */
export async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.waitForLoadState('networkidle');
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core in the page, WCAG 2.0/2.1 A and AA rules only. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** The notice (live region) after an action. */
export function notice(page: Page) {
  return page.getByTestId('notice');
}

/** Waits for the locator's text to match (the page updates asynchronously), then asserts it. */
export async function expectText(locator: Locator, pattern: RegExp): Promise<void> {
  const until = Date.now() + 10_000;
  let text = '';
  while (Date.now() < until) {
    text = (
      await locator
        .first()
        .innerText()
        .catch(() => '')
    )
      .replace(/\s+/g, ' ')
      .trim();
    if (pattern.test(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(text).toMatch(pattern);
}
