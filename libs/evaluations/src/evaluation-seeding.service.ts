import { Injectable, Module } from '@nestjs/common';
import { EvaluationSeedingRepository, type SeededEvaluation } from './evaluation-seeding.repository.js';

export type { SeededEvaluation } from './evaluation-seeding.repository.js';

/**
 * Evaluations written by the demo seed, for past sessions that the evaluation window (30 days)
 * no longer admits. Only an attended enrolment gets one (as in the service). Runs inside the
 * caller's transaction.
 */
@Injectable()
export class EvaluationSeedingService {
  constructor(private readonly evaluations: EvaluationSeedingRepository) {}

  /** The answer of the learner's attended enrolment in the session; false when there is none. */
  record(e: SeededEvaluation): Promise<boolean> {
    return this.evaluations.insertForAttended(e);
  }
}

/** What the demo seed uses of evaluations. */
@Module({
  providers: [EvaluationSeedingRepository, EvaluationSeedingService],
  exports: [EvaluationSeedingService],
})
export class EvaluationsSeedingModule {}
