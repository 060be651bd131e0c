/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they use DOM types.
import type { Page } from 'playwright-core';
import {
  actor,
  createCourse,
  createOrganisation,
  createSession,
  createTeacherProfile,
  createUser,
  days,
  type Actor,
} from '../../support/factories.js';
import type { TestApp } from '../../support/app.js';

/** A published course with one session, made in the database and waited for in the search index. */
export async function searchableCourse(
  t: TestApp,
  title: string,
  topic: string,
  session: { capacity: number; region?: string },
  format: 'klassikaal' | 'online' = 'klassikaal',
) {
  const org = await createOrganisation(t.dataSource, { region: session.region ?? 'Utrecht' });
  const teacher = await createUser(t.dataSource, org.id);
  const profile = await createTeacherProfile(t.dataSource, teacher.id, { expertise: [topic] });
  const course = await createCourse(t.dataSource, org.id, [profile.id], { title, topics: [topic], format });
  const s = await createSession(t.dataSource, course.id, {
    capacity: session.capacity,
    startsAt: days(14),
    region: session.region ?? 'Utrecht',
    city: 'Utrecht',
  });
  await waitUntil(async () => {
    const res = await t.http.get(`/api/catalogue/courses?q=${encodeURIComponent(topic)}`);
    return res.body.items?.some((c: { id: string }) => c.id === course.id);
  }, `course "${title}" to be searchable`);
  return { org, courseId: course.id, sessionId: s.id };
}

export async function newLearner(t: TestApp, name: string): Promise<Actor> {
  const org = await createOrganisation(t.dataSource);
  return actor(t, org.id, { name });
}

export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** What a keyboard user sees as the focused element: its accessible-ish name and whether focus is visible. */
export async function focused(page: Page): Promise<{ tag: string; name: string; visible: boolean }> {
  return page.evaluate(async () => {
    // Let style recalculation after the key press settle (date fields focus their parts a frame later).
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', name: '', visible: false };
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? '';
    const name = (el.getAttribute('aria-label') ?? (label || el.textContent || input.placeholder || ''))
      .replace(/\s+/g, ' ')
      .trim();
    const style = getComputedStyle(el);
    // Tabbing on from a date field focuses Chromium's own calendar button inside the field (user-agent
    // shadow DOM, drawn with its own focus ring); the page cannot read its style, so accept it.
    const calendarButton = (input.type === 'date' || input.type === 'datetime-local') && !el.matches(':focus');
    const visible =
      calendarButton ||
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none';
    return { tag: el.tagName.toLowerCase(), name, visible };
  });
}

/**
 * Presses Tab until the focused element's name matches, like a keyboard user would, and checks
 * that every element focused on the way shows where focus is.
 */
export async function tabTo(page: Page, name: RegExp, maxTabs = 80): Promise<void> {
  const invisible: string[] = [];
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    // Past the last element focus leaves the page (body) before wrapping to the top: not a stop.
    if (!f.visible && f.tag !== 'body') invisible.push(`${f.tag} "${f.name}"`);
    if (name.test(f.name)) {
      if (invisible.length) throw new Error(`focus was not visible on: ${invisible.join(', ')}`);
      return;
    }
  }
  throw new Error(`no focusable element named ${name} within ${maxTabs} tabs`);
}
