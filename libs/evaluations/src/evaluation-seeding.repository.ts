import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

/** One learner's answer as the demo seed writes it. */
export interface SeededEvaluation {
  sessionId: string;
  userId: string;
  overall: number;
  usefulness: number;
  teacher: number;
  comment: string | null;
  answeredAt: Date;
}

@Injectable()
export class EvaluationSeedingRepository {
  constructor(private readonly db: Db) {}

  /** The answer of the learner's attended enrolment in the session; false when there is none (or one already). */
  async insertForAttended(e: SeededEvaluation): Promise<boolean> {
    const rows = await this.db.manager.query<{ id: string }[]>(
      `INSERT INTO evaluations (enrolment_id, session_id, course_id, overall, usefulness, teacher, comment, created_at, updated_at)
       SELECT a.enrolment_id, a.session_id, s.course_id, $3, $4, $5, $6, $7, $7
         FROM enrolment_attendance a JOIN session_directory s ON s.id = a.session_id
        WHERE a.session_id = $1 AND a.user_id = $2 AND a.attended
       ON CONFLICT (enrolment_id) DO NOTHING
       RETURNING id`,
      [e.sessionId, e.userId, e.overall, e.usefulness, e.teacher, e.comment, e.answeredAt],
    );
    return rows.length > 0;
  }
}
