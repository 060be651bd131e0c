import { DomainException } from '#libs/common';

export enum TrainerErrorCode {
  TRAINER_NOT_FOUND = 'TRAINER_PAGE_NOT_FOUND',
  NO_TEACHER_PROFILE = 'TRAINER_NO_TEACHER_PROFILE',
  PHOTO_NOT_FOUND = 'TRAINER_PHOTO_NOT_FOUND',
  PHOTO_MISSING = 'TRAINER_PHOTO_MISSING',
  PHOTO_NOT_AN_IMAGE = 'TRAINER_PHOTO_NOT_AN_IMAGE',
  QUESTION_NOT_FOUND = 'TRAINER_QUESTION_NOT_FOUND',
  QUESTION_NOT_YOURS = 'TRAINER_QUESTION_NOT_YOURS',
  QUESTION_NOT_OPEN = 'TRAINER_QUESTION_NOT_OPEN',
  QUESTION_TO_SELF = 'TRAINER_QUESTION_TO_SELF',
  QUESTION_LIMIT = 'TRAINER_QUESTION_LIMIT',
  KNOWLEDGE_QUESTION_UNKNOWN = 'TRAINER_KNOWLEDGE_QUESTION_UNKNOWN',
}

export class TrainerException extends DomainException {
  static notFound(id: string) {
    return new TrainerException(TrainerErrorCode.TRAINER_NOT_FOUND, 'not_found', `Trainer ${id} does not exist.`);
  }
  static noTeacherProfile() {
    return new TrainerException(
      TrainerErrorCode.NO_TEACHER_PROFILE,
      'not_found',
      'You have no teacher profile yet: make one first (PUT /api/me/teacher-profile).',
    );
  }
  static photoNotFound(id: string) {
    return new TrainerException(TrainerErrorCode.PHOTO_NOT_FOUND, 'not_found', `Trainer ${id} has no photo.`);
  }
  static photoMissing() {
    return new TrainerException(
      TrainerErrorCode.PHOTO_MISSING,
      'validation',
      'Send the photo as the multipart/form-data file field "photo".',
      [{ field: 'photo', messages: ['a photo file is required'], codes: ['isDefined'] }],
    );
  }
  static notAnImage() {
    return new TrainerException(
      TrainerErrorCode.PHOTO_NOT_AN_IMAGE,
      'validation',
      'The file is not a JPEG, PNG, WebP, GIF or AVIF image (judged by its content, not its name).',
      [{ field: 'photo', messages: ['the file is not a JPEG, PNG, WebP, GIF or AVIF image'], codes: ['isImage'] }],
    );
  }
  /** Also for a question of others: whether it exists is not the caller's business. */
  static questionNotFound(id: string) {
    return new TrainerException(TrainerErrorCode.QUESTION_NOT_FOUND, 'not_found', `You have no question ${id}.`);
  }
  static notYours() {
    return new TrainerException(
      TrainerErrorCode.QUESTION_NOT_YOURS,
      'forbidden',
      'Only the trainer the question was sent to can answer, decline or propose a session.',
    );
  }
  static notOpen(status: string) {
    return new TrainerException(
      TrainerErrorCode.QUESTION_NOT_OPEN,
      'conflict',
      `The question was handled already (status ${status}); only an open question can be answered, declined or get a proposal.`,
    );
  }
  static toSelf() {
    return new TrainerException(
      TrainerErrorCode.QUESTION_TO_SELF,
      'validation',
      'You cannot send a question to yourself.',
      [{ field: 'id', messages: ['this is your own trainer page'], codes: ['notSelf'] }],
    );
  }
  static limit(perDay: number, retryAfterSeconds: number) {
    return new TrainerException(
      TrainerErrorCode.QUESTION_LIMIT,
      'too_many_requests',
      `You can send at most ${perDay} questions to trainers per 24 hours. Try again in ${retryAfterSeconds} seconds.`,
      [],
      { 'Retry-After': String(retryAfterSeconds) },
    );
  }
  static knowledgeQuestionUnknown() {
    return new TrainerException(
      TrainerErrorCode.KNOWLEDGE_QUESTION_UNKNOWN,
      'validation',
      'The knowledge question does not exist or was not asked by you.',
      [{ field: 'knowledgeQuestionId', messages: ['not a knowledge question you asked'], codes: ['isOwnQuestion'] }],
    );
  }
}
