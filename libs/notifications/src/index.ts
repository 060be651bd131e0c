export { NotificationsModule } from './notifications.module.js';
export { NotificationsService, EMAIL_JOB } from './notifications.service.js';
export type { Message } from './notifications.service.js';
export { Notification } from './notification.entity.js';
export { INSERT_NOTIFICATION_SQL } from './notifications.repository.js';
export { NotificationsPersonalData } from './personal-data.js';
