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
import { actor, bookableSession, createOrganisation, PASSWORD, type Actor } from '../support/factories.js';

/**
 * Issue #12 item 1: a learner evaluates a session after attendance from Mijn leren; the course
 * page then shows the average and count, and the teacher's session page the aggregates without
 * names — at desktop and phone width, with zero axe-core violations.
 */
describe('Evaluations (Chromium)', () => {
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
    it(`lets a learner evaluate after attendance; the course and session pages show the aggregate (${width} px)`, async () => {
      const t = app.t;
      const org = await createOrganisation(t.dataSource);
      const title = `Evalueren in de praktijk ${width}`;
      const s = await bookableSession(
        t,
        org.id,
        { startsAt: new Date(Date.now() + 10 * 60_000), enrolmentDeadline: new Date(Date.now() + 5 * 60_000) },
        { title },
      );
      const learner = await actor(t, org.id, { name: `Lotte Leerling ${width}` });
      const others = [await actor(t, org.id), await actor(t, org.id)];
      const enrolments = new Map<Actor, string>();
      for (const who of [learner, ...others]) {
        const e = await t.http.post(`/api/sessions/${s.sessionId}/enrolments`).set(who.auth).send({}).expect(201);
        enrolments.set(who, e.body.id as string);
        await t.http
          .put(`/api/enrolments/${e.body.id as string}/attendance`)
          .set(s.teacher.auth)
          .send({ status: 'attended' })
          .expect(200);
      }
      for (const [i, who] of others.entries())
        await t.http
          .post(`/api/enrolments/${enrolments.get(who) ?? ''}/evaluation`)
          .set(who.auth)
          .send({ overall: 4 + i, usefulness: 4, teacher: 5, comment: i === 0 ? 'Veel geleerd van de casussen' : null })
          .expect(201);

      const { page, errors, context } = await newPage(app, width);
      await signIn(page, learner.email);
      await page.goto('/mijn-leren');
      await settled(page);
      const card = page.getByRole('listitem').filter({ hasText: title });
      await card.getByRole('link', { name: 'Evalueer' }).click();
      await page.getByRole('heading', { level: 1, name: `Evalueer ${title}` }).waitFor();
      await settled(page);

      // Sending without answers: the questions say what is missing.
      await page.getByRole('button', { name: 'Evaluatie versturen' }).click();
      await expectText(page.locator('main'), /Niet alles is goed ingevuld/);
      expect(await axeViolations(page)).toEqual([]);

      const group = (name: string) => page.getByRole('group', { name });
      await group('Hoe beoordeel je de sessie als geheel?').getByRole('radio', { name: '3 – voldoende' }).check();
      await group('Hoe bruikbaar is wat je leerde voor je werk?')
        .getByRole('radio', { name: '5 – uitstekend' })
        .check();
      await group('Hoe beoordeel je de docent?').getByRole('radio', { name: '4 – goed' }).check();
      await page.getByLabel('Toelichting').fill('Graag meer tijd voor oefenen');
      await page.getByRole('button', { name: 'Evaluatie versturen' }).click();
      await expectText(notice(page), /Je evaluatie is opgeslagen/);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `evaluatie-${width}`);

      // Back in Mijn leren the link changes into "aanpassen".
      await page.goto('/mijn-leren');
      await settled(page);
      await card.getByRole('link', { name: 'Je evaluatie aanpassen' }).waitFor();

      // The course page: the average of 4, 5 and 3 from three evaluations.
      await page.goto(`/cursussen/${s.courseId}`);
      await settled(page);
      await expectText(page.locator('main'), /gemiddeld een 4,0 uit 5 \(3 evaluaties\)/);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();

      // The teacher's session page: averages and comments, no names.
      const teacherPage = await newPage(app, width);
      await signIn(teacherPage.page, s.teacher.email);
      await teacherPage.page.goto(`/lesgeven/cursussen/${s.courseId}/sessies/${s.sessionId}`);
      await settled(teacherPage.page);
      const results = teacherPage.page.getByRole('region', { name: 'Evaluaties' });
      await expectText(results, /3 deelnemers evalueerden deze sessie/);
      await expectText(results, /Graag meer tijd voor oefenen.*Veel geleerd van de casussen/s);
      expect(await results.textContent()).not.toContain('Lotte Leerling');
      expect(await axeViolations(teacherPage.page)).toEqual([]);
      expect(await teacherPage.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(teacherPage.page, `evaluatie-docent-${width}`);
      expect(teacherPage.errors).toEqual([]);
      await teacherPage.context.close();
    });
  }
});
