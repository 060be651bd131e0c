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
import { actor, createOrganisation, PASSWORD } from '../support/factories.js';
import { confirm, people, programmeWithCohort } from '../support/programme-fixture.js';
import { addCohort, answered } from '../tranche-feedback-fixture.js';

/**
 * Issue #12 item 2: the programme's L&D opens a held cohort's staff page, sees every cohort's
 * evaluation next to the others (chart and table; 2 answers show a count only), writes "Jullie
 * zeiden, wij deden" and publishes it; the programme page and an upcoming participant's Mijn
 * leren show it — at desktop and phone width, with zero axe-core violations.
 */
describe('Tranche feedback (Chromium)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  async function signIn(page: Page, email: string): Promise<void> {
    await loginViaForm(page, email, PASSWORD);
    await page.locator('h1').first().waitFor();
  }

  for (const width of [1280, 375]) {
    it(`lets an organiser see the trend, write and publish a note; the programme page shows it (${width} px)`, async () => {
      const t = app.t;
      const org = await createOrganisation(t.dataSource);
      const title = `Samen in Beleid ${width}`;
      const p = await programmeWithCohort(
        t,
        org.id,
        [{ title: 'Startdag', kind: 'plenary', startsInDays: -200 }],
        title,
      );
      const late = await addCohort(t, p.programmeId, 'Tranche 2', -100);
      const next = await addCohort(t, p.programmeId, 'Tranche 3', 30);
      const ld = await actor(t, org.id, { roles: ['ld'], name: `Lies L&D ${width}` });
      const past = await people(
        t,
        org.id,
        ['A', 'B', 'C', 'D', 'E'].map((n) => `Deelnemer ${n} ${width}`),
      );
      await answered(t, p.cohortId, past.slice(0, 2), [
        [5, 5, 5],
        [2, 2, 2],
      ]);
      await answered(t, late, past.slice(2), [
        [4, 5, 3],
        [4, 4, 3],
        [5, 3, 4],
      ]);
      const upcoming = await actor(t, org.id, { name: `Straks ${width}` });
      await confirm(t, next, [upcoming]);

      const { page, errors, context } = await newPage(app, width);
      await signIn(page, ld.email);
      await page.goto(`/cohorten/${late}/beheer`);
      await settled(page);
      const trend = page.getByRole('region', { name: 'Evaluaties per tranche', exact: true });
      const chart = trend.getByRole('img', { name: /Staafdiagram van de gemiddelden per tranche/ });
      await chart.waitFor();
      const table = trend.getByRole('table');
      await expectText(table.getByRole('row').filter({ hasText: 'Tranche 1' }), /2.*Te weinig antwoorden om te tonen/s);
      await expectText(table.getByRole('row').filter({ hasText: 'Tranche 2' }), /3.*4,3.*4.*3,3/s);
      // Below the threshold a cohort is not in the chart at all.
      expect(await chart.getAttribute('aria-label')).not.toContain('Tranche 1');
      expect(await axeViolations(page)).toEqual([]);

      // Saving without texts: the fields say what is missing.
      const editor = page.getByRole('region', { name: 'Jullie zeiden, wij deden' });
      await editor.getByRole('button', { name: 'Bewaren' }).click();
      await expectText(page.locator('main'), /Niet alles is goed ingevuld/);
      await editor.getByLabel('Jullie zeiden').fill('De bijeenkomsten lagen te dicht op elkaar.');
      await editor.getByLabel('Wij deden').fill('Nu zes weken ertussen, en een gast uit de uitvoering aan tafel.');
      await editor.getByRole('button', { name: 'Bewaren' }).click();
      await expectText(notice(page), /Concept bewaard/);
      await expectText(editor, /Concept, nog niet gepubliceerd/);
      await editor.getByRole('button', { name: 'Publiceren' }).click();
      await expectText(notice(page), /Gepubliceerd/);
      await expectText(editor, /Gepubliceerd op/);
      await expectText(table.getByRole('row').filter({ hasText: 'Tranche 2' }), /Gepubliceerd/);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `tranche-feedback-beheer-${width}`);

      // The programme page, for everyone: the note without the author's name.
      await page.goto(`/programmas/${p.programmeId}`);
      await settled(page);
      const section = page.getByRole('region', { name: 'Jullie zeiden, wij deden' });
      await expectText(section, /Over Tranche 2.*De bijeenkomsten lagen te dicht op elkaar.*gast uit de uitvoering/s);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `tranche-feedback-programma-${width}`);
      expect(errors).toEqual([]);
      await context.close();

      // The upcoming cohort's participant, before the start: told, and shown it in Mijn leren.
      const learner = await newPage(app, width);
      await signIn(learner.page, upcoming.email);
      await learner.page.goto('/mijn-leren');
      await settled(learner.page);
      const card = learner.page.getByRole('listitem').filter({ hasText: title }).first();
      await expectText(card, /Jullie zeiden, wij deden.*zes weken ertussen/s);
      expect(await axeViolations(learner.page)).toEqual([]);
      expect(await learner.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(learner.errors).toEqual([]);
      await learner.context.close();
    });
  }
});
