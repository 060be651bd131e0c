import { Injectable } from '@nestjs/common';
import type { Role } from '#libs/common';
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

  async insertUser(email: string, name: string, organisationId: string, passwordHash: string, roles: Role[]): Promise<string> {
    const [row] = await this.db.manager.query(
      `INSERT INTO users (email, name, organisation_id, password_hash, roles) VALUES ($1, $2, $3, $4, $5::text[]) RETURNING id`,
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

  async insertSession(s: NewSession): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO course_sessions (course_id, starts_at, ends_at, venue_name, address, city, region, online_url,
                                    capacity, enrolment_deadline, cancellation_deadline)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [s.courseId, s.startsAt, s.endsAt, s.venueName, s.address, s.city, s.region, s.onlineUrl, s.capacity, s.enrolmentDeadline, s.cancellationDeadline],
    );
  }
}
