import { Injectable } from '@nestjs/common';
import type { AuthUser, Role } from '#libs/common';
import { Db } from '#libs/database';

export interface SchedulableCourse {
  id: string;
  format: 'klassikaal' | 'online' | 'hybride';
  durationHours: number;
  organisationSlug: string;
  organisationName: string;
  organisationRegion: string;
}

export interface NewSession {
  courseId: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string | null;
  address: string | null;
  city: string | null;
  region: string | null;
  onlineUrl: string | null;
  capacity: number;
  enrolmentDeadline: Date;
  cancellationDeadline: Date;
}

@Injectable()
export class DemoDataRepository {
  constructor(private readonly db: Db) {}

  async lock(key: number): Promise<void> {
    await this.db.manager.query(`SELECT pg_advisory_xact_lock($1)`, [key]);
  }

  async countOrganisations(): Promise<number> {
    const [row] = await this.db.manager.query(`SELECT count(*)::int AS n FROM organisations`);
    return row.n;
  }

  async organisationIdsBySlug(): Promise<Map<string, string>> {
    const rows: { id: string; slug: string }[] = await this.db.manager.query(`SELECT id, slug FROM organisations`);
    return new Map(rows.map((r) => [r.slug, r.id]));
  }

  async insertUser(
    email: string,
    name: string,
    organisationId: string,
    passwordHash: string,
    roles: Role[],
  ): Promise<string> {
    const [row] = await this.db.manager.query(
      `INSERT INTO users (email, name, organisation_id, password_hash, roles, email_verified_at) VALUES ($1, $2, $3, $4, $5::text[], now()) RETURNING id`,
      [email, name, organisationId, passwordHash, roles],
    );
    return row.id;
  }

  coursesForScheduling(): Promise<SchedulableCourse[]> {
    return this.db.manager.query(
      `SELECT c.id, c.format, c.duration_hours::float AS "durationHours", o.slug AS "organisationSlug",
              o.name AS "organisationName", o.region AS "organisationRegion"
         FROM courses c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.status = 'published' ORDER BY c.external_id NULLS LAST, c.id`,
    );
  }

  async insertSession(s: NewSession): Promise<string> {
    const [row] = await this.db.manager.query(
      `INSERT INTO course_sessions (course_id, starts_at, ends_at, venue_name, address, city, region, online_url,
                                    capacity, enrolment_deadline, cancellation_deadline)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        s.courseId,
        s.startsAt,
        s.endsAt,
        s.venueName,
        s.address,
        s.city,
        s.region,
        s.onlineUrl,
        s.capacity,
        s.enrolmentDeadline,
        s.cancellationDeadline,
      ],
    );
    return row.id;
  }

  /** An enrolment with its first history event; waitlisted ones draw a queue number. */
  async insertEnrolment(
    sessionId: string,
    userId: string,
    status: 'confirmed' | 'waitlisted' | 'pending_approval' | 'attended' | 'no_show',
    managerId: string | null = null,
    approvalExpiresAt: Date | null = null,
  ): Promise<void> {
    await this.db.manager.query(
      `WITH e AS (
         INSERT INTO enrolments (session_id, user_id, status, manager_id, approval_expires_at, queue_number)
         VALUES ($1, $2, $3::enrolment_status, $4, $5, CASE WHEN $3::enrolment_status = 'waitlisted' THEN nextval('enrolment_queue_seq') END)
         RETURNING id)
       INSERT INTO enrolment_events (enrolment_id, from_status, to_status, actor_id, reason) SELECT id, NULL, $3, $2, 'demo data' FROM e`,
      [sessionId, userId, status, managerId, approvalExpiresAt],
    );
  }

  async setSeatsTaken(sessionId: string, seats: number): Promise<void> {
    await this.db.manager.query(`UPDATE course_sessions SET seats_taken = $2 WHERE id = $1`, [sessionId, seats]);
  }

  async userIdsByEmail(emails: string[]): Promise<Map<string, string>> {
    const rows: { id: string; email: string }[] = await this.db.manager.query(
      `SELECT id, email FROM users WHERE email = ANY($1::text[])`,
      [emails],
    );
    return new Map(rows.map((r) => [r.email, r.id]));
  }

  async courseIdsTaughtBy(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT ct.course_id AS id FROM course_teachers ct JOIN teacher_profiles tp ON tp.id = ct.teacher_profile_id WHERE tp.user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.id);
  }

  async requireApproval(courseIds: string[]): Promise<void> {
    await this.db.manager.query(`UPDATE courses SET requires_manager_approval = true WHERE id = ANY($1::uuid[])`, [
      courseIds,
    ]);
  }

  /** Who acts in the services the demo goes through: the user as the API would see them. */
  async actor(userId: string): Promise<AuthUser> {
    const [row] = await this.db.manager.query(
      `SELECT id, email, name, organisation_id AS "organisationId", roles FROM users WHERE id = $1`,
      [userId],
    );
    return { ...row, sessionId: 'demo-data' };
  }

  /** Teacher profiles for in-company invitations: the given user's first, then others not of `excludeOrganisationId`. */
  async trainersFor(firstUserId: string, excludeOrganisationId: string): Promise<{ id: string; userId: string }[]> {
    return this.db.manager.query(
      `SELECT tp.id, tp.user_id AS "userId" FROM teacher_profiles tp JOIN users u ON u.id = tp.user_id
        WHERE u.organisation_id <> $2 ORDER BY (tp.user_id = $1) DESC, tp.in_company DESC, u.email LIMIT 8`,
      [firstUserId, excludeOrganisationId],
    );
  }

  async organisationOf(userId: string): Promise<string> {
    const [row] = await this.db.manager.query(`SELECT organisation_id AS id FROM users WHERE id = $1`, [userId]);
    return row.id;
  }

  /**
   * Moves a session into the past. The catalogue only schedules sessions in the future, so the
   * demo writes a delivered in-company training's history here.
   */
  async moveSession(sessionId: string, startsAt: Date, endsAt: Date): Promise<void> {
    await this.db.manager.query(
      `UPDATE course_sessions SET starts_at = $2, ends_at = $3, enrolment_deadline = $2, cancellation_deadline = $2 WHERE id = $1`,
      [sessionId, startsAt, endsAt],
    );
  }
}
