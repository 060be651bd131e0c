import { createTestApp, type TestApp } from './support/app.js';
import { actor, COURSE, createOrganisation, type OrgRow } from './support/factories.js';

const PROBLEM = /application\/problem\+json/;

describe('HTTP hardening', () => {
  let t: TestApp;
  let org: OrgRow;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource);
  });
  afterAll(() => t.close());

  describe('text that cannot be stored is refused as a field error (400), wherever it appears', () => {
    it('a NUL character in a query parameter, a JSON string, a JSON key or a path segment', async () => {
      const learner = await actor(t, org.id);
      const query = await t.http.get('/api/catalogue/courses?topic=%00').expect(400);
      expect(query.headers['content-type']).toMatch(PROBLEM);
      expect(query.body.errors).toEqual([expect.objectContaining({ field: 'topic', codes: ['isStorableText'] })]);
      const body = await t.http
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"email":"a\\u0000b@uwv.nl","password":"x"}')
        .expect(400);
      expect(body.body.errors[0].field).toBe('email');
      const nested = await t.http
        .post('/api/knowledge-bank/questions')
        .set(learner.auth)
        .set('Content-Type', 'application/json')
        .send('{"text":"ok","filters":{"region":"Utr\\u0000echt"}}')
        .expect(400);
      expect(nested.body.errors[0].field).toBe('filters.region');
      const key = await t.http
        .put('/api/me/teacher-profile')
        .set(learner.auth)
        .set('Content-Type', 'application/json')
        .send('{"bio\\u0000":"x"}')
        .expect(400);
      expect(key.headers['content-type']).toMatch(PROBLEM);
      await t.http.get('/api/teachers/%00').expect(400);
    });

    it('an unpaired surrogate, escaped in JSON or in a query', async () => {
      const res = await t.http
        .post('/api/auth/register')
        .set('Content-Type', 'application/json')
        .send('{"name":"Ab","email":"\\ud800","password":"een lang wachtwoord"}')
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'email', codes: ['isStorableText'] })]);
      await t.http.get('/api/catalogue/courses?q=%ED%A0%80').expect((r) => expect(r.status).toBeLessThan(500));
      const count = await t.dataSource.query(`SELECT count(*)::int AS n FROM users`);
      expect(count[0].n).toBe(1);
    });

    it('a malformed percent-encoding in the path', async () => {
      const res = await t.http.get('/api/teachers/%E0%A4%A').expect(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
    });
  });

  it('refuses keys that reach an object prototype (__proto__, constructor) like any unknown field', async () => {
    const teacher = await actor(t, org.id);
    const res = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":"a@b.nl","password":"x","__proto__":{"admin":true}}')
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: '__proto__', messages: ['property __proto__ is not allowed'], codes: ['whitelistValidation'] },
    ]);
    const nested = await t.http
      .post('/api/courses')
      .set(teacher.auth)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ ...COURSE, constructor: { prototype: {} } }))
      .expect(400);
    expect(nested.body.errors[0].field).toBe('constructor');
    // Names of every object's own members would be skipped silently by the DTO conversion.
    for (const name of ['toString', 'valueOf', 'hasOwnProperty']) {
      const query = await t.http.get(`/api/catalogue/courses?${name}=1`).expect(400);
      expect(query.body.errors[0].field).toBe(name);
    }
  });

  it('refuses JSON nested deeper than allowed before parsing it (no stack overflow)', async () => {
    const learner = await actor(t, org.id);
    const deep = `{"text":"vraag","filters":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const res = await t.http
      .post('/api/knowledge-bank/questions')
      .set(learner.auth)
      .set('Content-Type', 'application/json')
      .send(deep)
      .expect(400);
    expect(res.body.code).toBe('JSON_TOO_DEEP');
    // Brackets inside strings are text, not nesting.
    await t.http
      .post('/api/auth/login')
      .send({ email: 'x@y.nl', password: '['.repeat(100) })
      .expect(401);
  });

  it('answers a too long URL with 414 and oversized headers with 431, both as problem+json', async () => {
    const long = await t.http.get(`/api/catalogue/courses?q=${'a'.repeat(9000)}`).expect(414);
    expect(long.headers['content-type']).toMatch(PROBLEM);
    const huge = await t.http.get('/api/health').set('X-Filler', 'a'.repeat(20_000));
    expect(huge.status).toBe(431);
    expect(huge.headers['content-type']).toMatch(PROBLEM);
    expect(JSON.parse(huge.text)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
  });

  it('checks authentication before reading a large import body', async () => {
    // Not valid JSON: had it been parsed, the answer would be 400 MALFORMED_JSON.
    const body = `{${'x'.repeat(5_000_000)}`;
    const anonymous = await t.http
      .post('/api/admin/import')
      .set('Content-Type', 'application/json')
      .send(body)
      .expect(401);
    expect(anonymous.headers['content-type']).toMatch(PROBLEM);
    const learner = await actor(t, org.id);
    const forbidden = await t.http
      .post('/api/admin/import')
      .set(learner.auth)
      .set('Content-Type', 'application/json')
      .send(body)
      .expect(403);
    expect(forbidden.body.code).toBe('MISSING_ROLE');
    const admin = await actor(t, org.id, { roles: ['admin'] });
    const parsed = await t.http
      .post('/api/admin/import')
      .set(admin.auth)
      .set('Content-Type', 'application/json')
      .send(body)
      .expect(400);
    expect(parsed.body.code).toBe('MALFORMED_JSON');
  });

  describe('security headers', () => {
    it('every API response says nosniff, denies framing and is never cached', async () => {
      const learner = await actor(t, org.id);
      for (const res of [
        await t.http.get('/api/health'),
        await t.http.get('/api/me').set(learner.auth),
        await t.http.get('/api/me'),
      ]) {
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(res.headers['referrer-policy']).toBe('same-origin');
        expect(res.headers['cache-control']).toBe('no-store');
      }
    });

    it('token responses are no-store (RFC 6749 §5.1)', async () => {
      const a = await actor(t, org.id);
      const res = await t.http
        .post('/api/auth/login')
        .send({ email: a.email, password: 'correct horse battery staple' })
        .expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const refreshed = await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: res.body.refreshToken })
        .expect(200);
      expect(refreshed.headers['cache-control']).toBe('no-store');
    });

    it('the API documentation page has a CSP and cannot be framed', async () => {
      const res = await t.http.get('/api/docs/').redirects(1);
      expect(res.status).toBe(200);
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    });

    it('ignores X-Forwarded-* from a hop that is not a trusted proxy (no chosen client address, no HTTPS claim)', async () => {
      const strict = await createTestApp({ TRUST_PROXY: '10.255.255.1' });
      try {
        const spoofed = await strict.http.get('/api/health').set('X-Forwarded-Proto', 'https');
        expect(spoofed.headers['strict-transport-security']).toBeUndefined();
        // Failures "from" different forwarded addresses all count for the one real address: after ten, a pause.
        const statuses: number[] = [];
        for (let i = 0; i < 12; i++) {
          const res = await strict.http
            .post('/api/auth/login')
            .set('X-Forwarded-For', `203.0.113.${i}`)
            .send({ email: `spoof-${i}@example.nl`, password: 'een gok van iemand' });
          statuses.push(res.status);
        }
        expect(statuses.slice(10)).toEqual([429, 429]);
      } finally {
        await strict.close();
      }
    });

    it('HSTS only when the request came over HTTPS through the trusted proxy', async () => {
      const plain = await t.http.get('/api/health');
      expect(plain.headers['strict-transport-security']).toBeUndefined();
      const https = await t.http.get('/api/health').set('X-Forwarded-Proto', 'https');
      expect(https.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    });
  });
});
