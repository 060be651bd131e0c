import {
  axeViolations,
  expectText,
  loginViaForm,
  newPage,
  notice,
  settled,
  startBrowserApp,
  type BrowserApp,
} from './support/browser.js';
import { PASSWORD, actor, createOrganisation, publishedCourse } from '../support/factories.js';

/** Issue #11 items 2 and 4 in the web app: a session's minimum in the teacher's form, and the work domain. */
describe('Minimum participants and work domain in the web app (Chromium)', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => (app as BrowserApp | undefined)?.close());

  it('teacher sets a minimum on a session; the course page says when it is decided', async () => {
    const org = await createOrganisation(app.t.dataSource, { name: 'Gemeente Minimaal' });
    const teacher = await actor(app.t, org.id, { name: 'Mira Minimum' });
    const { courseId, sessionId } = await publishedCourse(app.t, teacher, { title: 'Doorgaan of niet' });
    const { page, errors, context } = await newPage(app);
    await loginViaForm(page, teacher.email, PASSWORD);
    await page.goto(`/lesgeven/cursussen/${courseId}`);
    await settled(page);
    await page.getByRole('button', { name: 'Sessie wijzigen' }).click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: /^Sessie wijzigen:/ }) });
    await form.getByRole('group', { name: 'Minimum aantal deelnemers' }).waitFor();
    // More than the 12 places: the API's field error lands on the field, in Dutch.
    await form.getByLabel('Gaat door bij minimaal').fill('13');
    await form.getByRole('button', { name: 'Sessie opslaan' }).click();
    await form.locator('#form-problem').waitFor();
    expect(await form.getByLabel('Gaat door bij minimaal').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Gaat door bij minimaal').fill('5');
    await form.getByLabel('Automatisch annuleren bij te weinig deelnemers').check();
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Sessie opslaan' }).click();
    await expectText(notice(page), /De sessie is gewijzigd/);
    const sessions = page.locator('section', { has: page.getByRole('heading', { name: 'Sessies' }) });
    await expectText(sessions, /Gaat door bij minimaal 5 deelnemers \(besluit op /);
    await expectText(sessions, /automatisch geannuleerd/);
    const [s] = await app.t.dataSource.query(
      `SELECT min_participants, auto_cancel, go_no_go_at < starts_at AS before FROM course_sessions WHERE id = $1`,
      [sessionId],
    );
    expect(s).toEqual({ min_participants: 5, auto_cancel: true, before: true });

    await page.goto(`/cursussen/${courseId}`);
    await settled(page);
    await expectText(page.locator('main'), /Gaat door bij minimaal 5 deelnemers \(besluit op /);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a learner chooses their work domain on Mijn gegevens', async () => {
    const org = await createOrganisation(app.t.dataSource, { name: 'Inspectie Werkveld' });
    const learner = await actor(app.t, org.id, { name: 'Wout Werkveld' });
    const { page, errors, context } = await newPage(app);
    await loginViaForm(page, learner.email, PASSWORD);
    await page.goto('/mijn-gegevens');
    await settled(page);
    await page.getByRole('heading', { name: 'Mijn werkveld' }).waitFor();
    await page.getByRole('combobox', { name: /^Werkveld/ }).selectOption({ label: 'Toezicht' });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Werkveld opslaan' }).click();
    await expectText(notice(page), /Je werkveld is opgeslagen/);
    const me = (await app.t.http.get('/api/me').set(learner.auth).expect(200)).body;
    expect(me.workDomain).toBe('toezicht');
    await page.reload();
    await settled(page);
    expect(await page.getByRole('combobox', { name: /^Werkveld/ }).inputValue()).toBe('toezicht');
    expect(errors).toEqual([]);
    await context.close();
  });
});
