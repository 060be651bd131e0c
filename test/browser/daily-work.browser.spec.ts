/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import {
  expectText,
  startBrowserApp,
  newPage,
  loginViaForm,
  notice,
  settled,
  type BrowserApp,
} from './support/browser.js';
import { newLearner, waitUntil } from './support/fixtures.js';
import { actor, bookableSession, createOrganisation, days, PASSWORD } from '../support/factories.js';

/** Issue #15: daily work — notices, unread count, session mode, the approvals menu item. */
describe('Daily work in the web app (Chromium)', () => {
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
  const noticeText = (page: Page) =>
    notice(page)
      .innerText()
      .then((s) => s.replace(/[×\s]+/g, ' ').trim());

  for (const width of [1280, 375]) {
    it(`closes a confirmation with its button, times it out and clears it on navigation (${width} px)`, async () => {
      const org = await createOrganisation(app.t.dataSource);
      const a = await bookableSession(app.t, org.id, { startsAt: days(20) });
      const b = await bookableSession(app.t, org.id, { startsAt: days(21) });
      const learner = await newLearner(app.t, `Nora Notitie ${width}`);
      const { page, errors, context } = await newPage(app, width);
      await signIn(page, learner.email);

      // Dismissable: the close button (reachable, inside the viewport) takes it away.
      await page.goto(`/cursussen/${a.courseId}`);
      await settled(page);
      await page.getByRole('button', { name: 'Inschrijven' }).click();
      await expectText(notice(page), /Je bent ingeschreven/);
      // Announced once: one live region, the text inside it, the close button outside it.
      expect(await page.locator('[role="status"][aria-live="polite"]').count()).toBe(1);
      await expectText(page.getByRole('status'), /Je bent ingeschreven/);
      expect(await page.getByRole('status').getByRole('button').count()).toBe(0);
      const close = notice(page).getByRole('button', { name: 'Melding sluiten' });
      const box = await close.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      await close.click();
      await page.waitForFunction(() => !document.querySelector('[data-testid="notice"]')?.textContent.trim());

      // Cleared on navigation: a confirmation does not follow you to the next page.
      await page.getByRole('button', { name: 'Inschrijving annuleren' }).click();
      await page.getByLabel('Reden van annuleren').selectOption('ziekte');
      await page.getByRole('button', { name: 'Annulering bevestigen' }).click();
      await expectText(notice(page), /geannuleerd/);
      await page.goto(`/cursussen/${b.courseId}`); // full load: nothing to carry
      await settled(page);
      await page.getByRole('button', { name: 'Inschrijven' }).click();
      await expectText(notice(page), /Je bent ingeschreven/);
      await page.getByRole('link', { name: 'Cursussen', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Cursussen' }).waitFor();
      expect(await noticeText(page)).toBe('');

      // Times out: a confirmation left alone goes away by itself.
      await page.goto(`/cursussen/${b.courseId}`);
      await settled(page);
      await page.getByRole('button', { name: 'Inschrijving annuleren' }).click();
      await page.getByLabel('Reden van annuleren').selectOption('ziekte');
      await page.getByRole('button', { name: 'Annulering bevestigen' }).click();
      await expectText(notice(page), /geannuleerd/);
      await page.waitForFunction(() => !document.querySelector('[data-testid="notice"]')?.textContent.trim(), null, {
        timeout: 12_000,
      });
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('keeps the confirmation of an action that navigates on the page it navigated to', async () => {
    const learner = await newLearner(app.t, 'Uit Logger');
    const { page, errors, context } = await newPage(app);
    await signIn(page, learner.email);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expectText(notice(page), /Je bent uitgelogd/);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const width of [1280, 375]) {
    it(`shows the unread count on Meldingen and updates it after marking read (${width} px)`, async () => {
      const learner = await newLearner(app.t, `Mila Meldingen ${width}`);
      for (const title of ['Eerste bericht', 'Tweede bericht', 'Derde bericht']) {
        await app.t.dataSource.query(
          `INSERT INTO notifications (id, user_id, kind, title, body, link, data) VALUES (gen_random_uuid(), $1, 'test', $2, 'Tekst.', NULL, '{}')`,
          [learner.id, title],
        );
      }
      const { page, errors, context } = await newPage(app, width);
      await signIn(page, learner.email);
      const link = page.getByRole('link', { name: 'Meldingen, 3 ongelezen' });
      await link.waitFor();
      expect((await link.innerText()).replace(/\s+/g, ' ').trim()).toBe('Meldingen (3)');
      const box = await link.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);

      await link.click();
      await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
      await page.getByRole('button', { name: /^Markeer als gelezen\W+Eerste bericht$/ }).click();
      await page.getByRole('link', { name: 'Meldingen, 2 ongelezen' }).waitFor();

      // A notification arriving meanwhile shows on the next page change.
      await app.t.dataSource.query(
        `INSERT INTO notifications (id, user_id, kind, title, body, link, data) VALUES (gen_random_uuid(), $1, 'test', 'Vierde bericht', 'Tekst.', NULL, '{}')`,
        [learner.id],
      );
      await page.goto('/cursussen');
      await settled(page);
      await page.getByRole('link', { name: 'Meldingen, 3 ongelezen' }).click();
      await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
      await expectText(notice(page), /Alle meldingen zijn gelezen/);
      await page.waitForFunction(() => !document.querySelector('[data-testid="unread-count"]'));
      await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('shows a hybrid session in Den Haag as hybrid with its place, online as online, classroom with its place; hours with a comma', async () => {
    const org = await createOrganisation(app.t.dataSource);
    const hybrid = await bookableSession(
      app.t,
      org.id,
      { startsAt: days(30), city: 'Den Haag', onlineUrl: 'https://meet.example.nl/hybride' },
      { format: 'hybride', title: 'Hybride werken in Den Haag' },
    );
    const online = await bookableSession(
      app.t,
      org.id,
      { startsAt: days(31), city: null, region: null, onlineUrl: 'https://meet.example.nl/online' },
      { format: 'online' },
    );
    const classroom = await bookableSession(
      app.t,
      org.id,
      { startsAt: days(32), city: 'Zwolle' },
      { format: 'klassikaal' },
    );
    await app.t.dataSource.query(`UPDATE courses SET duration_hours = 3.5 WHERE id = $1`, [hybrid.courseId]);
    // createSession always names a room ('Zaal 1'); a purely online session has none.
    await app.t.dataSource.query(`UPDATE course_sessions SET venue_name = NULL, address = NULL WHERE id = $1`, [
      online.sessionId,
    ]);
    const learner = await newLearner(app.t, 'Hanna Hybride');
    await app.t.http.post(`/api/sessions/${hybrid.sessionId}/enrolments`).set(learner.auth).send({}).expect(201);

    const { page, errors, context } = await newPage(app);
    await signIn(page, learner.email);
    await page.goto(`/cursussen/${hybrid.courseId}`);
    await settled(page);
    await expectText(page.locator('.c-session'), /^.*Hybride · Zaal 1, Den Haag/);
    expect(await page.locator('.c-session').innerText()).not.toMatch(/online/i);
    await expectText(page.locator('main'), /3,5 uur/);
    await page.goto(`/cursussen/${online.courseId}`);
    await settled(page);
    await expectText(page.locator('.c-session'), /Online ·/);
    await page.goto(`/cursussen/${classroom.courseId}`);
    await settled(page);
    await expectText(page.locator('.c-session'), /Klassikaal · Zaal 1, Zwolle/);

    await page.goto('/mijn-leren');
    await settled(page);
    await expectText(page.locator('main'), /Hybride werken in Den Haag[\s\S]*Hybride · Zaal 1, Den Haag/);

    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`/cursussen/${hybrid.courseId}`);
    await settled(page);
    await expectText(page.locator('main'), /3\.5 hours/);
    await expectText(page.locator('.c-session'), /Hybrid · Zaal 1, Den Haag/);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a hybrid next session on the catalogue card as hybrid with its place', async () => {
    const org = await createOrganisation(app.t.dataSource);
    const hybrid = await bookableSession(
      app.t,
      org.id,
      { startsAt: days(30), city: 'Den Haag', onlineUrl: 'https://meet.example.nl/h2' },
      { format: 'hybride', title: 'Hybride Xenonvergaderen', topics: ['Xenonvergaderen'] },
    );
    await waitUntil(async () => {
      const res = await app.t.http.get('/api/catalogue/courses?q=Xenonvergaderen');
      return res.body.items?.some((c: { id: string }) => c.id === hybrid.courseId);
    }, 'the hybrid course to be searchable');
    const { page, errors, context } = await newPage(app, 375);
    await page.goto('/cursussen?q=Xenonvergaderen');
    await settled(page);
    const card = page.locator('li', { has: page.getByRole('link', { name: 'Hybride Xenonvergaderen' }) });
    await expectText(card, /Hybride · Den Haag/);
    expect(await card.innerText()).toMatch(/3 uur/);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const width of [1280, 375]) {
    it(`shows Goedkeuringen only to someone named as manager, and the card links to the course (${width} px)`, async () => {
      const org = await createOrganisation(app.t.dataSource);
      const manager = await actor(app.t, org.id, { name: `Mees Manager ${width}` });
      const employee = await actor(app.t, org.id, { name: `Eva Employee ${width}` });
      const course = await bookableSession(
        app.t,
        org.id,
        { startsAt: days(25) },
        { requiresManagerApproval: true, title: `Goedkeuring nodig ${width}` },
      );
      await app.t.http
        .post(`/api/sessions/${course.sessionId}/enrolments`)
        .set(employee.auth)
        .send({ managerEmail: manager.email })
        .expect(201);

      const { page, errors, context } = await newPage(app, width);
      await signIn(page, employee.email);
      await page.goto('/cursussen');
      await settled(page);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn leren' }).waitFor();
      expect(
        await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Goedkeuringen' }).count(),
      ).toBe(0);
      await page.getByRole('button', { name: 'Uitloggen' }).click();

      await signIn(page, manager.email);
      const item = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Goedkeuringen' });
      await item.click();
      await page.getByRole('heading', { level: 1, name: 'Goedkeuringen' }).waitFor();
      await page.getByRole('link', { name: `Goedkeuring nodig ${width}` }).click();
      await page.getByRole('heading', { level: 1, name: `Goedkeuring nodig ${width}` }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/cursussen/${course.courseId}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('shows Goedkeuringen to a manager linked by L&D even with nothing waiting', async () => {
    const org = await createOrganisation(app.t.dataSource);
    const ld = await actor(app.t, org.id, { roles: ['ld'] });
    const manager = await actor(app.t, org.id, { name: 'Lina Gekoppeld' });
    const employee = await actor(app.t, org.id);
    await app.t.http
      .put(`/api/ld/manager-links/${employee.id}`)
      .set(ld.auth)
      .send({ managerEmail: manager.email })
      .expect(200);
    const { page, errors, context } = await newPage(app, 375);
    await signIn(page, manager.email);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Goedkeuringen' }).click();
    await expectText(page.locator('main'), /Er wacht niets op je goedkeuring/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves the language chosen with the switch, so notifications follow it and the next sign-in opens in it', async () => {
    const learner = await newLearner(app.t, 'Emma English');
    const first = await newPage(app, 1280);
    await signIn(first.page, learner.email);
    await first.page.getByRole('button', { name: 'English' }).click();
    await first.page.getByRole('link', { name: 'Notifications' }).waitFor();
    await waitUntil(
      async () => (await app.t.http.get('/api/me').set(learner.auth)).body.language === 'en',
      'the language saved',
    );
    expect(first.errors).toEqual([]);
    await first.context.close();

    // Another browser, nothing stored locally: signing in brings the saved language along.
    const second = await newPage(app, 375);
    await second.page.goto('/inloggen');
    await second.page.getByLabel('E-mailadres').fill(learner.email);
    await second.page.getByLabel('Wachtwoord').fill(PASSWORD);
    await second.page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await second.page.getByRole('button', { name: 'Log out' }).waitFor();
    expect(await second.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(second.errors).toEqual([]);
    await second.context.close();
  });
});
