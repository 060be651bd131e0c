import type { DataSource, QueryRunner } from 'typeorm';

const SERIALISING = Symbol('collegiaal.oneQueryAtATime');

/**
 * Makes every query runner of `dataSource` send its statements one after another. A transaction
 * is one connection, and services read in parallel (`Promise.all`) inside one; pg queues such
 * calls itself today but deprecates it (pg 9 refuses), so the queue lives here instead.
 */
export function oneQueryAtATime(dataSource: DataSource): void {
  const driver = dataSource.driver as typeof dataSource.driver & { [SERIALISING]?: true };
  if (driver[SERIALISING]) return;
  driver[SERIALISING] = true;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => serialised(create(mode));
}

function serialised<Q extends QueryRunner>(runner: Q): Q {
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    const next = tail.then(() => query(...args));
    // A failed statement must not stop the ones queued after it: they get their own answer.
    tail = next.catch(() => undefined);
    return next;
  }) as Q['query'];
  return runner;
}
