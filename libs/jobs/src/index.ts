export { JobsModule } from './jobs.module.js';
export { JobQueue, installJobSchema, JOBS_SCHEMA, combineStatements } from './job-queue.js';
export type { JobDefinition, EnqueueOptions } from './job-queue.js';
