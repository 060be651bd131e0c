/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import {
  axeViolations,
  expectText,
  loginViaForm,
  newPage,
  settled,
  startBrowserApp,
  type BrowserApp,
} from './support/browser.js';
import { actor, createOrganisation, daysFromNow, PASSWORD, TEACHER_PROFILE, type Actor } from '../support/factories.js';

/** Issue #15 item 4: a scheduled in-company request shows its session; pages print their content only. */
describe('Scheduled in-company requests and printing (Chromium)', () => {
  let app: BrowserApp;
  let ld: Actor;
  let trainer: Actor;
  let requestId: string;
  let sessionId: string;
  let courseId: string;
  const topic = 'Woo-verzoeken afhandelen voor het juridisch team';
  const startsAt = daysFromNow(45, 8);
  const endsAt = daysFromNow(45, 11);

  beforeAll(async () => {
    app = await startBrowserApp();
    const { t } = app;
    const bzk = await createOrganisation(t.dataSource, { slug: 'bzk-print', name: 'Ministerie van BZK (print)' });
    const zwolle = await createOrganisation(t.dataSource, { slug: 'zwolle-print', name: 'Gemeente Zwolle (print)' });
    ld = await actor(t, bzk.id, { roles: ['ld'], name: 'Lotte Leerregie' });
    trainer = await actor(t, zwolle.id, { name: 'Tamara Trainer' });
    const profileId = (await t.http.put('/api/me/teacher-profile').set(trainer.auth).send(TEACHER_PROFILE).expect(201))
      .body.id;
    requestId = (await t.http.post('/api/incompany-requests').set(ld.auth).send({ topic, groupSize: 9 }).expect(201))
      .body.id;
    const inv = (
      await t.http
        .post(`/api/incompany-requests/${requestId}/invitations`)
        .set(ld.auth)
        .send({ teacherIds: [profileId] })
        .expect(200)
    ).body.invitations[0].id;
    await t.http.post(`/api/incompany-invitations/${inv}/respond`).set(trainer.auth).send({ accept: true }).expect(200);
    const scheduled = (
      await t.http
        .post(`/api/incompany-requests/${requestId}/schedule`)
        .set(ld.auth)
        .send({ startsAt, endsAt, venueName: 'Zaal 4', city: 'Den Haag', onlineUrl: 'https://meet.example.nl/woo' })
        .expect(200)
    ).body;
    sessionId = scheduled.sessionId;
    courseId = scheduled.session.courseId;
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  async function signIn(page: Page, who: Actor): Promise<void> {
    await loginViaForm(page, who.email, PASSWORD);
    await page.locator('h1').first().waitFor();
  }

  /** "45 … 09:00" as the app shows it: Dutch, Amsterdam time. */
  const dayMonth = () =>
    new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long' }).format(
      new Date(startsAt),
    );
  const time = (iso: string) =>
    new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(
      new Date(iso),
    );

  for (const width of [1280, 375]) {
    it(`shows a scheduled request's date, place and a working link to its session (${width} px)`, async () => {
      const { page, errors, context } = await newPage(app, width);
      await signIn(page, ld);

      // The board card: when and where.
      await page.goto('/maatwerk');
      await settled(page);
      const card = page.locator('.c-board__card', { hasText: topic });
      await expectText(card, new RegExp(`${dayMonth()}.*${time(startsAt)}`));
      await expectText(card, /Hybride · Zaal 4, Den Haag/);

      // The detail page: date and time, place, the online link and the link to the course.
      await page.goto(`/maatwerk/${requestId}`);
      await settled(page);
      const facts = page.locator('.c-facts');
      await expectText(facts, new RegExp(`Datum en tijd.*${dayMonth()}.*${time(startsAt)}.*${time(endsAt)}`, 's'));
      await expectText(facts, /Plaats.*Hybride · Zaal 4, Den Haag/s);
      expect(await facts.getByRole('link', { name: 'online deelnemen' }).getAttribute('href')).toBe(
        'https://meet.example.nl/woo',
      );
      expect(await axeViolations(page)).toEqual([]);
      const toCourse = facts.getByRole('link', { name: 'Naar de cursus en inschrijving' });
      const box = await toCourse.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      await toCourse.click();
      await page.waitForURL(`**/cursussen/${courseId}`);
      await page.getByRole('heading', { level: 1, name: topic }).waitFor();

      // The trainer's link goes to the session's participants.
      const trainerPage = await newPage(app, width);
      await signIn(trainerPage.page, trainer);
      await trainerPage.page.goto(`/maatwerk/${requestId}`);
      await settled(trainerPage.page);
      await trainerPage.page.getByRole('link', { name: /Deelnemers van de sessie op/ }).click();
      await trainerPage.page.waitForURL(`**/lesgeven/cursussen/${courseId}/sessies/${sessionId}`);
      await trainerPage.page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(trainerPage.errors).toEqual([]);
      await trainerPage.context.close();

      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('prints a course page, a request and the participants without menu, sign-out, skip link or buttons', async () => {
    const { page, errors, context } = await newPage(app, 1280);
    await signIn(page, ld);
    await page.goto(`/cursussen/${courseId}`);
    await settled(page);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const signOut = page.getByRole('button', { name: 'Uitloggen' });
    expect(await nav.isVisible()).toBe(true);
    expect(await signOut.isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    expect(await nav.isVisible()).toBe(false);
    expect(await signOut.isVisible()).toBe(false);
    expect(await page.locator('.c-usermenu').isVisible()).toBe(false);
    expect(await page.locator('.utrecht-skip-link').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'English' }).isVisible()).toBe(false);
    expect(await page.locator('main button:visible').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1, name: topic }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Sessies' }).isVisible()).toBe(true);
    expect(await page.locator('.c-sessions li').first().isVisible()).toBe(true);
    await expectText(page.locator('.c-sessions'), new RegExp(dayMonth()));
    // Links print as their text: no underline, no address after them.
    const link = page.locator('main a').first();
    if (await link.count()) {
      const style = await link.evaluate((a) => {
        const s = getComputedStyle(a);
        return { decoration: s.textDecorationLine, after: getComputedStyle(a, '::after').content };
      });
      expect(style.decoration).toBe('none');
      expect(['none', 'normal']).toContain(style.after);
    }

    // The request page prints its facts, not the header or the actions.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/maatwerk/${requestId}`);
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    expect(await nav.isVisible()).toBe(false);
    expect(await signOut.isVisible()).toBe(false);
    expect(await page.locator('main button:visible').count()).toBe(0);
    expect(await page.locator('.c-facts').isVisible()).toBe(true);
    await expectText(page.locator('.c-facts'), /Hybride · Zaal 4, Den Haag/);
    expect(errors).toEqual([]);
    await context.close();

    // The participants page, printed by the trainer: the list without the menu.
    const tp = await newPage(app, 1280);
    await signIn(tp.page, trainer);
    await tp.page.goto(`/lesgeven/cursussen/${courseId}/sessies/${sessionId}`);
    await settled(tp.page);
    await tp.page.emulateMedia({ media: 'print' });
    expect(await tp.page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await tp.page.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(false);
    expect(await tp.page.locator('main button:visible').count()).toBe(0);
    expect(await tp.page.locator('h1').first().isVisible()).toBe(true);
    expect(tp.errors).toEqual([]);
    await tp.context.close();
  });
});
