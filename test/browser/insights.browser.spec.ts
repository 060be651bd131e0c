/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import {
  axeViolations,
  DEMO,
  expectText,
  loginViaForm,
  newPage,
  screenshot,
  settled,
  startBrowserApp,
  type BrowserApp,
} from './support/browser.js';

/**
 * Issue #12 item 6: the demo L&D coordinator opens Kenniskapitaal from the menu (a year of demo
 * figures), reads the charts' table alternatives and the cost avoided with its assumption,
 * changes the period (a wrong one is a field error) and downloads the CSV — at desktop and phone
 * width, with zero axe-core violations; the admin may choose an organisation.
 */
describe('Knowledge capital (Chromium)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  for (const width of [1280, 375]) {
    it(`lets L&D open the dashboard and export it as CSV (${width} px)`, async () => {
      const { page, errors, context } = await newPage(app, width);
      await loginViaForm(page, DEMO.ld);
      await page.locator('h1').first().waitFor();
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kenniskapitaal' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kenniskapitaal' }).waitFor();
      await settled(page);
      await page.getByRole('heading', { level: 2, name: 'Kerncijfers' }).waitFor();

      // Each chart is one image with a summary, and its figures stand in a table with a caption.
      const charts = page.locator('[role="img"]');
      expect(await charts.count()).toBeGreaterThanOrEqual(2);
      expect(await charts.first().getAttribute('aria-label')).toMatch(
        /^Staafdiagram van de deelnemersuren per organisatie\. .*UWV/,
      );
      await page.getByRole('table', { name: /Per organisatie: lesuren/ }).waitFor();
      await page.getByRole('table', { name: /Deelnemersuren van docentorganisatie/ }).waitFor();
      await page.getByRole('table', { name: /Per onderwerp, de meeste deelnemersuren eerst/ }).waitFor();
      await page.getByRole('table', { name: /Gemiddelden per cursus/ }).waitFor();
      await expectText(page.locator('main'), /Aanname:.*KNOWLEDGE_CAPITAL_HOURLY_RATE_EUR/);
      await expectText(page.locator('.c-cost__amount'), /€\s?[1-9]/);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `kenniskapitaal-${width}`);

      // A period that ends before it starts: the field says so, nothing else changes.
      await page.locator('input[name="from"]').fill('2026-06-01');
      await page.locator('input[name="to"]').fill('2026-05-01');
      await page.getByRole('button', { name: 'Toon cijfers' }).click();
      await expectText(page.locator('main'), /De begindatum moet op of vóór de einddatum liggen\./);
      await page.locator('#page-title').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Back to a valid period; the CSV of it downloads with Dutch column names.
      const to = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
      const from = `${String(Number(to.slice(0, 4)) - 1)}${to.slice(4)}`;
      await page.locator('input[name="from"]').fill(from);
      await page.locator('input[name="to"]').fill(to);
      await page.getByRole('button', { name: 'Toon cijfers' }).click();
      await expectText(page.locator('main'), new RegExp(`van ${from} tot en met ${to}`));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Downloaden als CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`kenniskapitaal-${from}-${to}.csv`);
      const path = await download.path();
      const csv = readFileSync(path, 'utf8');
      expect(csv.split('\r\n')[0]).toBe('Onderdeel,Cijfer,Naam,Van organisatie,Naar organisatie,Waarde,Eenheid');
      expect(csv).toMatch(/Vermeden kosten,Vermeden kosten,UWV/);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('lets the admin choose one organisation or all', async () => {
    const { page, errors, context } = await newPage(app, 1280);
    await loginViaForm(page, DEMO.admin);
    await page.locator('h1').first().waitFor();
    await page.goto('/kenniskapitaal');
    await page.getByRole('heading', { level: 1, name: 'Kenniskapitaal' }).waitFor();
    await settled(page);
    await expectText(page.locator('main'), /Alle organisaties, van/);
    const select = page.getByLabel('Organisatie', { exact: true });
    const uwv = await select.locator('option', { hasText: 'UWV' }).first().textContent();
    await select.selectOption({ label: uwv ?? 'UWV' });
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await expectText(page.locator('main'), new RegExp(`${uwv ?? 'UWV'}, van`));
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
