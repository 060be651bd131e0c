import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/common';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/configure-app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-characters-long';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  config: AppConfig;
  document: OpenAPIObject;
  db: TestDatabase;
  close(): Promise<void>;
}

/** The real API (all modules, global pipe, filter and guards) on its own fresh database. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = AppConfig.load({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    SEED_DEMO_DATA: 'false',
    DB_POOL_SIZE: '20',
    RUN_JOBS_IN_API: 'false',
    MAIL_DIR: `.tmp/mail-${db.name}`,
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ config, databaseUrl: db.url })],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'], bodyParser: false });
  const document = configureApp(app);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    config,
    document,
    db,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
