import { Injectable } from '@nestjs/common';
import { EnrolmentSeedingRepository, type SeededEnrolment } from './enrolment-seeding.repository.js';

/**
 * Enrolments written by the demo seed, past sessions with attendance included (which the engine
 * does not decide). Runs inside the caller's transaction; the caller recounts each session's
 * seats once its enrolments are written.
 */
@Injectable()
export class EnrolmentSeedingService {
  constructor(private readonly enrolments: EnrolmentSeedingRepository) {}

  record(enrolment: SeededEnrolment): Promise<void> {
    return this.enrolments.insertWithEvent(enrolment);
  }

  /** The session's seat cache recounted from its enrolments. */
  recountSeats(sessionId: string, now = new Date()): Promise<void> {
    return this.enrolments.recountSeats(sessionId, now);
  }
}
