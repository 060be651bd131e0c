import { createTestApp, type TestApp } from './support/app.js';

/**
 * The routes that may be called without a token. Adding a public route means adding it
 * here on purpose; every other route must answer 401 to an anonymous caller.
 */
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'POST /api/auth/register',
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  'POST /api/auth/verify-email',
  'POST /api/auth/verification/resend',
  // Single sign-on: the browser arrives without a token; the state, its cookie and the one-time code are the credentials.
  'GET /api/auth/sso/start',
  'GET /api/auth/sso/callback',
  'POST /api/auth/sso/exchange',
  'GET /api/organisations/{id}/sso',
  'GET /api/organisations',
  'GET /api/organisations/{id}',
  'GET /api/catalogue/courses',
  'GET /api/catalogue/courses/{id}',
  // Search-as-you-type of the public catalogue: published titles, their topics and teachers.
  'GET /api/catalogue/suggestions',
  'GET /api/teachers/{id}',
  // Published programmes and their cohorts are public like the catalogue they are part of.
  'GET /api/programmes',
  'GET /api/programmes/{id}',
  'GET /api/cohorts/{id}',
  // "Jullie zeiden, wij deden": published notes are as public as their programme.
  'GET /api/programmes/{id}/feedback-notes',
  // The secret in the URL is the credential: calendar apps cannot send a bearer token.
  'GET /api/calendar/{token}/feed.ics',
  // The course page's evaluation average and count: aggregates only, and only above the threshold.
  'GET /api/courses/{id}/evaluation-summary',
  // A proof of participation is checked by whoever the learner shows it to: the signed code is the credential.
  'GET /api/proofs/{code}',
]);

describe('Route protection', () => {
  let t: TestApp;
  let routes: string[];

  beforeAll(async () => {
    t = await createTestApp();
    routes = Object.entries(t.document.paths).flatMap(([path, item]) =>
      Object.keys(item as object)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
  });
  afterAll(() => t.close());

  it('finds the routes of every area in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThan(20);
    for (const r of PUBLIC_ROUTES) expect(routes).toContain(r);
  });

  it('documents every route the HTTP server has, so none escapes the checks below', () => {
    const express = t.app.getHttpAdapter().getInstance() as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    };
    const served = express.router.stack
      .filter(
        (layer) => layer.route && layer.route.path.startsWith('/api/') && !layer.route.path.startsWith('/api/docs'),
      )
      .flatMap((layer) =>
        Object.keys(layer.route!.methods).map(
          (m) => `${m.toUpperCase()} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`,
        ),
      );
    expect(served.length).toBeGreaterThan(20);
    expect(served.filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('answers 401 problem+json to every non-public route called without a token', async () => {
    const open: string[] = [];
    for (const route of routes.filter((r) => !PUBLIC_ROUTES.has(r))) {
      const [method, path] = route.split(' ');
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.http[method.toLowerCase() as 'get'](url).send({});
      if (res.status !== 401 || res.type !== 'application/problem+json') open.push(`${route} → ${res.status}`);
    }
    expect(open).toEqual([]);
  });

  it('lets an anonymous caller reach every public route (no 401)', async () => {
    for (const route of PUBLIC_ROUTES) {
      const [method, path] = route.split(' ');
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.http[method.toLowerCase() as 'get'](url).send({});
      expect({ route, status: res.status }).not.toEqual({ route, status: 401 });
      expect(res.status).toBeLessThan(500);
    }
  });

  it('documents exactly these routes as public (no security), and every other one as needing a bearer token', () => {
    const documented = Object.entries(t.document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { security?: unknown[] }>)
        .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map(([m, op]) => ({
          route: `${m.toUpperCase()} ${path}`,
          isPublic: Array.isArray(op.security) && op.security.length === 0,
        })),
    );
    expect(
      documented
        .filter((r) => r.isPublic)
        .map((r) => r.route)
        .sort(),
    ).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('documents problem+json answers for every operation that can fail', () => {
    for (const [path, item] of Object.entries(t.document.paths)) {
      for (const [method, op] of Object.entries(
        item as Record<string, { responses: Partial<Record<string, { content?: Partial<Record<string, unknown>> }>> }>,
      )) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        expect({
          route: `${method} ${path}`,
          has400: !!op.responses['400']?.content?.['application/problem+json'],
        }).toEqual({ route: `${method} ${path}`, has400: true });
        if (!PUBLIC_ROUTES.has(`${method.toUpperCase()} ${path}`)) expect(op.responses['401']).toBeDefined();
      }
    }
  });

  it('serves the OpenAPI document and its UI without a token', async () => {
    const json = await t.http.get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toContain('/api/catalogue/courses');
    await t.http.get('/api/docs').expect(200);
  });
});
