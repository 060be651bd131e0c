/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import {
  axeViolations,
  expectText,
  loginViaForm,
  newPage,
  screenshot,
  settled,
  startBrowserApp,
  type BrowserApp,
} from './support/browser.js';
import { actor, bookableSession, createOrganisation, days, PASSWORD } from '../support/factories.js';

/** Issue #15 item 3: the manager's team page, at desktop and phone width. */
describe("The manager's team page (Chromium)", () => {
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

  for (const width of [1280, 375]) {
    it(`shows the team with pending approvals first, waitlist places and hours this year (${width} px)`, async () => {
      const t = app.t;
      const org = await createOrganisation(t.dataSource);
      const ld = await actor(t, org.id, { roles: ['ld'] });
      const manager = await actor(t, org.id, { name: `Mira Manager ${width}` });
      const quiet = await actor(t, org.id, { name: `Aad Rustig ${width}` });
      const busy = await actor(t, org.id, { name: `Bo Bezig ${width}` });
      for (const member of [quiet, busy])
        await t.http
          .put(`/api/ld/manager-links/${member.id}`)
          .set(ld.auth)
          .send({ managerEmail: manager.email })
          .expect(200);
      const enrol = async (who: typeof busy, sessionId: string) =>
        (await t.http.post(`/api/sessions/${sessionId}/enrolments`).set(who.auth).send({}).expect(201)).body as {
          id: string;
        };
      const approval = await bookableSession(
        t,
        org.id,
        { startsAt: days(30) },
        { requiresManagerApproval: true, title: `Aanvraag ${width}` },
      );
      await enrol(busy, approval.sessionId);
      const full = await bookableSession(t, org.id, { startsAt: days(10), capacity: 1 }, { title: `Vol ${width}` });
      await enrol(await actor(t, org.id), full.sessionId);
      await enrol(await actor(t, org.id), full.sessionId);
      await enrol(busy, full.sessionId);
      // Attended a week ago: a 3-hour course.
      const past = await bookableSession(t, org.id, {}, { title: `Gevolgd ${width}` });
      const attended = await enrol(busy, past.sessionId);
      await t.dataSource.query(
        `UPDATE course_sessions SET starts_at = now() - interval '7 days', ends_at = now() - interval '7 days' + interval '3 hours',
                enrolment_deadline = now() - interval '7 days', cancellation_deadline = now() - interval '9 days'
          WHERE id = $1`,
        [past.sessionId],
      );
      await t.dataSource.query(`UPDATE enrolments SET status = 'attended' WHERE id = $1`, [attended.id]);

      const { page, errors, context } = await newPage(app, width);
      await signIn(page, manager.email);
      await menu(page).getByRole('link', { name: 'Mijn team' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn team' }).waitFor();
      await settled(page);
      const rows = page.getByRole('region', { name: 'Mijn team' }).getByRole('row');
      // The header row, then the person with a request waiting, then the other.
      expect(await rows.count()).toBe(3);
      await expectText(rows.nth(1), new RegExp(`Bo Bezig ${width}`));
      await expectText(rows.nth(2), new RegExp(`Aad Rustig ${width}`));
      const items = rows.nth(1).getByRole('listitem');
      expect(await items.count()).toBe(3);
      await expectText(items.nth(0), new RegExp(`Wacht op goedkeuring.*Aanvraag ${width}`, 's'));
      await expectText(items.nth(1), new RegExp(`Op de wachtlijst plek 2.*Vol ${width}`, 's'));
      await expectText(items.nth(2), new RegExp(`Aanwezig geweest.*Gevolgd ${width}`, 's'));
      await expectText(rows.nth(1), /3 uur/);
      await expectText(rows.nth(2), /Geen inschrijvingen/);
      await expectText(page.locator('main'), /1 aanvraag wacht op je goedkeuring/);
      expect(await axeViolations(page)).toEqual([]);
      // Nothing scrolls sideways; at phone width each person is a block with labelled cells.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (width === 375) {
        const display = await rows.nth(1).evaluate((el) => getComputedStyle(el).display);
        expect(display).toBe('block');
      }
      await screenshot(page, `team-${width}`);

      // The course link leads to the course; the decision link to Goedkeuringen.
      await items.nth(0).getByRole('link', { name: 'Beslis uiterlijk', exact: false }).click();
      await page.getByRole('heading', { level: 1, name: 'Goedkeuringen' }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`does not show Mijn team to someone nobody named, and its page says what to do (${width} px)`, async () => {
      const org = await createOrganisation(app.t.dataSource);
      const learner = await actor(app.t, org.id, { name: `Lotte Leerling ${width}` });
      const { page, errors, context } = await newPage(app, width);
      await signIn(page, learner.email);
      await menu(page).getByRole('link', { name: 'Mijn leren' }).waitFor();
      expect(await menu(page).getByRole('link', { name: 'Mijn team' }).count()).toBe(0);
      await page.goto('/team');
      await settled(page);
      await expectText(page.locator('main'), /Er staat nog niemand in je team.*Vraag je L&D-adviseur/s);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `team-leeg-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
