import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

/**
 * My alumni consent and the messages I sent to alumni (their recipient by name only). Erasure
 * removes the consent and every message sent or received (a received message may name me).
 */
@Injectable()
export class AlumniPersonalData {
  constructor(private readonly db: Db) {}

  async export(
    userId: string,
  ): Promise<{ consent: Record<string, unknown> | null; sentMessages: Record<string, unknown>[] }> {
    const consent = await this.db.manager.query<Record<string, unknown>[]>(
      `SELECT findable, show_email AS "showEmail", job_title AS "jobTitle", created_at AS "createdAt", updated_at AS "updatedAt"
         FROM alumni_consents WHERE user_id = $1`,
      [userId],
    );
    const sentMessages = await this.db.manager.query<Record<string, unknown>[]>(
      `SELECT m.id, u.name AS "recipientName", m.course_id AS "courseId", m.subject, m.text,
              m.created_at AS "createdAt", m.email_sent_at AS "emailSentAt"
         FROM alumni_messages m JOIN user_directory u ON u.id = m.recipient_id
        WHERE m.sender_id = $1 ORDER BY m.created_at, m.id`,
      [userId],
    );
    return { consent: consent.length ? consent[0] : null, sentMessages };
  }

  async erase(userId: string): Promise<void> {
    await this.db.manager.query(`DELETE FROM alumni_messages WHERE sender_id = $1 OR recipient_id = $1`, [userId]);
    await this.db.manager.query(`DELETE FROM alumni_consents WHERE user_id = $1`, [userId]);
  }
}
