/// <reference lib="dom" />
import { axeViolations, expectText, startBrowserApp, newPage, settled, type BrowserApp } from './support/browser.js';
import { searchableCourse, tabTo } from './support/fixtures.js';

/**
 * The catalogue people can steer (issue #13 item 6): search-as-you-type by keyboard after the
 * ARIA combobox pattern, filters that apply at once with counts per option and an announced
 * result count, and filters folded away on a phone; zero axe-core violations at both widths.
 */
describe('Catalogue search and filters in the web app (Chromium)', () => {
  let app: BrowserApp;
  let course: { courseId: string };

  beforeAll(async () => {
    app = await startBrowserApp();
    course = await searchableCourse(app.t, 'Quetzalbeheer voor gevorderden', 'Quetzalbeheer', { capacity: 10 });
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  it('suggests as you type; arrows, Enter and Escape work on the combobox', async () => {
    const { page, errors, context } = await newPage(app);
    await page.goto('/cursussen');
    await settled(page);
    await tabTo(page, /^Wat wil je leren\?/);
    const box = page.getByRole('combobox', { name: 'Wat wil je leren?' });
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    const listId = await box.getAttribute('aria-controls');
    expect(listId).toBeTruthy();
    await page.keyboard.type('Quetzal');
    const list = page.locator(`[id="${listId}"]`);
    await list.getByRole('option').first().waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await list.getAttribute('role')).toBe('listbox');
    await expectText(list, /Quetzalbeheer voor gevorderden/);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('ArrowDown');
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(await page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true');
    // Focus stays in the text box (the pattern).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');

    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();
    expect(await box.inputValue()).toBe('Quetzal');

    // Enter without a chosen suggestion searches for the text.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Cursussen over “Quetzal”' }).waitFor();

    // Enter on a suggestion opens the course.
    await box.fill('');
    await box.focus();
    await page.keyboard.type('Quetzalbeheer voor');
    await list.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Quetzalbeheer voor gevorderden' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cursussen/${course.courseId}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('applies a filter at once, with counts per option and the count announced', async () => {
    const { page, errors, context } = await newPage(app);
    // The first list of a fresh app counts its facets cold, on a busy machine.
    page.setDefaultTimeout(45_000);
    await page.goto('/cursussen');
    await settled(page);
    const count = page.locator('#results-count');
    expect(await count.getAttribute('aria-live')).toBe('polite');
    const before = (await count.textContent()) ?? '';
    const format = page.getByLabel(/^Vorm/);
    const online = await format.locator('option[value="online"]').textContent();
    expect(online).toMatch(/^Online \(\d+\)$/);
    await format.selectOption('online');
    await page.waitForURL(/format=online/);
    const n = Number(/\((\d+)\)/.exec(online ?? '')?.[1]);
    await expectText(count, new RegExp(`^${n} cursus(sen)? gevonden$`));
    expect(await count.textContent()).not.toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps two filters changed in quick succession, on a slow machine too', async () => {
    const { page, errors, context } = await newPage(app);
    page.setDefaultTimeout(45_000);
    await page.goto('/cursussen?q=Quetzalbeheer');
    await settled(page);
    // A slowed-down CPU keeps the address bar's transition pending while the second control is used.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    await page.getByLabel(/^Vorm/).selectOption('klassikaal');
    const freeSeats = page.getByLabel(/^Alleen met vrije plaatsen/);
    await freeSeats.check();
    expect(await freeSeats.isChecked()).toBe(true);
    await page.waitForURL((url) => url.searchParams.get('freeSeats') === 'true');
    expect(new URL(page.url()).searchParams.get('format')).toBe('klassikaal');
    expect(await page.getByLabel(/^Vorm/).inputValue()).toBe('klassikaal');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('folds the filters away on a phone (375 px), and opens them as a disclosure', async () => {
    const { page, errors, context } = await newPage(app, 375);
    await page.goto('/cursussen');
    await settled(page);
    const summary = page.locator('summary', { hasText: /^Filters/ });
    await summary.waitFor();
    expect(await page.getByLabel(/^Vorm/).isVisible()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Wat wil je leren?' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, /^Filters/);
    await page.keyboard.press('Enter');
    await page.getByLabel(/^Vorm/).waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
