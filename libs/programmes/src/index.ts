export { ProgrammesModule } from './programmes.module.js';
export {
  Programme,
  ProgrammeOwner,
  ProgrammeAudience,
  ProgrammePart,
  PART_KINDS,
  PROGRAMME_AUDIENCES,
} from './programmes.entities.js';
export type { PartKind, ProgrammeAudienceKind } from './programmes.entities.js';
export { Cohort, CohortPart, CohortStaff, COHORT_ROLES } from './cohorts/cohort.entities.js';
export type { CohortRole } from './cohorts/cohort.entities.js';
export { ProgrammeException, ProgrammeErrorCode } from './programmes.exception.js';
export { LearningAssignment, AssignmentComment, AssignmentProgress } from './assignments/assignment.entities.js';
export { CohortGuest } from './guests/guest.entities.js';
export { AssignmentsPersonalData, AssignmentsExportDto } from './assignments/personal-data.js';
export { GuestsPersonalData, GuestsExportDto } from './guests/personal-data.js';
export { CohortModule, ModuleChoice, ModuleAllocation } from './electives/elective.entities.js';
export { ElectivesService } from './electives/electives.service.js';
export type { ModuleCalendarOverlay } from './electives/electives.service.js';
export { CohortGroup, CohortGroupMember } from './groups/group.entities.js';
export { TrancheFeedbackNote } from './tranche-feedback/tranche-feedback.entities.js';
export { TrancheFeedbackService } from './tranche-feedback/tranche-feedback.service.js';
export { ProgrammesService } from './programmes.service.js';
export { CohortsService } from './cohorts/cohorts.service.js';
export { AssignmentsService } from './assignments/assignments.service.js';
export { GroupsService } from './groups/groups.service.js';
export { GuestsService } from './guests/guests.service.js';
export { ProgrammesSeedingModule } from './seeding/programmes-seeding.module.js';
export { CohortSeedingService } from './seeding/cohort-seeding.service.js';
export type { SeededPartDate } from './seeding/cohort-seeding.service.js';
export { ProgrammesPersonalData } from './personal-data.js';
export type { ProgrammesExport } from './personal-data.js';
