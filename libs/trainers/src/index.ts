export { TrainersModule } from './trainers.module.js';
export { TrainersService, TRAINER_QUESTIONS_PER_DAY } from './trainers.service.js';
export { TrainerPhotosService, PHOTO_MAX_BYTES, PHOTO_SIZE, toSquareWebp } from './trainer-photos.service.js';
export { TrainerPhoto, TrainerQuestion, TRAINER_QUESTION_STATUSES } from './trainers.entities.js';
export type { TrainerQuestionStatus } from './trainers.entities.js';
export { TrainerException, TrainerErrorCode } from './trainers.exception.js';
export { TRAINER_MESSAGES } from './trainer-messages.js';
export { TrainersPersonalData } from './personal-data.js';
