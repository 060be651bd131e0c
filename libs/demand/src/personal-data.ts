import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { DemandRepository } from './demand.repository.js';
import type { PersonalInterests } from './demand.repository.js';

/** A person's interest lists and "ik wil dit ook" marks: in the AVG export; erasure removes them all. */
@Injectable()
export class DemandPersonalData {
  constructor(
    private readonly db: Db,
    private readonly repo: DemandRepository,
  ) {}

  export(userId: string): Promise<PersonalInterests> {
    return this.repo.personalData(userId);
  }

  /** In the caller's transaction; a list that drops below the threshold is armed for the next nudge. */
  async erase(userId: string): Promise<void> {
    await this.db.transaction(async () => {
      const courses = await this.repo.erase(userId);
      for (const courseId of courses) await this.repo.rearmNudgeBelow(courseId);
    });
  }
}
