import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from './support/app.js';

describe('Serving the web app on the API origin', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'collegiaal-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="nl"><title>Collegiaal</title></html>');
    writeFileSync(join(dir, 'assets', 'app-123.js'), 'console.log(1)');
    process.env.WEB_DIR = dir;
    t = await createTestApp();
  });
  afterAll(async () => {
    delete process.env.WEB_DIR;
    // Undefined when beforeAll failed; the failure is reported there.
    await (t as TestApp | undefined)?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers client routes with index.html under a strict content security policy', async () => {
    const res = await t.http.get('/cursussen/123').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<title>Collegiaal</title>');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('serves hashed assets for a year and a missing asset as a plain 404, never index.html', async () => {
    const asset = await t.http.get('/assets/app-123.js').expect(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const missing = await t.http.get('/assets/gone-456.js').expect(404);
    expect(missing.headers['content-type']).toMatch(/text\/plain/);
    expect(missing.text).toBe('Not found');
  });

  it('leaves /api to the API: an unknown API path is a problem+json 404', async () => {
    const res = await t.http.get('/api/bestaat-niet').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
