export { EnrolmentsModule } from './enrolments.module.js';
export { EnrolmentEngine, EXPIRE_HOLDS_JOB, SWEEP_HOLDS_JOB } from './enrolment-engine.js';
export { EnrolmentsService } from './enrolments.service.js';
export { EnrolmentSeedingService } from './enrolment-seeding.service.js';
export type { SeededEnrolment } from './enrolment-seeding.repository.js';
export {
  Enrolment,
  EnrolmentEvent,
  CalendarFeed,
  SessionSeats,
  ENROLMENT_STATUSES,
  ACTIVE_STATUSES,
  CANCEL_REASONS,
} from './enrolment.entities.js';
export type { EnrolmentStatus, CancelReason } from './enrolment.entities.js';
export { TRANSITIONS, canTransition } from './enrolment-state.js';
export { EnrolmentException, EnrolmentErrorCode } from './enrolments.exception.js';
export { ENROLMENT_SQL } from './enrolments.repository.js';
export { EnrolmentsPersonalData } from './personal-data.js';
export { GoNoGoHandler, GoNoGoRecipients, SWEEP_GO_NO_GO_JOB } from './go-no-go.handler.js';
export type { GoNoGoRecipientSource } from './go-no-go.handler.js';
export { CalendarExpansions } from './calendar-expansions.js';
export type { CalendarEntry, CalendarExpansion } from './calendar-expansions.js';
export { AttendanceHooks } from './attendance-hooks.js';
export type { AttendanceListener, AttendanceMarked } from './attendance-hooks.js';
