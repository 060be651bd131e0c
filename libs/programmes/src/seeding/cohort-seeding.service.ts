import { Injectable } from '@nestjs/common';
import { CatalogueSeedingService } from '#libs/catalogue';
import { CohortWritesRepository } from '../cohorts/cohort-writes.repository.js';
import { CohortsRepository } from '../cohorts/cohorts.repository.js';

/** A new date for one part of a cohort, by the programme part it schedules. */
export interface SeededPartDate {
  partId: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * For the demo seed only (issue #11 item 9). The cohorts service schedules parts in the future,
 * as it must; a demo needs tranches that were held months ago and one that is running now. The
 * seed makes such a cohort through the cohorts service, enrols through the enrolment engine, and
 * then moves its parts back here: programmes' own rows through programmes' own repository, the
 * session's span through the catalogue's seeding service (as the demo does for past sessions).
 * Runs inside the caller's transaction.
 */
@Injectable()
export class CohortSeedingService {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly writes: CohortWritesRepository,
    private readonly catalogue: CatalogueSeedingService,
  ) {}

  async reschedule(cohortId: string, dates: SeededPartDate[]): Promise<void> {
    const byPart = new Map(dates.map((d) => [d.partId, d]));
    for (const part of await this.cohorts.parts(cohortId)) {
      const next = byPart.get(part.partId);
      if (!next) continue;
      await this.writes.updatePart(part.id, {
        startsAt: next.startsAt,
        endsAt: next.endsAt,
        ...(part.choiceDeadline ? { choiceDeadline: next.startsAt } : {}),
      });
    }
    const span = await this.writes.span(cohortId);
    await this.catalogue.moveSession(cohortId, span.startsAt, span.endsAt);
  }
}
