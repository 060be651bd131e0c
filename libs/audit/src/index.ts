export { AuditModule } from './audit.module.js';
export { AuditEvent, AUDIT_ACTIONS } from './audit.entities.js';
export type { AuditAction } from './audit.entities.js';
export { AUDIT_EXPORT_LIMIT } from './audit.service.js';
export { AuditException, AuditErrorCode } from './audit.exception.js';
