export { AlumniModule } from './alumni.module.js';
export { AlumniService, ALUMNI_MESSAGE_JOB, ALUMNI_MESSAGES_PER_DAY } from './alumni.service.js';
export { AlumniSeedingService } from './alumni-seeding.service.js';
export { AlumniConsent, AlumniMessage } from './alumni.entities.js';
export { AlumniException, AlumniErrorCode } from './alumni.exception.js';
export { ALUMNI_MESSAGES } from './alumni-messages.js';
export { AlumniPersonalData } from './personal-data.js';
