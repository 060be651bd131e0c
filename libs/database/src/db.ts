import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { propagateActor } from './actor-context.js';
import { oneQueryAtATime } from './one-query-at-a-time.js';

/**
 * The current unit of work. Repositories read `manager`, which is the open transaction's
 * manager when a service runs inside `transaction()`, so a multi-table write is one
 * transaction without passing managers through every call.
 */
@Injectable()
export class Db {
  private readonly als = new AsyncLocalStorage<EntityManager>();

  constructor(readonly dataSource: DataSource) {
    // First, so the actor's statements join each transaction's queue too.
    oneQueryAtATime(dataSource);
    // Every transaction learns who acts (request or job), for the audit trigger.
    propagateActor(dataSource);
  }

  get manager(): EntityManager {
    return this.als.getStore() ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.als.getStore() !== undefined;
  }

  /** Joins the surrounding transaction when there is one. */
  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const current = this.als.getStore();
    if (current) return fn(current);
    return this.dataSource.transaction((em) => this.als.run(em, () => fn(em)));
  }
}
