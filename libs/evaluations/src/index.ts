export { EvaluationsModule } from './evaluations.module.js';
export { EvaluationsService, EVALUATION_EDIT_DAYS } from './evaluations.service.js';
export type { SessionFigures } from './evaluations.service.js';
export { Evaluation, EVALUATION_SCORES } from './evaluation.entity.js';
export type { EvaluationScore } from './evaluation.entity.js';
export { EvaluationException, EvaluationErrorCode } from './evaluations.exception.js';
export { EVALUATION_MESSAGES } from './evaluation-messages.js';
export { EvaluationsPersonalData } from './personal-data.js';
