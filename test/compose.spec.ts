import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The deployment files are checked by reading them (no Docker engine needed): the compose
 * stack is wired as documented, and every setting the processes read is documented.
 */
const root = path.resolve(process.cwd());
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Healthcheck {
  test?: string | string[];
  disable?: boolean;
}
interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  deploy?: { replicas?: number };
  depends_on?: string[] | Record<string, { condition?: string }>;
  environment?: string[] | Record<string, string | number | boolean | null>;
  healthcheck?: Healthcheck;
  ports?: (string | { published?: string | number; target?: number })[];
  profiles?: string[];
  command?: string | string[];
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
  configs?: Partial<Record<string, { content?: string; file?: string }>>;
}

const compose = parse(read('docker-compose.yml')) as Compose;
const dockerfile = read('Dockerfile');

/** `NAME=value` lines of .env.example (comments and blank lines ignored). */
const documented = new Set(
  read('.env.example')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line.trim())?.[1])
    .filter((name): name is string => name !== undefined),
);

function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at === -1 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

/** The `test` of a healthcheck as one command line. */
const healthTest = (service: Service) => [service.healthcheck?.test ?? []].flat().join(' ');

describe('docker-compose.yml', () => {
  const { services } = compose;
  const api = services.api;

  it('defines the postgres, meilisearch, api and proxy services', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'meilisearch', 'api', 'proxy']));
  });

  it.each(['postgres', 'meilisearch', 'api'])('gives %s a health check with a test', (name) => {
    const healthcheck = services[name].healthcheck;
    expect(healthcheck?.disable).not.toBe(true);
    expect(healthTest(services[name])).not.toBe('');
  });

  it('checks PostgreSQL with pg_isready and Meilisearch on /health', () => {
    expect(healthTest(services.postgres)).toContain('pg_isready');
    expect(services.postgres.image).toMatch(/^postgres:17/);
    expect(healthTest(services.meilisearch)).toContain('http://localhost:7700/health');
  });

  it('keeps PostgreSQL and Meilisearch data in the named volumes pgdata and meilidata', () => {
    expect(Object.keys(compose.volumes ?? {})).toEqual(expect.arrayContaining(['pgdata', 'meilidata']));
  });

  it('builds the api from the Dockerfile in the repository root', () => {
    const build = typeof api.build === 'string' ? { context: api.build } : api.build;
    expect(build?.context).toBe('.');
    expect(build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
  });

  it('runs two stateless api replicas that publish no fixed host port', () => {
    expect(api.deploy?.replicas).toBe(2);
    expect(api.ports ?? []).toHaveLength(0);
  });

  it('starts the api only once postgres and meilisearch are healthy', () => {
    const dependsOn = api.depends_on as Partial<Record<string, { condition?: string }>>;
    expect(dependsOn.postgres?.condition).toBe('service_healthy');
    expect(dependsOn.meilisearch?.condition).toBe('service_healthy');
  });

  it('points the api at the postgres and meilisearch services in production mode', () => {
    const env = environmentOf(api);
    expect(new URL(env.DATABASE_URL.replace(/\$\{[^}]*\}/g, 'x')).hostname).toBe('postgres');
    expect(new URL(env.MEILI_URL).hostname).toBe('meilisearch');
    expect(env.NODE_ENV).toBe('production');
    expect(env).toHaveProperty('MEILI_MASTER_KEY');
    expect(env).toHaveProperty('SEED_DEMO_DATA');
    expect(env).toHaveProperty('RUN_JOBS_IN_API');
  });

  it('refuses to start the api without a JWT_SECRET', () => {
    expect(environmentOf(api).JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?.+\}$/);
  });

  it('documents every api environment variable in .env.example', () => {
    const undocumented = Object.keys(environmentOf(api)).filter((name) => !documented.has(name));
    expect(undocumented).toEqual([]);
  });

  it('documents every variable the compose file interpolates in .env.example', () => {
    const interpolated = [...read('docker-compose.yml').matchAll(/(?<!\$)\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]);
    expect([...new Set(interpolated)].filter((name) => !documented.has(name))).toEqual([]);
  });

  it('load-balances the api replicas through an nginx proxy that publishes the HTTP port', () => {
    const proxy = services.proxy;
    expect(proxy.image).toMatch(/^nginx:/);
    expect(proxy.ports?.map(String)).toContain('${HTTP_PORT:-8080}:80');
    const nginx = compose.configs?.nginx_conf?.content ?? '';
    expect(nginx).toMatch(/server\s+api:3000/);
    expect(nginx).toMatch(/resolver\s+127\.0\.0\.11/);
    for (const header of ['X-Forwarded-For', 'X-Forwarded-Proto', 'X-Forwarded-Host']) {
      expect(nginx).toContain(`proxy_set_header ${header}`);
    }
    // A single `$` would be interpolated by compose, so nginx variables must be written `$$`.
    expect(nginx).not.toMatch(/(?<!\$)\$(?!\$)[a-z]/);
  });

  it('offers an opt-in worker service that runs the worker app', () => {
    const worker = services.worker;
    expect(worker.profiles).toContain('worker');
    expect([worker.command].flat().join(' ')).toContain('dist/apps/worker/src/main.js');
  });
});

describe('.env.example', () => {
  it('documents every setting AppConfig reads', () => {
    const source = read('libs/common/src/config/app-config.ts');
    const declared = [...source.matchAll(/^\s{2}([A-Z][A-Z0-9_]+)\??\s*[:=]/gm)].map((m) => m[1]);
    expect(declared).toEqual(expect.arrayContaining(['NODE_ENV', 'DATABASE_URL', 'JWT_SECRET']));
    expect(declared.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('documents the upcoming search, e-mail and background-job settings', () => {
    for (const name of ['MEILI_URL', 'MEILI_MASTER_KEY', 'SMTP_URL', 'MAIL_DIR', 'RUN_JOBS_IN_API']) {
      expect(documented).toContain(name);
    }
  });

  it('precedes every setting with a comment line', () => {
    const lines = read('.env.example').split('\n');
    const uncommented = lines
      .map((line, i) => ({ line, previous: lines[i - 1] ?? '' }))
      .filter(({ line }) => /^[A-Z][A-Z0-9_]*=/.test(line) && !line.startsWith('#'))
      .filter(({ previous }) => !previous.startsWith('#'))
      .map(({ line }) => line);
    expect(uncommented).toEqual([]);
  });

  it('ships no real JWT secret', () => {
    expect(read('.env.example')).toMatch(/^JWT_SECRET=$/m);
  });
});

describe('Dockerfile', () => {
  const instructions = (name: string) =>
    dockerfile
      .replace(/\\\r?\n/g, ' ')
      .split('\n')
      .filter((line) => new RegExp(`^${name}\\s`, 'i').test(line.trim()))
      .map((line) => line.trim());

  it('builds on Node 20 in several stages', () => {
    expect(instructions('FROM').length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toContain('node:20-bookworm-slim');
  });

  it('declares a health check on /api/health', () => {
    const [healthcheck] = instructions('HEALTHCHECK');
    expect(healthcheck).toContain('/api/health');
  });

  it('runs as a user that is not root', () => {
    const users = instructions('USER').map((line) => line.split(/\s+/)[1]);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  it('starts the compiled API in production mode', () => {
    const cmd = instructions('CMD').at(-1) ?? '';
    expect(cmd).toContain('dist/apps/api/src/main.js');
    expect(dockerfile).toMatch(/^ENV\s+NODE_ENV=production/m);
    expect(instructions('EXPOSE').join(' ')).toContain('3000');
  });

  it('ships the demo data files that the compiler does not emit', () => {
    expect(dockerfile).toContain('libs/demo-data/data');
  });
});
