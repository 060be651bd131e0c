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
import { focused } from './support/fixtures.js';
import { actor, bookableSession, createOrganisation, PASSWORD, type Actor } from '../support/factories.js';
import { enrolInCohort, programmeWithCohort } from '../support/programme-factories.js';

/**
 * Issue #11 item 8: learning programmes in the web app, at desktop and phone width with axe-core.
 * The programme page with its structure and cohorts → enrol (the overlap warning, then "Toch
 * inschrijven") → Mijn leren shows every part; a full cohort puts the next one on the waitlist.
 */
describe('Learning programmes in the web app (Chromium)', () => {
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
  const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
  async function sweep(page: Page, width: number, name: string): Promise<void> {
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `${name}-${width}`);
  }

  for (const width of [1280, 375]) {
    it(`shows a programme with its structure and cohorts, enrols past an overlap and lists every part in Mijn leren (${width} px)`, async () => {
      const t = app.t;
      const org = await createOrganisation(t.dataSource);
      const ld = await actor(t, org.id, { roles: ['ld'] });
      const learner: Actor = await actor(t, org.id, { name: `Lotte Leerling ${width}` });
      const title = `Werkatelier Vakmanschap ${width}`;
      const { programme, cohort } = await programmeWithCohort(t, ld, {
        programme: { title },
        cohort: { name: 'Tranche 1', capacity: 15 },
      });
      // Already booked on the morning of day 1: the cohort's first part overlaps it.
      const day1 = cohort.parts[0];
      const other = await bookableSession(
        t,
        org.id,
        { startsAt: new Date(Date.parse(day1.startsAt) + 3600_000), capacity: 5 },
        { title: `Zaakgericht werken ${width}` },
      );
      await t.http.post(`/api/sessions/${other.sessionId}/enrolments`).set(learner.auth).send({}).expect(201);

      const { page, errors, context } = await newPage(app, width);
      await signIn(page, learner.email);
      await menu(page).getByRole('link', { name: 'Programma’s' }).click();
      await page.getByRole('heading', { level: 1, name: 'Programma’s' }).waitFor();
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await settled(page);

      // The structure as a timeline: every part in order, with kind, duration and format.
      const structure = page.getByRole('region', { name: 'Opbouw' }).getByRole('listitem');
      expect(await structure.count()).toBe(programme.parts.length);
      await expectText(structure.nth(0), /Dag 1: Verkenning.*Plenaire bijeenkomst · 6 uur · Klassikaal/s);
      await expectText(structure.nth(1), /stakeholdersdiner.*gast aan tafel welkom/s);
      await expectText(structure.nth(2), /Keuzemodule/);
      await expectText(page.getByRole('region', { name: 'Leerdoelen' }), /eigen dossier/);
      const cohortItem = page.getByRole('listitem', { name: 'Tranche 1' });
      await expectText(cohortItem, /15 plaatsen vrij/);
      await cohortItem.getByText('Data en plaatsen per onderdeel').click();
      await expectText(cohortItem, /Dag 1: Verkenning.*Rijkskantoor De Knoop, Utrecht/s);
      await sweep(page, width, 'programma');

      // Enrolling warns about the overlap, names it, and enrols only when asked again.
      await cohortItem.getByRole('button', { name: 'Inschrijven' }).click();
      const warning = cohortItem.getByText('Let op: dit valt samen met andere inschrijvingen');
      await warning.waitFor();
      await expectText(cohortItem, new RegExp(`Dag 1: Verkenning .* valt samen met Zaakgericht werken ${width}`));
      expect((await focused(page)).tag).toBe('div');
      expect(await axeViolations(page)).toEqual([]);
      await cohortItem.getByRole('button', { name: 'Toch inschrijven' }).click();
      await expectText(notice(page), /Je bent ingeschreven voor Tranche 1/);
      await expectText(cohortItem, /Ingeschreven/);

      // Mijn leren: the programme with every part, its date and place and link.
      await menu(page).getByRole('link', { name: 'Mijn leren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn leren' }).waitFor();
      const mine = page.getByRole('region', { name: 'Mijn programma’s' });
      await expectText(mine, new RegExp(`${title} — Tranche 1`));
      const parts = mine.getByRole('region', { name: 'Onderdelen' }).getByRole('listitem');
      expect(await parts.count()).toBe(cohort.parts.length);
      await expectText(parts.nth(0), /Dag 1: Verkenning.*Plenaire bijeenkomst.*Rijkskantoor De Knoop, Utrecht/s);
      expect(
        await parts
          .nth(3)
          .getByRole('link', { name: /Online deelnemen/ })
          .getAttribute('href'),
      ).toBe('https://meet.example.nl/werkatelier');
      await sweep(page, width, 'mijn-leren-programma');
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`puts the next learner of a full cohort on the waitlist and shows the place (${width} px)`, async () => {
      const t = app.t;
      const org = await createOrganisation(t.dataSource);
      const ld = await actor(t, org.id, { roles: ['ld'] });
      const first = await actor(t, org.id);
      const learner = await actor(t, org.id, { name: `Willem Wachtend ${width}` });
      const title = `Samen in Beleid ${width}`;
      const { cohort } = await programmeWithCohort(t, ld, {
        programme: { title },
        cohort: { name: 'Tranche 2', capacity: 1 },
      });
      await enrolInCohort(t, first, cohort.id);

      const { page, errors, context } = await newPage(app, width);
      await signIn(page, learner.email);
      await page.goto(`/programmas/${cohort.programmeId}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const cohortItem = page.getByRole('listitem', { name: 'Tranche 2' });
      await expectText(cohortItem, /Vol — je kunt op de wachtlijst/);
      await cohortItem.getByRole('button', { name: 'Op de wachtlijst' }).click();
      await expectText(notice(page), /wachtlijst op plaats 1/);
      await expectText(cohortItem, /Op de wachtlijst Plaats 1 op de wachtlijst/);
      await sweep(page, width, 'programma-wachtlijst');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
