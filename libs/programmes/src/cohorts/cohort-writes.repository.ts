import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { Cohort, CohortPart, CohortStaff } from './cohort.entities.js';
import type { CohortRole } from './cohort.entities.js';

export type NewCohortPart = Omit<CohortPart, 'id' | 'cohort' | 'part' | 'scheduleVersion'>;

/** Writes of cohorts, their parts and staff (programmes' own tables). */
@Injectable()
export class CohortWritesRepository {
  constructor(private readonly db: Db) {}

  async insert(sessionId: string, programmeId: string, name: string): Promise<void> {
    await this.db.manager.getRepository(Cohort).insert({ sessionId, programmeId, name });
  }

  async rename(sessionId: string, name: string): Promise<void> {
    await this.db.manager.getRepository(Cohort).update({ sessionId }, { name });
  }

  async insertParts(parts: NewCohortPart[]): Promise<void> {
    if (parts.length) await this.db.manager.getRepository(CohortPart).insert(parts);
  }

  /** The cohort part, locked: changes of one part are serialised. */
  async partForUpdate(cohortId: string, cohortPartId: string): Promise<CohortPart | null> {
    const rows = await this.db.manager
      .getRepository(CohortPart)
      .createQueryBuilder('cp')
      .setLock('pessimistic_write')
      .where('cp.id = :cohortPartId AND cp.cohort_id = :cohortId', { cohortPartId, cohortId })
      .getMany();
    return rows.at(0) ?? null;
  }

  async updatePart(cohortPartId: string, values: Partial<NewCohortPart> & { scheduleVersion?: number }): Promise<void> {
    await this.db.manager.getRepository(CohortPart).update({ id: cohortPartId }, values);
  }

  /** The first start and last end of a cohort's parts: its session's span. */
  async span(cohortId: string): Promise<{ startsAt: Date; endsAt: Date }> {
    const [row] = await this.db.manager.query<{ startsAt: Date; endsAt: Date }[]>(
      `SELECT min(starts_at) AS "startsAt", max(ends_at) AS "endsAt" FROM cohort_parts WHERE cohort_id = $1`,
      [cohortId],
    );
    return row;
  }

  async setStaff(cohortId: string, userId: string, role: CohortRole): Promise<void> {
    await this.db.manager.getRepository(CohortStaff).upsert({ cohortId, userId, role }, ['cohortId', 'userId']);
  }

  async removeStaff(cohortId: string, userId: string): Promise<boolean> {
    const r = await this.db.manager.getRepository(CohortStaff).delete({ cohortId, userId });
    return (r.affected ?? 0) > 0;
  }

  async existingUserIds(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.db.manager.query<{ id: string }[]>(
      `SELECT id FROM user_directory WHERE id = ANY($1) AND disabled_at IS NULL`,
      [ids],
    );
    return rows.map((r) => r.id);
  }
}
