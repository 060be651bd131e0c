/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import {
  axeViolations,
  expectText,
  loginViaForm,
  newPage,
  notice,
  screenshot,
  settled,
  startBrowserApp,
  type BrowserApp,
} from './support/browser.js';
import {
  actor,
  createCourse,
  createOrganisation,
  createTeacherProfile,
  PASSWORD,
  type Actor,
} from '../support/factories.js';

/**
 * Issue #12 item 5: a learner puts themself on a course's interest list from the course page
 * and finds it under Mijn interesses; L&D opens the demand page (per topic, gaps, "ik wil dit
 * ook", CSV) — at desktop and phone width, with zero axe-core violations.
 */
describe('Demand (Chromium)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  async function signIn(page: Page, who: Actor): Promise<void> {
    await loginViaForm(page, who.email, PASSWORD);
    await page.locator('h1').first().waitFor();
  }

  for (const width of [1280, 375]) {
    it(`lets a learner ask for a date and L&D see the unmet demand (${width} px)`, async () => {
      const t = app.t;
      const org = await createOrganisation(t.dataSource);
      const teacher = await actor(t, org.id, { name: `Tim Trainer ${width}` });
      const profile = await createTeacherProfile(t.dataSource, teacher.id, { expertise: ['Zeilen'] });
      const title = `Zeilen voor beleidsmakers ${width}`;
      const course = await createCourse(t.dataSource, org.id, [profile.id], { title, topics: ['Zeilen'] });
      const learner = await actor(t, org.id, { name: `Lisa Leerling ${width}` });
      const ld = await actor(t, org.id, { roles: ['ld'], name: `Lars L&D ${width}` });
      // A question nobody could answer well (stored as the knowledge bank stores one without a strong match).
      const question = `Wie leert ons zeilen op de Waddenzee (${width})?`;
      await t.dataSource.query(
        `INSERT INTO knowledge_questions (text, asked_by_id, organisation_id, topics, result_count, strong_match)
         VALUES ($1, $2, $3, $4, 0, false)`,
        [question, learner.id, org.id, ['Zeilen', 'waddenzee']],
      );

      // The learner: the course has no dates; "Ik wil dit ook" puts them on its interest list.
      const { page, errors, context } = await newPage(app, width);
      await signIn(page, learner);
      await page.goto(`/cursussen/${course.id}`);
      await settled(page);
      await page.getByRole('button', { name: 'Ik wil dit ook: laat me weten wanneer er een datum is' }).click();
      await expectText(notice(page), /Je staat op de interesselijst van/);
      await page.getByRole('button', { name: 'Afmelden voor de interesselijst' }).waitFor();
      await expectText(page.locator('main'), /1 collega wil dit ook en wacht op een datum/);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `interesse-${width}`);

      await page.goto('/mijn-interesses');
      await settled(page);
      await page.getByRole('heading', { level: 1, name: 'Mijn interesses' }).waitFor();
      await page.getByRole('link', { name: title }).waitFor();
      await expectText(page.locator('main'), /Je wacht op een datum sinds/);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
      await context.close();

      // L&D: the topic with the waiting learner and the suggested trainer, the question as a gap.
      const l = await newPage(app, width);
      await signIn(l.page, ld);
      await l.page.goto('/vraag-overzicht');
      await settled(l.page);
      await l.page.getByRole('heading', { level: 1, name: 'Vraag naar aanbod' }).waitFor();
      const table = l.page.getByRole('table');
      const row = table.getByRole('row').filter({ hasText: 'Zeilen' }).first();
      await expectText(row, new RegExp(`Tim Trainer ${width}`));
      const gap = l.page.getByRole('listitem').filter({ hasText: question });
      expect(await gap.textContent()).not.toContain('Lisa Leerling');
      const want = gap.getByRole('button', { name: 'Ik wil dit ook' });
      await want.click();
      await expectText(notice(l.page), /Genoteerd/);
      await expectText(gap, /1 keer aangegeven/);
      expect(await want.getAttribute('aria-pressed')).toBe('true');
      expect(await axeViolations(l.page)).toEqual([]);
      expect(await l.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(l.page, `vraag-overzicht-${width}`);

      const [download] = await Promise.all([
        l.page.waitForEvent('download'),
        l.page.getByRole('button', { name: 'Downloaden als CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('vraag-per-onderwerp.csv');
      expect(l.errors).toEqual([]);
      await l.context.close();
    });
  }
});
