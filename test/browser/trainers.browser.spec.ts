/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import {
  axeViolations,
  DEMO,
  DEMO_PASSWORD,
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
 * Issue #12 item 4: a knowledge-bank answer leads to a trainer's page, where "Stel je vraag aan
 * deze collega" sends the question; the trainer sees it in Vragen aan mij and answers it, adds a
 * photo on the profile page, and the asker sees the answer in Mijn vragen — at desktop and phone
 * width, with zero axe-core violations on every new page.
 */
describe('Trainer pages and questions to a trainer (Chromium)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  async function check(page: Page, width: number, name: string, errors: string[]): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(errors).toEqual([]);
    await screenshot(page, `${name}-${width}`);
  }

  for (const width of [1280, 375]) {
    it(`sends a question from a knowledge-bank answer to a trainer, who answers it (${width} px)`, async () => {
      const question = `Wie kan uitleggen hoe je een DPIA uitvoert? (${width})`;
      const asker = await newPage(app, width);
      const page = asker.page;
      await loginViaForm(page, DEMO.ld);
      await page.goto('/kennisvraag');
      await settled(page);
      await page.getByLabel(/^Je vraag/).fill(question);
      await page.getByRole('button', { name: 'Vraag stellen' }).click();
      await page.getByRole('heading', { name: 'Antwoord', exact: true }).waitFor();
      const card = page.locator('.c-trainers > li').first();
      const trainerName = (await card.getByRole('heading', { level: 3 }).innerText()).trim();
      await card.getByRole('link', { name: /Stel je vraag aan deze collega/ }).click();

      // The trainer's page, the question prefilled from the answer.
      await page.getByRole('heading', { level: 1, name: trainerName }).waitFor();
      await settled(page);
      const trainerId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
      await page.getByRole('heading', { name: 'Stel je vraag aan deze collega' }).waitFor();
      await page.getByRole('heading', { name: 'Maak een incompany-verzoek' }).waitFor();
      expect(await page.getByLabel(/^Je vraag/).inputValue()).toBe(question);
      await check(page, width, 'trainer', asker.errors);

      // Too short: the field says so, nothing is sent.
      await page.getByLabel(/^Je vraag/).fill('Kort');
      await page.getByRole('button', { name: 'Vraag versturen' }).click();
      await expectText(page.locator('main'), /Niet alles is goed ingevuld/);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel(/^Je vraag/).fill(question);
      await page.getByRole('button', { name: 'Vraag versturen' }).click();
      await expectText(page.locator('main'), new RegExp(`Je vraag is verstuurd naar ${trainerName}`));
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Bekijk Mijn vragen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn vragen aan collega’s' }).waitFor();
      await settled(page);
      const mine = page.getByRole('listitem').filter({ hasText: question });
      await expectText(mine, /Wacht op reactie/);
      await check(page, width, 'mijn-vragen', asker.errors);

      // The trainer sees the question in Vragen aan mij, answers it and adds a photo.
      const rows = await app.t.dataSource.query<{ email: string }[]>(
        `SELECT u.email FROM teacher_profiles tp JOIN users u ON u.id = tp.user_id WHERE tp.id = $1`,
        [trainerId],
      );
      const trainer = await newPage(app, width);
      await loginViaForm(trainer.page, rows[0].email, DEMO_PASSWORD);
      await trainer.page.goto('/lesgeven');
      await settled(trainer.page);
      await trainer.page.getByRole('link', { name: 'Vragen aan mij' }).click();
      await trainer.page.getByRole('heading', { level: 1, name: 'Vragen aan mij' }).waitFor();
      await settled(trainer.page);
      const item = trainer.page.getByRole('listitem').filter({ hasText: question });
      await expectText(item, /Van Fatima/);
      await check(trainer.page, width, 'vragen-aan-mij', trainer.errors);
      await item.getByRole('button', { name: 'Beantwoorden' }).click();
      await expectText(item, /Niet alles is goed ingevuld/);
      await item
        .getByRole('textbox', { name: /^Je reactie aan/ })
        .fill('Begin met de pre-scan; ik stuur je ons sjabloon.');
      await item.getByRole('button', { name: 'Beantwoorden' }).click();
      await expectText(notice(trainer.page), /Je antwoord is verstuurd/);
      await expectText(item, /Beantwoord/);
      expect(await axeViolations(trainer.page)).toEqual([]);

      await trainer.page.goto('/lesgeven/profiel');
      await settled(trainer.page);
      const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#3a6ea5' } })
        .png()
        .toBuffer();
      await trainer.page
        .getByLabel('Kies een foto')
        .setInputFiles({ name: 'ik.png', mimeType: 'image/png', buffer: png });
      await trainer.page.getByRole('button', { name: 'Foto opslaan' }).click();
      await expectText(notice(trainer.page), /Je foto is opgeslagen/);
      await trainer.page.getByRole('img', { name: `Foto van ${trainerName}` }).waitFor();
      await check(trainer.page, width, 'profiel-foto', trainer.errors);
      await trainer.context.close();

      // The asker sees the answer, and the photo on the trainer's page.
      await page.goto('/mijn-vragen');
      await settled(page);
      await expectText(mine, /Beantwoord.*Begin met de pre-scan/s);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`/trainers/${trainerId}`);
      await settled(page);
      const img = page.getByRole('img', { name: `Foto van ${trainerName}` });
      await img.waitFor();
      expect(await img.getAttribute('src')).toMatch(/^data:image\/webp;base64,/);
      await check(page, width, 'trainer-met-foto', asker.errors);
      await asker.context.close();
    });
  }
});
