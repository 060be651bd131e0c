import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { EnrolmentEngine } from './enrolment-engine.js';

/**
 * Enrolments' part of the AVG rights. Past enrolments and attendance are kept for the figures
 * (the account behind them becomes anonymous); places still held are given back.
 */
@Injectable()
export class EnrolmentsPersonalData {
  constructor(
    private readonly db: Db,
    private readonly engine: EnrolmentEngine,
  ) {}

  async export(userId: string): Promise<{ enrolments: Record<string, unknown>[]; calendarFeed: boolean }> {
    const enrolments = await this.db.manager.query(
      `SELECT e.id, c.title AS "courseTitle", s.starts_at AS "startsAt", s.ends_at AS "endsAt", e.status, e.cancel_reason AS "cancelReason",
              e.reason_note AS "reasonNote", e.created_at AS "createdAt",
              COALESCE((SELECT json_agg(json_build_object('from', ev.from_status, 'to', ev.to_status, 'reason', ev.reason, 'at', ev.created_at) ORDER BY ev.created_at)
                          FROM enrolment_events ev WHERE ev.enrolment_id = e.id), '[]') AS history
         FROM enrolments e JOIN course_sessions s ON s.id = e.session_id JOIN courses c ON c.id = s.course_id
        WHERE e.user_id = $1 ORDER BY s.starts_at, e.created_at`,
      [userId],
    );
    const feed: unknown[] = await this.db.manager.query(`SELECT 1 FROM calendar_feeds WHERE user_id = $1`, [userId]);
    return { enrolments, calendarFeed: feed.length > 0 };
  }

  async erase(userId: string): Promise<void> {
    await this.engine.withdrawAll(userId);
    await this.db.manager.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [userId]);
  }
}
