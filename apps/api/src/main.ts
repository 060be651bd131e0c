import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { AppConfig } from '#libs/common';
import { prepareDatabase } from '#libs/database';
import { DEMO_LOGINS, DemoDataService } from '#libs/demo-data';
import { AppModule } from './app.module.js';
import { configureApp } from './configure-app.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const config = AppConfig.load();
const database = await prepareDatabase(config, (line) => console.log(line));

const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl: database.url }), {
  logger: ['error', 'warn'],
  bodyParser: false,
});
configureApp(app);
app.enableShutdownHooks();
// Modules register their jobs (e-mail among them) on init; the demo seed enqueues some.
await app.init();
if (config.SEED_DEMO_DATA) {
  const seeded = await app.get(DemoDataService).seedIfEmpty();
  if (seeded)
    console.log(
      `Demo data seeded: ${seeded.organisations} organisations, ${seeded.teachers} teachers, ${seeded.courses} courses, ` +
        `${seeded.sessions} sessions (${seeded.fullSessions} full, ${seeded.pastSessions} in the past), ${seeded.learners} learners, ${seeded.enrolments} enrolments, ` +
        `${seeded.questions} knowledge questions, ${seeded.inCompanyRequests} in-company requests.`,
    );
}
await app.listen(config.PORT);
const url = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
console.log(`\nCollegiaal is running at ${url}`);
console.log(`  API docs: ${url}/api/docs    health: ${url}/api/health`);
if (database.embedded) console.log(`  Embedded PostgreSQL data: ${database.dataDir}`);
if (config.SEED_DEMO_DATA) {
  console.log('  Demo log-ins (password for all: ' + DEMO_LOGINS.password + '):');
  for (const login of DEMO_LOGINS.accounts) console.log(`    ${login.role.padEnd(10)} ${login.email}`);
}
