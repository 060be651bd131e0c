/// <reference lib="dom" />
import {
  axeViolations,
  DEMO,
  expectText,
  loginViaForm,
  newPage,
  notice,
  screenshot,
  settled,
  startBrowserApp,
  type BrowserApp,
} from './support/browser.js';

/**
 * Issue #13 item 3: on a knowledge-bank answer L&D mark a suggested trainer "Goede match" or
 * "Geen match" (toggle buttons, pressing again withdraws); a later similar question says why
 * that trainer is lifted — with zero axe-core violations.
 */
describe('Learn from L&D: marking suggestions (Chromium)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  it('L&D mark a suggestion, switch and withdraw it, and a similar question explains the lift', async () => {
    const { page, errors, context } = await newPage(app);
    await loginViaForm(page, DEMO.ld);
    const ask = async (text: string) => {
      await page.goto('/kennisvraag');
      await settled(page);
      await page.getByLabel(/^Je vraag/).fill(text);
      await page.getByRole('button', { name: 'Vraag stellen' }).click();
      await page.getByRole('heading', { name: 'Antwoord', exact: true }).waitFor();
      return page.locator('.c-trainers > li').first();
    };
    const card = await ask('Wie kan uitleggen hoe je een DPIA uitvoert?');
    const name = (await card.getByRole('heading', { level: 3 }).innerText()).trim();
    const good = card.getByRole('button', { name: /^Goede match/ });
    const bad = card.getByRole('button', { name: /^Geen match/ });
    expect(await good.getAttribute('aria-pressed')).toBe('false');
    expect(await bad.getAttribute('aria-pressed')).toBe('false');

    await good.click();
    await expectText(notice(page), /Gemarkeerd als goede match/);
    expect(await good.getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'match-feedback-marked');

    await bad.click();
    await expectText(notice(page), /Gemarkeerd als geen match/);
    expect(await good.getAttribute('aria-pressed')).toBe('false');
    expect(await bad.getAttribute('aria-pressed')).toBe('true');
    await bad.click();
    await expectText(notice(page), /ingetrokken/);
    expect(await bad.getAttribute('aria-pressed')).toBe('false');

    await good.click();
    await expectText(notice(page), /Gemarkeerd als goede match/);
    await ask('Wie kan ons uitleggen hoe we een DPIA uitvoeren?');
    const lifted = page.locator('.c-trainers > li', { has: page.getByRole('heading', { level: 3, name }) });
    await expectText(lifted, /Eerder gekozen voor een vergelijkbare vraag/);
    // A new answer starts without marks.
    expect(await lifted.getByRole('button', { name: /^Goede match/ }).getAttribute('aria-pressed')).toBe('false');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
