export * from './database.module.js';
export * from './data-source.js';
export * from './db.js';
export * from './embedded-postgres.js';
export * from './migrate.js';
export * from './naming-strategy.js';
export * from './prepare.js';
export * from './health.controller.js';
