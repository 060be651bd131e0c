export { PrivacyModule } from './privacy.module.js';
export { PrivacyService, RETENTION_JOB } from './privacy.service.js';
