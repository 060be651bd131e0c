import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

/** Messages to a person are theirs alone: exported whole, erased whole. */
@Injectable()
export class NotificationsPersonalData {
  constructor(private readonly db: Db) {}

  export(userId: string): Promise<Record<string, unknown>[]> {
    return this.db.manager.query(
      `SELECT kind, code, params, title, body, link, created_at AS "createdAt", read_at AS "readAt", email_sent_at AS "emailSentAt"
         FROM notifications WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  async erase(userId: string): Promise<void> {
    await this.db.manager.query(`DELETE FROM notifications WHERE user_id = $1`, [userId]);
  }
}
