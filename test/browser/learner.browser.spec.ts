/// <reference lib="dom" />
import {
  expectText,
  startBrowserApp,
  newPage,
  loginViaForm,
  notice,
  settled,
  DEMO,
  type BrowserApp,
} from './support/browser.js';
import { focused, newLearner, searchableCourse, tabTo } from './support/fixtures.js';
import { PASSWORD } from '../support/factories.js';

describe('Learner journeys in the web app (Chromium)', () => {
  let app: BrowserApp;
  let open: { courseId: string; sessionId: string };
  let full: { courseId: string; sessionId: string };

  beforeAll(async () => {
    app = await startBrowserApp();
    open = await searchableCourse(app.t, 'Zaakgericht werken met de Zylofoonmethode', 'Zylofoon', { capacity: 12 });
    full = await searchableCourse(
      app.t,
      'Wachtlijstbeheer voor Quokkateams',
      'Quokkabeheer',
      { capacity: 1 },
      'online',
    );
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  it('searches, filters, opens a course, enrols, sees the seat in Mijn leren and cancels with a reason', async () => {
    const { page, errors, context } = await newPage(app);
    await loginViaForm(page, DEMO.learner);
    await page.goto('/');
    await page.getByLabel('Wat wil je leren?').fill('Zylofoon');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cursussen over “Zylofoon”' }).waitFor();

    await page.getByLabel(/^Vorm/).selectOption('klassikaal');
    await page.getByLabel('Alleen met vrije plaatsen').check();
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await page.waitForURL(/format=klassikaal/);
    expect(page.url()).toContain('freeSeats=true');
    await expectText(page.locator('#results-count'), /^1 cursus gevonden$/);

    await page.getByRole('link', { name: 'Zaakgericht werken met de Zylofoonmethode' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zaakgericht werken met de Zylofoonmethode' }).waitFor();
    await expectText(page.locator('.c-session'), /12 plaatsen vrij/);
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await expectText(notice(page), /Je bent ingeschreven/);
    await expectText(page.locator('.c-session'), /Ingeschreven/);

    await page.getByRole('link', { name: 'Mijn leren' }).click();
    const upcoming = page.locator('section', { has: page.getByRole('heading', { name: 'Komende sessies' }) });
    await expectText(upcoming, /Zaakgericht werken met de Zylofoonmethode[\s\S]*Ingeschreven/);

    await upcoming.getByRole('button', { name: 'Inschrijving annuleren' }).first().click();
    await page.getByLabel('Reden van annuleren').selectOption('werkdruk_prioriteiten');
    await page.getByRole('button', { name: 'Annulering bevestigen' }).click();
    await expectText(notice(page), /geannuleerd/);
    const history = page.locator('section', { has: page.getByRole('heading', { name: 'Geschiedenis' }) });
    await expectText(
      history,
      /Zaakgericht werken met de Zylofoonmethode[\s\S]*Geannuleerd[\s\S]*Werkdruk of andere prioriteiten/,
    );

    const [row] = await app.t.dataSource.query(
      `SELECT e.status, e.cancel_reason FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.email = $1 AND e.session_id = $2`,
      [DEMO.learner, open.sessionId],
    );
    expect(row).toEqual({ status: 'cancelled', cancel_reason: 'werkdruk_prioriteiten' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('joins the waitlist of a full session, is offered the freed seat and accepts it', async () => {
    const other = await newLearner(app.t, 'Eerste Deelnemer');
    const first = await app.t.http
      .post(`/api/sessions/${full.sessionId}/enrolments`)
      .set(other.auth)
      .send({})
      .expect(201);
    expect(first.body.status).toBe('confirmed');

    const { page, errors, context } = await newPage(app);
    await loginViaForm(page, DEMO.learner);
    await page.goto(`/cursussen/${full.courseId}`);
    await expectText(page.locator('.c-session'), /Vol — je kunt op de wachtlijst/);
    await page.getByRole('button', { name: 'Op de wachtlijst' }).click();
    await expectText(notice(page), /wachtlijst op plaats 1/);

    await page.getByRole('link', { name: 'Mijn leren' }).click();
    const waitlist = page.locator('section', { has: page.getByRole('heading', { name: 'Wachtlijsten' }) });
    await expectText(waitlist, /Wachtlijstbeheer voor Quokkateams[\s\S]*Plaats 1 op de wachtlijst/);

    await app.t.http
      .post(`/api/enrolments/${first.body.id}/cancel`)
      .set(other.auth)
      .send({ reason: 'ziekte' })
      .expect(200);
    await page.reload();
    const offers = page.locator('section', { has: page.getByRole('heading', { name: 'Aangeboden plekken' }) });
    await expectText(offers, /Wachtlijstbeheer voor Quokkateams[\s\S]*Plek aangeboden[\s\S]*Accepteren kan tot/);
    await offers.getByRole('button', { name: 'Plek accepteren' }).click();
    await expectText(notice(page), /geaccepteerd/);
    const upcoming = page.locator('section', { has: page.getByRole('heading', { name: 'Komende sessies' }) });
    await expectText(upcoming, /Wachtlijstbeheer voor Quokkateams[\s\S]*Ingeschreven/);
    expect(await offers.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches the interface to English and back; the choice sets the page language and survives a reload', async () => {
    const { page, errors, context } = await newPage(app);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Leer van collega’s bij de hele overheid' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Learn from colleagues across government' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByLabel('What do you want to learn?').fill('Zylofoon');
    await page.getByRole('button', { name: 'Search' }).click();
    await expectText(page.locator('#results-count'), /^1 course found$/);
    await page.reload();
    await expectText(page.locator('#results-count'), /^1 course found$/);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expectText(page.locator('#results-count'), /^1 cursus gevonden$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does the learner journey with the keyboard only, with visible focus at every stop', async () => {
    const kees = await newLearner(app.t, 'Kees Toetsenbord');
    const { page, errors, context } = await newPage(app);
    await page.goto('/inloggen');
    await settled(page);
    await tabTo(page, /^E-mailadres/);
    await page.keyboard.type(kees.email);
    await tabTo(page, /^Wachtwoord/);
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn leren' }).waitFor();

    await tabTo(page, /^Cursussen$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Cursussen' }).waitFor();
    await tabTo(page, /^Wat wil je leren\?/);
    await page.keyboard.type('Zylofoon');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Cursussen over “Zylofoon”' }).waitFor();
    await settled(page);

    await tabTo(page, /^Zaakgericht werken met de Zylofoonmethode$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Zaakgericht werken met de Zylofoonmethode' }).waitFor();
    await settled(page);
    await tabTo(page, /^Inschrijven$/);
    await page.keyboard.press('Enter');
    await expectText(notice(page), /Je bent ingeschreven/);

    await tabTo(page, /^Mijn leren$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn leren' }).waitFor();
    await settled(page);
    await tabTo(page, /^Inschrijving annuleren$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Reden van annuleren/);
    // Chromium changes a closed <select> with the arrow keys: the first reason is "Ziekte".
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Reden van annuleren').inputValue()).toBe('ziekte');
    await tabTo(page, /^Annulering bevestigen$/);
    expect((await focused(page)).visible).toBe(true);
    await page.keyboard.press('Enter');
    await expectText(notice(page), /geannuleerd/);
    const history = page.locator('section', { has: page.getByRole('heading', { name: 'Geschiedenis' }) });
    await expectText(history, /Zaakgericht werken met de Zylofoonmethode[\s\S]*Geannuleerd[\s\S]*Ziekte/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
