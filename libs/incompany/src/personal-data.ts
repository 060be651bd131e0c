import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

/**
 * In-company requests are the organisation's records: exported for the person who made them or
 * released time for them; on erasure they stay (their link now points at an anonymous account).
 */
@Injectable()
export class InCompanyPersonalData {
  constructor(private readonly db: Db) {}

  async export(
    userId: string,
  ): Promise<{ requestsMade: Record<string, unknown>[]; releasesAsManager: Record<string, unknown>[] }> {
    const requestsMade = await this.db.manager.query<Record<string, unknown>[]>(
      `SELECT id, topic, group_size AS "groupSize", status, created_at AS "createdAt" FROM incompany_requests WHERE created_by_id = $1 ORDER BY created_at`,
      [userId],
    );
    const releasesAsManager = await this.db.manager.query<Record<string, unknown>[]>(
      `SELECT i.request_id AS "requestId", i.release_status AS "releaseStatus", i.created_at AS "createdAt" FROM incompany_invitations i WHERE i.manager_id = $1 ORDER BY i.created_at`,
      [userId],
    );
    return { requestsMade, releasesAsManager };
  }
}
