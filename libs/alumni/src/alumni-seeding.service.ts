import { Injectable } from '@nestjs/common';
import { AlumniRepository } from './alumni.repository.js';

/** For the demo seed: people's consent, in the caller's transaction. */
@Injectable()
export class AlumniSeedingService {
  constructor(private readonly repo: AlumniRepository) {}

  async consent(userId: string, c: { findable: boolean; showEmail: boolean; jobTitle?: string | null }): Promise<void> {
    await this.repo.saveConsent(userId, { findable: c.findable, showEmail: c.showEmail, jobTitle: c.jobTitle });
  }

  /** Of these people, those who attended a session or a programme's cohort, by name. */
  attendees(userIds: string[]): Promise<{ id: string; name: string }[]> {
    return this.repo.attendees(userIds);
  }
}
