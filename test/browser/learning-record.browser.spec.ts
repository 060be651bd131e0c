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
import { actor, bookableSession, createOrganisation, PASSWORD } from '../support/factories.js';
import { enrolInCohort, programmeWithCohort } from '../support/programme-factories.js';

/** Issue #12 item 7: Mijn leerdossier, a printable proof of participation and its public check. */
describe('The learning record and proofs of participation (Chromium)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
  const noSidewaysScroll = async (page: Page, width: number) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

  for (const width of [1280, 375]) {
    it(`lists what was attended with totals, prints a proof and checks its code publicly (${width} px)`, async () => {
      const t = app.t;
      const org = await createOrganisation(t.dataSource, { name: `Kadaster Academie ${width}` });
      const learner = await actor(t, org.id, { name: `Lotte Leerling ${width}` });
      // A 2,5-hour course attended a week ago, a 21-hour programme attended, a cancelled course.
      const past = await bookableSession(t, org.id, {}, { title: `Wet open overheid ${width}` });
      await t.dataSource.query(`UPDATE courses SET duration_hours = 2.5 WHERE id = $1`, [past.courseId]);
      const enrol = async (sessionId: string) =>
        (
          (await t.http.post(`/api/sessions/${sessionId}/enrolments`).set(learner.auth).send({}).expect(201)).body as {
            id: string;
          }
        ).id;
      const attended = await enrol(past.sessionId);
      await t.dataSource.query(
        `UPDATE course_sessions SET starts_at = now() - interval '7 days', ends_at = now() - interval '7 days' + interval '3 hours',
                enrolment_deadline = now() - interval '7 days', cancellation_deadline = now() - interval '9 days'
          WHERE id = $1`,
        [past.sessionId],
      );
      await t.dataSource.query(`UPDATE enrolments SET status = 'attended' WHERE id = $1`, [attended]);
      const ld = await actor(t, org.id, { roles: ['ld'] });
      const { cohort } = await programmeWithCohort(t, ld, { programme: { title: `Werkatelier ${width}` } });
      const inCohort = await enrolInCohort(t, learner, cohort.id);
      await t.dataSource.query(`UPDATE enrolments SET status = 'attended' WHERE id = $1`, [inCohort.id]);
      const cancelled = await enrol((await bookableSession(t, org.id, {}, { title: `Afgezegd ${width}` })).sessionId);
      await t.http.post(`/api/enrolments/${cancelled}/cancel`).set(learner.auth).send({ reason: 'ziekte' }).expect(200);

      const { page, errors, context } = await newPage(app, width);
      await loginViaForm(page, learner.email, PASSWORD);
      await menu(page).getByRole('link', { name: 'Mijn leerdossier' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn leerdossier' }).waitFor();
      await settled(page);
      const rows = page.getByRole('region', { name: 'Leerdossier' }).getByRole('row');
      expect(await rows.count()).toBe(3);
      const main = page.locator('main');
      await expectText(main, /Uren in totaal\s*23,5 uur/);
      await expectText(main, /2 cursussen en programma’s/);
      await expectText(
        rows.nth(1),
        new RegExp(`Werkatelier ${width}.*programma.*21 uur.*Kadaster Academie ${width}`, 's'),
      );
      await expectText(rows.nth(2), new RegExp(`Wet open overheid ${width}.*2,5 uur`, 's'));
      expect(await main.innerText()).not.toContain(`Afgezegd ${width}`);
      expect(await axeViolations(page)).toEqual([]);
      await noSidewaysScroll(page, width);
      await screenshot(page, `leerdossier-${width}`);

      // The proof of the course: statement, hours, code and where to check it; printed without menus.
      await rows
        .nth(2)
        .getByRole('link', { name: `Bewijs van deelname: Wet open overheid ${width}` })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Bewijs van deelname' }).waitFor();
      await settled(page);
      await expectText(
        main,
        new RegExp(`Lotte Leerling ${width} heeft deelgenomen aan de cursus “Wet open overheid ${width}”`),
      );
      await expectText(main, /Studiebelasting\s*2,5 uur/);
      const code = (await page.locator('.c-proof__code').innerText()).trim();
      expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const checkUrl = await page.locator('.c-proof__url').innerText();
      expect(checkUrl).toMatch(new RegExp(`/bewijs/${code}$`));
      expect(await axeViolations(page)).toEqual([]);
      await noSidewaysScroll(page, width);
      await screenshot(page, `bewijs-van-deelname-${width}`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.c-header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Afdrukken of bewaren als pdf' }).isVisible()).toBe(false);
      expect(await page.locator('.c-proof__code').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect(errors).toEqual([]);
      await context.close();

      // Whoever receives it checks it without an account; a changed code is not valid.
      const anonymous = await newPage(app, width);
      await anonymous.page.goto(new URL(checkUrl).pathname);
      await anonymous.page.getByRole('heading', { level: 1, name: 'Controleer een bewijs' }).waitFor();
      await settled(anonymous.page);
      const publicMain = anonymous.page.locator('main');
      await expectText(publicMain, /Dit is een geldig bewijs van deelname/);
      await expectText(publicMain, new RegExp(`Deelnemer\\s*Lotte Leerling ${width}`));
      expect(await publicMain.innerText()).not.toContain(learner.email);
      expect(await axeViolations(anonymous.page)).toEqual([]);
      await noSidewaysScroll(anonymous.page, width);
      await screenshot(anonymous.page, `bewijs-controleren-${width}`);
      const tampered = `${code.slice(0, 20)}${code[20] === 'A' ? 'B' : 'A'}${code.slice(21)}`;
      await anonymous.page.getByLabel('Verificatiecode').fill(tampered);
      await anonymous.page.getByRole('button', { name: 'Controleren' }).click();
      await expectText(publicMain, /hoort niet bij een geldig bewijs van deelname/);
      expect(await publicMain.innerText()).not.toContain(`Lotte Leerling ${width}`);
      expect(await axeViolations(anonymous.page)).toEqual([]);
      await screenshot(anonymous.page, `bewijs-ongeldig-${width}`);
      expect(anonymous.errors).toEqual([]);
      await anonymous.context.close();
    });
  }

  it('tells a learner with nothing attended yet how the record fills (375 px)', async () => {
    const org = await createOrganisation(app.t.dataSource);
    const learner = await actor(app.t, org.id);
    const { page, errors, context } = await newPage(app, 375);
    await loginViaForm(page, learner.email, PASSWORD);
    await page.goto('/leerdossier');
    await settled(page);
    await expectText(page.locator('main'), /Je leerdossier is nog leeg/);
    expect(await axeViolations(page)).toEqual([]);
    await noSidewaysScroll(page, 375);
    expect(errors).toEqual([]);
    await context.close();
  });
});
