/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import {
  axeViolations,
  DEMO,
  DEMO_PASSWORD,
  newPage,
  screenshot,
  settled,
  startBrowserApp,
  type BrowserApp,
} from './support/browser.js';

type Role = 'anonymous' | keyof typeof DEMO;
interface Ids {
  courseId: string;
  teacherCourseId: string;
  teacherSessionId: string;
  requestId: string;
  organisationId: string;
}
interface PageCase {
  role: Role;
  name: string;
  path: (ids: Ids) => string;
  prepare?: (page: Page) => Promise<void>;
}

/** Every page of the app, as each role sees it. */
const PAGES: PageCase[] = [
  { role: 'anonymous', name: 'home', path: () => '/' },
  { role: 'anonymous', name: 'cursussen', path: () => '/cursussen' },
  { role: 'anonymous', name: 'cursussen-zoeken', path: () => '/cursussen?q=privacy&freeSeats=true' },
  { role: 'anonymous', name: 'cursus', path: (i) => `/cursussen/${i.courseId}` },
  { role: 'anonymous', name: 'inloggen', path: () => '/inloggen' },
  {
    role: 'anonymous',
    name: 'inloggen-fout',
    path: () => '/inloggen',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: 'klopt niet' }).waitFor();
    },
  },
  {
    role: 'anonymous',
    name: 'inloggen-eigen-organisatie',
    path: () => '/inloggen',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Inloggen via je eigen organisatie' }).click();
      await page.getByLabel('Je e-mailadres op het werk').waitFor();
    },
  },
  { role: 'anonymous', name: 'sso-klaar-fout', path: () => '/sso/klaar#error=SSO_DOMAIN_NOT_ALLOWED' },
  {
    role: 'anonymous',
    name: 'sso-klaar-verlopen',
    path: () => `/sso/klaar#code=00000000-0000-4000-8000-000000000000.${'x'.repeat(43)}`,
    prepare: async (page) => {
      await page.getByRole('alert').filter({ hasText: 'werkt niet' }).waitFor();
      expect(new URL(page.url()).hash).toBe('');
    },
  },
  { role: 'anonymous', name: 'registreren', path: () => '/registreren' },
  { role: 'anonymous', name: 'verifieren', path: () => '/verifieren?token=voorbeeld' },
  { role: 'anonymous', name: 'toegankelijkheid', path: () => '/toegankelijkheid' },
  { role: 'anonymous', name: 'privacy', path: () => '/privacy' },
  { role: 'learner', name: 'mijn-gegevens', path: () => '/mijn-gegevens' },
  { role: 'anonymous', name: 'niet-gevonden', path: () => '/bestaat-niet' },
  { role: 'learner', name: 'mijn-leren', path: () => '/mijn-leren' },
  { role: 'learner', name: 'cursus', path: (i) => `/cursussen/${i.courseId}` },
  { role: 'learner', name: 'meldingen', path: () => '/meldingen' },
  { role: 'learner', name: 'lesgeven-leeg', path: () => '/lesgeven' },
  { role: 'learner', name: 'geen-toegang', path: () => '/kennisvraag' },
  { role: 'teacher', name: 'lesgeven', path: () => '/lesgeven' },
  { role: 'teacher', name: 'profiel', path: () => '/lesgeven/profiel' },
  { role: 'teacher', name: 'nieuwe-cursus', path: () => '/lesgeven/cursussen/nieuw' },
  { role: 'teacher', name: 'cursus-bewerken', path: (i) => `/lesgeven/cursussen/${i.teacherCourseId}` },
  {
    role: 'teacher',
    name: 'deelnemers',
    path: (i) => `/lesgeven/cursussen/${i.teacherCourseId}/sessies/${i.teacherSessionId}`,
  },
  { role: 'manager', name: 'goedkeuringen', path: () => '/goedkeuringen' },
  { role: 'manager', name: 'team', path: () => '/team' },
  { role: 'ld', name: 'kennisvraag', path: () => '/kennisvraag' },
  {
    role: 'ld',
    name: 'kennisvraag-antwoord',
    path: () => '/kennisvraag',
    prepare: async (page) => {
      await page.getByLabel(/^Je vraag/).fill('Wie kan uitleggen hoe je een DPIA uitvoert?');
      await page.getByRole('button', { name: 'Vraag stellen' }).click();
      await page.getByRole('heading', { name: 'Antwoord', exact: true }).waitFor();
    },
  },
  { role: 'ld', name: 'incompany', path: () => '/maatwerk' },
  { role: 'ld', name: 'leidinggevenden', path: () => '/leidinggevenden' },
  { role: 'ld', name: 'incompany-nieuw', path: () => '/maatwerk/nieuw' },
  { role: 'ld', name: 'incompany-verzoek', path: (i) => `/maatwerk/${i.requestId}` },
  { role: 'ld', name: 'vraag-overzicht', path: () => '/vraag-overzicht' },
  { role: 'admin', name: 'beheer-index', path: () => '/beheer' },
  { role: 'admin', name: 'beheer-organisaties', path: () => '/beheer/organisaties' },
  { role: 'admin', name: 'beheer-eigen-inlog', path: (i) => `/beheer/organisaties/${i.organisationId}/inloggen` },
  { role: 'admin', name: 'beheer-gebruikers', path: () => '/beheer/gebruikers' },
  { role: 'admin', name: 'beheer-synoniemen', path: () => '/beheer/synoniemen' },
  { role: 'admin', name: 'beheer-import', path: () => '/beheer/import' },
  {
    role: 'admin',
    name: 'beheer-logboek',
    path: () => '/beheer/logboek?table=enrolments',
    prepare: async (page) => {
      await page.getByRole('region', { name: 'Logboek' }).waitFor();
      // The CSV is fetched with the bearer token and saved from a blob.
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Downloaden als CSV' }).click(),
      ]);
      expect(file.suggestedFilename()).toBe('logboek.csv');
    },
  },
  { role: 'admin', name: 'beheer-logboek-fout', path: () => '/beheer/logboek?actorId=geen-id' },
];

describe('Every page, as every role: zero axe-core WCAG 2.1 A/AA violations; screenshots at 1280 and 375 px', () => {
  let app: BrowserApp;
  const ids = {} as Ids;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    app = await startBrowserApp();
    const http = app.t.http;
    for (const role of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
      const res = await http.post('/api/auth/login').send({ email: DEMO[role], password: DEMO_PASSWORD }).expect(200);
      tokens.set(role, JSON.stringify({ accessToken: res.body.accessToken, refreshToken: res.body.refreshToken }));
    }
    const auth = (role: Role) => ({ Authorization: `Bearer ${JSON.parse(tokens.get(role)!).accessToken}` });
    ids.courseId = (await http.get('/api/catalogue/courses?freeSeats=true&pageSize=1').expect(200)).body.items[0].id;
    const mine = (await http.get('/api/me/courses').set(auth('teacher')).expect(200)).body;
    const withSession = mine.find((c: { sessions: unknown[] }) => c.sessions.length > 0);
    ids.teacherCourseId = withSession.id;
    ids.teacherSessionId = withSession.sessions[0].id;
    const request = await http
      .post('/api/incompany-requests')
      .set(auth('ld'))
      .send({
        topic: 'Informatiebeveiliging volgens de BIO voor ons team',
        groupSize: 12,
        preferredPeriod: 'voorjaar 2027',
      })
      .expect(201);
    ids.requestId = request.body.id;
    ids.organisationId = (await http.get('/api/organisations').expect(200)).body[0].id;
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  it.each(PAGES.map((p) => [`${p.role}: ${p.name}`, p] as const))('%s', async (_label, p) => {
    const { page, context, errors } = await newPage(app, 1280);
    const stored = tokens.get(p.role);
    if (stored) await context.addInitScript((value) => sessionStorage.setItem('collegiaal.tokens', value), stored);
    await page.goto(p.path(ids));
    await settled(page);
    await p.prepare?.(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.title()).toMatch(/Collegiaal/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${p.role}-${p.name}-1280`);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForTimeout(100);
    expect(await axeViolations(page)).toEqual([]);
    // Nothing may scroll sideways at 375 px (WCAG 1.4.10 reflow), tables scroll inside their own region.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, `${p.role}-${p.name}-375`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
