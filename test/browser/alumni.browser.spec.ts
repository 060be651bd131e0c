/// <reference lib="dom" />
import type { Page } from 'playwright-core';
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
import { actor, bookableSession, createOrganisation, login, PASSWORD } from '../support/factories.js';

/**
 * Issue #12 item 3: a learner finds an alumnus (search on "Alumni-netwerk" and "Wie deden deze
 * cursus ook" on the course page) and sends a message; the pages pass axe at 1280 and 375 px.
 */
describe('The alumni network (Chromium)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
  const checkPage = async (page: Page, width: number, name: string) => {
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `${name}-${width}`);
  };

  it('has demo alumni who opted in, some showing their address; the demo learner is not one of them', async () => {
    const { accessToken } = await login(app.t, DEMO.learner, DEMO_PASSWORD);
    const auth = { Authorization: `Bearer ${accessToken}` };
    const found = await app.t.http.get('/api/alumni?pageSize=100').set(auth).expect(200);
    const items = found.body.items as { email: string | null; courses: unknown[] }[];
    expect(found.body.total).toBeGreaterThanOrEqual(10);
    expect(items.some((a) => a.email !== null)).toBe(true);
    expect(items.some((a) => a.email === null)).toBe(true);
    expect(items.every((a) => a.courses.length > 0)).toBe(true);
    expect((await app.t.http.get('/api/me/alumni-consent').set(auth).expect(200)).body.findable).toBe(false);
  });

  for (const width of [1280, 375]) {
    it(`a learner finds an alumnus and sends a message (${width} px)`, async () => {
      const t = app.t;
      const alumniOrg = await createOrganisation(t.dataSource, { name: `Waterschap Alumnia ${width}` });
      const learnerOrg = await createOrganisation(t.dataSource, { name: `Gemeente Zoekerveen ${width}` });
      const title = `Participatie in de praktijk ${width}`;
      const s = await bookableSession(t, alumniOrg.id, {}, { title });
      const alumnus = await actor(t, alumniOrg.id, { name: `Ahmed Alumnus ${width}` });
      const res = await t.http.post(`/api/sessions/${s.sessionId}/enrolments`).set(alumnus.auth).send({}).expect(201);
      await t.dataSource.query(`UPDATE enrolments SET status = 'attended' WHERE id = $1`, [res.body.id]);
      await t.http
        .put('/api/me/alumni-consent')
        .set(alumnus.auth)
        .send({ findable: true, showEmail: false, jobTitle: 'Omgevingsmanager' })
        .expect(200);
      const learner = await actor(t, learnerOrg.id, { name: `Lotte Zoeker ${width}` });

      const { page, errors, context } = await newPage(app, width);
      await loginViaForm(page, learner.email, PASSWORD);
      await menu(page).getByRole('link', { name: 'Alumni' }).click();
      await page.getByRole('heading', { level: 1, name: 'Alumni-netwerk' }).waitFor();
      const consent = page.getByRole('checkbox', { name: 'Maak mij vindbaar als alumnus' });
      await consent.waitFor();
      expect(await consent.isChecked()).toBe(false);
      await checkPage(page, width, 'alumni-netwerk');

      // Search by the course title: the alumnus is found with job title and organisation, no address.
      await page.getByLabel('Naam, functie of cursus').fill(title);
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      const card = page.getByRole('listitem', { name: `Ahmed Alumnus ${width}` });
      await card.waitFor();
      await expectText(card, new RegExp(`Omgevingsmanager · Waterschap Alumnia ${width}`));
      await expectText(card, new RegExp(title));
      expect(await page.locator('main').innerText()).not.toContain(alumnus.email);
      await checkPage(page, width, 'alumni-zoeken');

      // Contact: an empty message is refused at its field, then sent.
      await card.getByRole('link', { name: 'Stuur een bericht' }).click();
      await page.getByRole('heading', { level: 1, name: `Bericht aan Ahmed Alumnus ${width}` }).waitFor();
      await checkPage(page, width, 'alumni-bericht');
      await page.getByRole('button', { name: 'Versturen' }).click();
      const text = page.getByLabel('Je bericht');
      await expectText(page.locator('main'), /Niet alles is goed ingevuld|Vul dit in/);
      expect(await text.evaluate((el) => el.getAttribute('aria-invalid'))).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Onderwerp').fill('Ervaringen met participatie');
      await text.fill('Hoi Ahmed, hoe hebben jullie de participatie georganiseerd? Groet, Lotte');
      await page.getByRole('button', { name: 'Versturen' }).click();
      await expectText(page.locator('main'), new RegExp(`Je bericht aan Ahmed Alumnus ${width} is verstuurd`));
      await expectText(notice(page), /Bericht verstuurd/);
      expect(await axeViolations(page)).toEqual([]);
      const [row] = await t.dataSource.query<{ subject: string; course_id: string | null }[]>(
        `SELECT subject, course_id FROM alumni_messages WHERE sender_id = $1 AND recipient_id = $2`,
        [learner.id, alumnus.id],
      );
      expect(row).toMatchObject({ subject: 'Ervaringen met participatie' });

      // The course page says who else took it.
      await page.goto(`/cursussen/${s.courseId}`);
      await page.getByRole('heading', { level: 2, name: 'Wie deden deze cursus ook' }).waitFor();
      await page.getByRole('listitem', { name: `Ahmed Alumnus ${width}` }).waitFor();
      await checkPage(page, width, 'cursus-alumni');

      // The learner opts in herself: one switch, confirmed in the live region.
      await page.goto('/alumni');
      await page.getByRole('checkbox', { name: 'Maak mij vindbaar als alumnus' }).check();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expectText(notice(page), /Je bent vindbaar als alumnus/);
      const mine = await t.http.get('/api/me/alumni-consent').set(learner.auth).expect(200);
      expect(mine.body).toMatchObject({ findable: true, showEmail: false });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
