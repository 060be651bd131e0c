import { Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/common';
import { ActorContext, Db } from '#libs/database';

export const JOBS_SCHEMA = 'pgboss';

export interface JobDefinition<T> {
  name: string;
  handler: (data: T, meta: { id: string; retryCount: number }) => Promise<void>;
  /** Attempts after the first; with back-off. Failed jobs then go to `<name>.dead`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Cron (UTC) for recurring jobs such as sweeps. */
  cron?: string;
  batchSize?: number;
  pollingIntervalSeconds?: number;
}

export interface EnqueueOptions {
  startAfter?: Date;
  singletonKey?: string;
  /**
   * A write that belongs with the job (e.g. the row the job will work on). It is sent in the
   * same statement as the job's insert, as a data-modifying CTE: one round trip instead of two,
   * which matters while a caller holds a hot lock.
   */
  alongside?: { sql: string; values: unknown[] };
}

/** `WITH pre AS (<alongside>) <job insert>`, with the alongside statement's $n moved past the job's. */
export function combineStatements(jobSql: string, jobValues: unknown[], alongside: { sql: string; values: unknown[] }) {
  const offset = jobValues.length;
  const pre = alongside.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  const body = jobSql.trimStart();
  const text = /^with\s/i.test(body)
    ? `WITH __alongside AS (${pre}), ${body.slice(5)}`
    : `WITH __alongside AS (${pre}) ${body}`;
  return { text, values: [...jobValues, ...alongside.values] };
}

/**
 * Background work on pg-boss, in the same PostgreSQL. `enqueue` inside `Db.transaction()` writes
 * the job with that transaction, so a change and the work it causes commit or vanish together.
 * Workers run in the API process unless RUN_JOBS_IN_API=false (then `apps/worker` runs them).
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private boss?: PgBoss;
  private started?: Promise<PgBoss>;

  constructor(
    private readonly config: AppConfig,
    private readonly db: Db,
    private readonly dataSource: DataSource,
  ) {}

  /** Feature modules register their jobs in onModuleInit. */
  define<T>(definition: JobDefinition<T>): void {
    this.definitions.set(definition.name, definition);
  }

  get runsWorkers(): boolean {
    return this.config.RUN_JOBS_IN_API;
  }

  async enqueue(name: string, data: object, options: EnqueueOptions = {}): Promise<void> {
    const def = this.definitions.get(name);
    if (!def) throw new Error(`Unknown job "${name}"`);
    const boss = await this.ready();
    const manager = this.db.manager;
    const alongside = options.alongside;
    if (alongside && !this.db.inTransaction) await manager.query(alongside.sql, alongside.values);
    const db = this.db.inTransaction
      ? {
          executeSql: async (text: string, values: unknown[]) => {
            const statement = alongside ? combineStatements(text, values, alongside) : { text, values };
            return { rows: await manager.query<unknown[]>(statement.text, statement.values) };
          },
        }
      : undefined;
    await boss.send(name, data, {
      ...(db ? { db } : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      retryLimit: def.retryLimit ?? 5,
      retryDelay: def.retryDelaySeconds ?? 5,
      retryBackoff: true,
      deadLetter: `${name}.dead`,
    });
  }

  /** Runs a job's handler now, in this process (tests and admin tools). */
  async runNow(name: string, data: unknown): Promise<void> {
    const def = this.definitions.get(name);
    if (!def) throw new Error(`Unknown job "${name}"`);
    await ActorContext.run(jobActor(name, 'inline'), () =>
      (def.handler as JobDefinition<unknown>['handler'])(data, { id: 'inline', retryCount: 0 }),
    );
  }

  /** Jobs waiting, active, failed per queue and in dead letters: for health pages. */
  async stats(): Promise<{ name: string; queued: number; active: number; failed: number; dead: number }[]> {
    await this.ready();
    const rows: { name: string; state: string; n: number }[] = await this.dataSource.query(
      `SELECT name, state::text, count(*)::int AS n FROM ${JOBS_SCHEMA}.job GROUP BY name, state`,
    );
    return [...this.definitions.keys()].map((name) => {
      const of = (q: string, states: string[]) =>
        rows.filter((r) => r.name === q && states.includes(r.state)).reduce((a, r) => a + r.n, 0);
      return {
        name,
        queued: of(name, ['created', 'retry']),
        active: of(name, ['active']),
        failed: of(name, ['failed']),
        dead: of(`${name}.dead`, ['created', 'retry', 'active', 'failed']),
      };
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ready();
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.boss) return;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    // Once stopped, a pooled connection that the database closes (it may be shutting down too)
    // is expected, not an error worth a log line after a tool's final output.
    this.boss.removeAllListeners('error');
    this.boss.on('error', () => {});
    this.boss = undefined;
    this.started = undefined;
  }

  private ready(): Promise<PgBoss> {
    this.started ??= this.start();
    return this.started;
  }

  private async start(): Promise<PgBoss> {
    const url = (this.dataSource.options as { url?: string }).url;
    const workers = this.runsWorkers;
    const boss = new PgBoss({
      connectionString: url,
      schema: JOBS_SCHEMA,
      max: 4,
      application_name: 'collegiaal-jobs',
      supervise: workers,
      schedule: workers,
      migrate: true,
    });
    boss.on('error', (e) => this.logger.error(`pg-boss: ${e instanceof Error ? e.message : String(e)}`));
    await boss.start();
    for (const def of this.definitions.values()) {
      await boss.createQueue(`${def.name}.dead`);
      await boss.createQueue(def.name, { name: def.name, deadLetter: `${def.name}.dead` });
      if (def.cron && workers) await boss.schedule(def.name, def.cron, {}, { tz: 'UTC' });
    }
    if (workers) {
      for (const def of this.definitions.values()) {
        await boss.work<object>(
          def.name,
          {
            batchSize: def.batchSize ?? 1,
            pollingIntervalSeconds: def.pollingIntervalSeconds ?? 1,
            includeMetadata: true,
          },
          async (jobs) => {
            for (const job of jobs) {
              await ActorContext.run(jobActor(def.name, job.id), () =>
                def.handler(job.data as never, { id: job.id, retryCount: job.retryCount }),
              );
            }
          },
        );
      }
    }
    this.boss = boss;
    return boss;
  }
}

/** Whom the audit trail credits with a job's writes: the job by name (not whoever enqueued it), its id as request id. */
function jobActor(name: string, id: string) {
  return { type: 'job' as const, label: name, requestId: id };
}

/** Creates pg-boss's schema ahead of time (test templates), so clones start fast. */
export async function installJobSchema(url: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: url,
    schema: JOBS_SCHEMA,
    supervise: false,
    schedule: false,
    migrate: true,
    max: 2,
  });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
}
