export { DemandModule } from './demand.module.js';
export { DemandService, DEFAULT_DEMAND_DAYS } from './demand.service.js';
export { CourseInterest, QuestionInterest, CourseInterestNudge } from './demand.entities.js';
export { DemandException, DemandErrorCode } from './demand.exception.js';
export { DEMAND_MESSAGES } from './demand-messages.js';
export { DemandPersonalData } from './personal-data.js';
