import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

/**
 * A person's own answers (found through their enrolments; the table holds no person id). On
 * erasure the scores stay in the aggregates, the open text goes: it may name the person.
 */
@Injectable()
export class EvaluationsPersonalData {
  constructor(private readonly db: Db) {}

  export(userId: string): Promise<Record<string, unknown>[]> {
    return this.db.manager.query<Record<string, unknown>[]>(
      `SELECT ev.enrolment_id AS "enrolmentId", ev.overall, ev.usefulness, ev.teacher, ev.comment,
              ev.created_at AS "createdAt", ev.updated_at AS "updatedAt"
         FROM evaluations ev JOIN enrolment_attendance a ON a.enrolment_id = ev.enrolment_id
        WHERE a.user_id = $1 ORDER BY ev.created_at`,
      [userId],
    );
  }

  async erase(userId: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE evaluations SET comment = NULL
        WHERE enrolment_id IN (SELECT enrolment_id FROM enrolment_attendance WHERE user_id = $1)`,
      [userId],
    );
  }
}
