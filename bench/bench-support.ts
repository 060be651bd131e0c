import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/common';
import { prepareDatabase } from '#libs/database';
import { AppModule } from '../apps/api/src/app.module.js';
import { configureApp } from '../apps/api/src/configure-app.js';

export interface BenchApp {
  app: INestApplication;
  baseUrl: string;
  dataSource: DataSource;
  databaseUrl: string;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real API on a real port, on a fresh embedded PostgreSQL (or DATABASE_URL). */
export async function startBenchApp(env: Record<string, string> = {}): Promise<BenchApp> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'collegiaal-bench-'));
  // Ours, so it may open (as root, PostgreSQL runs as `postgres` and must traverse it to DATA_DIR/postgres).
  await chmod(dir, 0o711);
  const settings = {
    JWT_SECRET: 'bench-secret-that-is-at-least-32-characters',
    DATA_DIR: dir,
    EMBEDDED_PG_PORT: String(20000 + Math.floor(Math.random() * 20000)),
    SEED_DEMO_DATA: 'false',
    RUN_JOBS_IN_API: 'false',
    DB_POOL_SIZE: '20',
    MAIL_DIR: path.join(dir, 'mail'),
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  };
  // Production requires an external DATABASE_URL: start (or take) the database first, then run the
  // app in production mode against it, as a deployment would.
  const db = await prepareDatabase(AppConfig.load({ ...settings, NODE_ENV: 'development' }));
  const config = AppConfig.load({ ...settings, NODE_ENV: 'production', DATABASE_URL: db.url, ...env });
  const app = await NestFactory.create(AppModule.forRoot({ config, databaseUrl: db.url }), {
    logger: ['error'],
    bodyParser: false,
  });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const address = (app.getHttpServer() as import('node:http').Server).address() as { port: number };
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    dataSource: app.get(DataSource),
    databaseUrl: db.url,
    config,
    close: async () => {
      await app.close();
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Signed-in users made in bulk: users, sessions and real access tokens. */
export async function bulkUsers(
  b: BenchApp,
  organisationId: string,
  count: number,
  tag: string,
): Promise<{ id: string; token: string }[]> {
  const rows: { id: string; sid: string }[] = await b.dataSource.query(
    `WITH u AS (
       INSERT INTO users (email, name, organisation_id, password_hash)
       SELECT 'bench-' || $2 || '-' || g || '@example.nl', 'Deelnemer ' || g, $1, '!' FROM generate_series(1, $3) g RETURNING id)
     , s AS (INSERT INTO auth_sessions (user_id, expires_at) SELECT id, now() + interval '1 day' FROM u RETURNING id, user_id)
     SELECT s.user_id AS id, s.id AS sid FROM s`,
    [organisationId, tag, count],
  );
  const secret = b.config.JWT_SECRET;
  if (secret === undefined) throw new Error('The bench app runs with a JWT_SECRET');
  return rows.map((r) => ({
    id: r.id,
    token: jwt.sign({ sid: r.sid }, secret, {
      subject: r.id,
      issuer: b.config.JWT_ISSUER,
      audience: b.config.JWT_AUDIENCE,
      expiresIn: 3600,
      algorithm: 'HS256',
    }),
  }));
}

/**
 * POSTs each request once from a worker thread (so the load generator does not share the
 * API's event loop); returns requests per second. Every request must answer 201.
 */
export async function postLoad(
  baseUrl: string,
  requests: { path: string; token: string }[],
  concurrency: number,
): Promise<number> {
  const { Worker } = await import('node:worker_threads');
  const started = process.hrtime.bigint();
  const result = await new Promise<{ failures: number }>((resolve, reject) => {
    const worker = new Worker(new URL('./http-load.worker.js', import.meta.url), {
      workerData: { baseUrl, requests, concurrency },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.failures) throw new Error(`${result.failures} of ${requests.length} requests failed`);
  return requests.length / seconds;
}

/** Runs `total` tasks with `concurrency` workers; returns tasks per second. */
export async function throughput(
  total: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < total; i = next++) await task(i);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return total / seconds;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
