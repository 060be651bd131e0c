import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_LOGINS } from '#libs/demo-data';

const RUNNING = /Collegiaal is running at (\S+)/;
/** The last line start-up prints: the last demo log-in. */
const LAST_LOGIN = DEMO_LOGINS.accounts[DEMO_LOGINS.accounts.length - 1].email;

/**
 * `npm start` on a fresh machine, after `npm run build` (npm test builds first): the built API
 * starts its own PostgreSQL, migrates, seeds the demo data, serves and prints the URL and the
 * demo log-ins. Run as a process, as a person would, so start-up order counts (the demo seed
 * enqueues e-mails, whose job exists only once the modules are initialised).
 */
describe('npm start on a fresh machine', () => {
  it('migrates, seeds the demo data, serves the catalogue and prints the demo log-ins', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'collegiaal-start-'));
    // Ours, so it may open: as root, PostgreSQL runs as `postgres` and must reach DATA_DIR/postgres.
    await chmod(dir, 0o711);
    // As from a shell: no test environment, no external database, no Jest flags.
    const { NODE_ENV: _env, DATABASE_URL: _db, NODE_OPTIONS: _options, ...inherited } = process.env;
    const env: NodeJS.ProcessEnv = {
      ...inherited,
      DATA_DIR: dir,
      PORT: String(30000 + Math.floor(Math.random() * 10000)),
      EMBEDDED_PG_PORT: String(40000 + Math.floor(Math.random() * 10000)),
      MAIL_DIR: path.join(dir, 'mail'),
    };
    const child = spawn(process.execPath, ['dist/apps/api/src/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not running after 150 s:\n${output}`)), 150_000);
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const m = RUNNING.exec(output);
          if (m && output.includes(LAST_LOGIN)) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        void exited.then((code) => reject(new Error(`exited with ${code} before running:\n${output}`)));
      });
      expect(output).toMatch(/Demo data seeded: \d+ organisations/);
      for (const login of DEMO_LOGINS.accounts) expect(output).toContain(login.email);
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      const catalogue = (await (await fetch(`${url}/api/catalogue/courses`)).json()) as { total: number };
      expect(catalogue.total).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    }
  }, 200_000);
});
