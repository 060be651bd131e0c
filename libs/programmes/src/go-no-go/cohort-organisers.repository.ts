import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

interface UserIdRow {
  user_id: string;
}

/** Whom a cohort's go/no-go notice also goes to, besides the course's teachers and owner L&D. */
@Injectable()
export class CohortOrganisersRepository {
  constructor(private readonly db: Db) {}

  /** The cohort's organisers and the L&D of the programme's co-owner organisations (active accounts). */
  async organisers(cohortId: string): Promise<string[]> {
    const rows = await this.db.manager.query<UserIdRow[]>(
      `SELECT cs.user_id FROM cohort_staff cs JOIN user_directory u ON u.id = cs.user_id
        WHERE cs.cohort_id = $1 AND cs.role = 'organiser' AND u.disabled_at IS NULL
       UNION
       SELECT u.id AS user_id FROM cohorts c
         JOIN programme_owners po ON po.programme_id = c.programme_id
         JOIN user_directory u ON u.organisation_id = po.organisation_id
        WHERE c.session_id = $1 AND 'ld' = ANY(u.roles) AND u.disabled_at IS NULL
       ORDER BY user_id`,
      [cohortId],
    );
    return rows.map((r) => r.user_id);
  }
}
