import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { CourseSession } from './catalogue.entities.js';

@Injectable()
export class SessionsRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.manager.getRepository(CourseSession);
  }

  findById(id: string): Promise<CourseSession | null> {
    return this.repo.findOneBy({ id });
  }

  /**
   * Locks the session row for a change. FOR NO KEY UPDATE: enrolments that reference the session
   * (their foreign key takes KEY SHARE) are not held up while the change waits for the seat lock.
   */
  findByIdForUpdate(id: string): Promise<CourseSession | null> {
    return this.repo.createQueryBuilder('s').where('s.id = :id', { id }).setLock('for_no_key_update').getOne();
  }

  /** Seats left per session, from enrolments' view session_availability (capacity less seats held). */
  async seatsLeft(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.db.manager.query<{ session_id: string; seats_left: number }[]>(
      `SELECT session_id, seats_left FROM session_availability WHERE session_id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.session_id, r.seats_left]));
  }

  /** Sessions whose go/no-go moment has come, still undecided, scheduled and not started; oldest moment first. */
  async dueForGoNoGo(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db.manager.query<{ id: string }[]>(
      `SELECT id FROM course_sessions
        WHERE min_participants IS NOT NULL AND go_no_go_decided_at IS NULL AND go_no_go_at <= $1
          AND status = 'scheduled' AND starts_at > $1
        ORDER BY go_no_go_at LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }

  insert(values: Partial<CourseSession>): Promise<CourseSession> {
    return this.repo.save(this.repo.create(values));
  }

  async update(id: string, values: Partial<CourseSession>): Promise<void> {
    await this.repo.update({ id }, values);
  }

  /**
   * All sessions of a course (editors), or only upcoming scheduled ones that the viewer's
   * organisation may see (everyone else: in-company sessions are for their organisation only).
   */
  findForCourse(courseId: string, upcomingOnly: boolean, viewerOrganisationId?: string): Promise<CourseSession[]> {
    const qb = this.repo
      .createQueryBuilder('s')
      .where('s.course_id = :courseId', { courseId })
      .orderBy('s.starts_at', 'ASC');
    if (upcomingOnly) {
      qb.andWhere(`s.status = 'scheduled' AND s.starts_at > now()`);
      qb.andWhere('(s.visible_to_organisation_id IS NULL OR s.visible_to_organisation_id = :org)', {
        org: viewerOrganisationId ?? null,
      });
    }
    return qb.getMany();
  }
}
