import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

interface CountRow {
  n: number;
}

interface UserIdRow {
  user_id: string;
}

/** What the go/no-go decision reads: the confirmed participants (enrolments' own) and whom to tell. */
@Injectable()
export class GoNoGoRepository {
  constructor(private readonly db: Db) {}

  /** Confirmed participants of a session: the ones who go (pending approvals and offers are not yet). */
  async confirmedCount(sessionId: string): Promise<number> {
    const [row] = await this.db.manager.query<CountRow[]>(
      `SELECT count(*)::int AS n FROM enrolments WHERE session_id = $1 AND status = 'confirmed'`,
      [sessionId],
    );
    return row.n;
  }

  /**
   * The organisers of a course's session: its teachers and the L&D of the course's organisation
   * (active accounts), through catalogue's and identity's views.
   */
  async organisers(courseId: string): Promise<string[]> {
    const rows = await this.db.manager.query<UserIdRow[]>(
      `SELECT tp.user_id FROM course_teacher_directory ct
          JOIN teacher_directory tp ON tp.id = ct.teacher_profile_id
          JOIN user_directory u ON u.id = tp.user_id
         WHERE ct.course_id = $1 AND u.disabled_at IS NULL
       UNION
       SELECT u.id AS user_id FROM course_directory c
          JOIN user_directory u ON u.organisation_id = c.organisation_id
         WHERE c.id = $1 AND 'ld' = ANY(u.roles) AND u.disabled_at IS NULL
       ORDER BY user_id`,
      [courseId],
    );
    return rows.map((r) => r.user_id);
  }
}
