import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { existsSync } from 'node:fs';
import { AppConfig } from '#libs/common';
import { prepareDatabase } from '#libs/database';
import { AppModule } from '../../api/src/app.module.js';

/**
 * The background worker: the same modules as the API, no HTTP server, always running jobs.
 * Use it with RUN_JOBS_IN_API=false on the API replicas.
 */
if (existsSync('.env')) process.loadEnvFile('.env');
const config = AppConfig.load();
config.RUN_JOBS_IN_API = true;
const database = await prepareDatabase(config, (line) => console.log(line));
const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl: database.url }), {
  logger: ['error', 'warn', 'log'],
});
app.enableShutdownHooks();
console.log('Collegiaal worker is running background jobs.');
