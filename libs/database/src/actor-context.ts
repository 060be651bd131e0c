import { AsyncLocalStorage } from 'node:async_hooks';
import { isIP } from 'node:net';
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
  return [ACTOR_TYPES.includes(actor.type) ? actor.type : 'system', id, (actor.label ?? '').slice(0, LABEL_MAX), ip, requestId];
}

// Transaction-local (third argument true): the values end with the transaction, so a pooled
// connection never carries one request's actor into the next.
const SET_ACTOR_SQL = `SELECT set_config('collegiaal.actor_type', $1, true), set_config('collegiaal.actor_id', $2, true),
  set_config('collegiaal.actor_label', $3, true), set_config('collegiaal.ip', $4, true), set_config('collegiaal.request_id', $5, true)`;

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
  const query = runner.query.bind(runner) as (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;
  const startTransaction = runner.startTransaction.bind(runner);
  runner.startTransaction = async (isolationLevel) => {
    const outermost = !runner.isTransactionActive;
    await startTransaction(isolationLevel);
    const actor = ActorContext.current();
    if (outermost && actor) await query(SET_ACTOR_SQL, actorSettings(actor));
  };
  runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
    if (runner.isTransactionActive || !ActorContext.current() || READ_ONLY.test(sql)) return query(sql, parameters, structured);
    await runner.startTransaction();
    try {
      const result = await query(sql, parameters, structured);
      await runner.commitTransaction();
      return result;
    } catch (e) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw e;
    }
  }) as Q['query'];
  return runner;
}
