import { AsyncLocalStorage } from 'node:async_hooks';
import { isIP } from 'node:net';
import pg from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Who causes the writes of the current request or job, and from where. PostgreSQL's audit
 * trigger (migration AuditTrail) reads it from transaction-local settings that every transaction
 * opened through the data source receives first; see `propagateActor`.
 */
export type ActorType = 'user' | 'anonymous' | 'job' | 'system';
export const ACTOR_TYPES: readonly ActorType[] = ['user', 'anonymous', 'job', 'system'];

export interface Actor {
  type: ActorType;
  /** The user's id (type `user`); persons are kept as ids only, so erasing a user leaves no name behind. */
  id?: string | null;
  /** A job's name; free text for tools. Never a person's name or e-mail address. */
  label?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
// Matches audit_events.actor_label.
const LABEL_MAX = 200;

const storage = new AsyncLocalStorage<Actor>();

export const ActorContext = {
  /** Runs `fn` (and everything it awaits) as `actor`. */
  run<T>(actor: Actor, fn: () => T): T {
    return storage.run(actor, fn);
  },
  current(): Actor | undefined {
    return storage.getStore();
  },
};

/** The settings the trigger reads, validated here so a bad value can never fail a business write. */
export function actorSettings(actor: Actor): [string, string, string, string, string] {
  const id = actor.id && UUID.test(actor.id) ? actor.id : '';
  const ip = actor.ip && isIP(actor.ip) ? actor.ip : '';
  const requestId = actor.requestId && REQUEST_ID.test(actor.requestId) ? actor.requestId : '';
  return [
    ACTOR_TYPES.includes(actor.type) ? actor.type : 'system',
    id,
    (actor.label ?? '').slice(0, LABEL_MAX),
    ip,
    requestId,
  ];
}

// Transaction-local (third argument true): the values end with the transaction, so a pooled
// connection never carries one request's actor into the next.
const SETTINGS = ['actor_type', 'actor_id', 'actor_label', 'ip', 'request_id'];
const SET_ACTOR_SQL = `SELECT ${SETTINGS.map((name, i) => `set_config('collegiaal.${name}', $${i + 1}, true)`).join(', ')}`;

/** The same statement with the values inline, to ride along with START TRANSACTION (no parameters there). */
function setActorInline(actor: Actor): string {
  const values = actorSettings(actor);
  return `SELECT ${SETTINGS.map((name, i) => `set_config('collegiaal.${name}', ${pg.escapeLiteral(values[i])}, true)`).join(', ')}`;
}

// Statements that cannot change rows of audited tables; everything else outside a transaction is a write.
const READ_ONLY = /^\s*(SELECT|SHOW|VALUES|EXPLAIN|TABLE)\b/i;
const PROPAGATING = Symbol('collegiaal.actorPropagation');

/**
 * Makes every transaction opened on `dataSource` (Db.transaction, DataSource.transaction and
 * TypeORM's own save/remove transactions) start by handing the current actor to PostgreSQL, and
 * runs a write issued outside any transaction, while an actor is set, in a transaction of its own
 * for the same reason. Reads outside transactions are untouched (no extra round trip).
 */
export function propagateActor(dataSource: DataSource): void {
  const driver = dataSource.driver as typeof dataSource.driver & { [PROPAGATING]?: true };
  if (driver[PROPAGATING]) return;
  driver[PROPAGATING] = true;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => withActor(create(mode));
}

function withActor<Q extends QueryRunner>(runner: Q): Q {
  const query = runner.query.bind(runner) as (
    sql: string,
    parameters?: unknown[],
    structured?: boolean,
  ) => Promise<unknown>;
  const startTransaction = runner.startTransaction.bind(runner);
  // Set while TypeORM opens a transaction: its START TRANSACTION then carries the actor, in the same round trip.
  let carried: string | undefined;
  runner.startTransaction = async (isolationLevel) => {
    const actor = runner.isTransactionActive ? undefined : ActorContext.current();
    // An isolation level must be set before any other statement, so then the actor follows on its own.
    const isolated = !!(isolationLevel ?? runner.dataSource.options.isolationLevel);
    carried = actor && !isolated ? setActorInline(actor) : undefined;
    try {
      await startTransaction(isolationLevel);
    } finally {
      carried = undefined;
    }
    if (actor && isolated) await query(SET_ACTOR_SQL, actorSettings(actor));
  };
  runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
    if (carried && sql === 'START TRANSACTION') {
      const statements = `START TRANSACTION; ${carried}`;
      carried = undefined;
      // Without parameters pg sends one simple query, which may hold two statements.
      return query(statements, undefined, structured);
    }
    if (runner.isTransactionActive || !ActorContext.current() || READ_ONLY.test(sql))
      return query(sql, parameters, structured);
    await runner.startTransaction();
    try {
      const result = await query(sql, parameters, structured);
      await runner.commitTransaction();
      return result;
    } catch (e) {
      // The statement may have ended the transaction itself; read the flag afresh.
      if (isActive(runner)) await runner.rollbackTransaction().catch(() => undefined);
      throw e;
    }
  }) as Q['query'];
  return runner;
}

function isActive(runner: QueryRunner): boolean {
  return runner.isTransactionActive;
}
