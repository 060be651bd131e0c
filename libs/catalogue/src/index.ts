export { CatalogueModule } from './catalogue.module.js';
export { CoursesService, topicKeys } from './courses.service.js';
export type { ProgrammeRecord } from './courses.service.js';
export { SessionsService } from './sessions.service.js';
export { TeacherProfilesService } from './teacher-profiles.service.js';
export { CatalogueSeedingService } from './catalogue-seeding.service.js';
export type {
  SchedulableCourse,
  SeededCourse,
  SeededSession,
  SeededTeacherProfile,
  TeacherRef,
} from './catalogue-seeding.repository.js';
export { CourseAccess } from './course-access.js';
export { SessionLifecycle } from './session-lifecycle.js';
export { CourseTextSearch } from './course-text-search.js';
export type { SessionLifecycleListener } from './session-lifecycle.js';
export { SESSION_CHANGED_JOB, SESSION_SCHEDULED_JOB } from './session-change.js';
export { GO_NO_GO_JOB, DEFAULT_GO_NO_GO_WORKING_DAYS } from './session-go-no-go.js';
export type { GoNoGoDecision, GoNoGoJob } from './session-go-no-go.js';
export type { GoNoGoOutcome } from './catalogue.entities.js';
export { SessionGoNoGo } from './session-go-no-go.service.js';
export type { SessionChangedJob, SessionSchedule, SessionScheduledJob } from './session-change.js';
export { CatalogueException, CatalogueErrorCode } from './catalogue.exception.js';
export { OrganisationRefDto } from './dto/teacher-profile.dto.js';
export {
  TeacherProfile,
  Course,
  CourseTeacher,
  CourseSession,
  FORMATS,
  LEVELS,
  LANGUAGES,
  COURSE_STATUSES,
  SESSION_STATUSES,
  COURSE_KINDS,
  GO_NO_GO_OUTCOMES,
} from './catalogue.entities.js';
export type { Format, Level, Language, CourseStatus, SessionStatus, CourseKind } from './catalogue.entities.js';
export { CataloguePersonalData } from './personal-data.js';
export { CreateSessionDto } from './dto/session.dto.js';
