import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { CalendarFeed } from './enrolment.entities.js';

@Injectable()
export class CalendarFeedsRepository {
  constructor(private readonly db: Db) {}

  /** One feed per person; a new token replaces (and so revokes) the old one. */
  async upsert(userId: string, tokenHash: string): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [userId, tokenHash],
    );
  }

  async exists(userId: string): Promise<boolean> {
    return this.db.manager.getRepository(CalendarFeed).existsBy({ userId });
  }

  async remove(userId: string): Promise<boolean> {
    const result = await this.db.manager.getRepository(CalendarFeed).delete({ userId });
    return (result.affected ?? 0) > 0;
  }

  async userIdFor(tokenHash: string): Promise<string | null> {
    const row = (
      await this.db.manager.query<{ user_id: string }[]>(
        `SELECT f.user_id FROM calendar_feeds f JOIN user_directory u ON u.id = f.user_id
        WHERE f.token_hash = $1 AND u.disabled_at IS NULL`,
        [tokenHash],
      )
    ).at(0);
    return row?.user_id ?? null;
  }
}
