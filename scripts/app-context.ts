import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { AppConfig } from '#libs/common';
import { prepareDatabase } from '#libs/database';
import type { PreparedDatabase } from '#libs/database';
import { AppModule } from '../apps/api/src/app.module.js';

/** The application's modules without HTTP, for command-line tools. */
export async function appContext(env: Record<string, string | undefined> = process.env): Promise<{
  app: INestApplicationContext;
  database: PreparedDatabase;
  close(): Promise<void>;
}> {
  if (env === process.env && existsSync('.env')) process.loadEnvFile('.env');
  const config = AppConfig.load(env);
  const database = await prepareDatabase(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl: database.url }), {
    logger: ['error', 'warn'],
  });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.stop();
    },
  };
}

export function argument(name: string, args = process.argv.slice(2)): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}
