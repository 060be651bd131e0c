export { NotificationsModule } from './notifications.module.js';
export { NotificationsService, EMAIL_JOB } from './notifications.service.js';
export type { Message } from './notifications.service.js';
export { Notification } from './notification.entity.js';
export { INSERT_NOTIFICATION_SQL } from './notifications.repository.js';
export { NotificationsPersonalData } from './personal-data.js';
export { defineMessages, formatDateTime } from './message-catalogue.js';
export type { MessageCatalogue, MessageParams, MessageText, MessageTexts, ParamValue } from './message-catalogue.js';
