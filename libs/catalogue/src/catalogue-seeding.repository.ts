import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { Format, Language, Level } from './catalogue.entities.js';

/** A teacher profile as the catalogue import gives it, keyed by its external id. */
export interface SeededTeacherProfile {
  externalId: string;
  jobTitle: string;
  bio: string;
  expertise: string[];
  formats: Format[];
  regions: string[];
  languages: Language[];
  inCompany: boolean;
}

/** A published course as the catalogue import gives it, keyed by its external id. */
export interface SeededCourse {
  externalId: string;
  title: string;
  summary: string;
  description: string;
  learningGoals: string[];
  topics: string[];
  level: Level;
  durationHours: number;
  format: Format;
  language: Language;
  organisationId: string;
  requiresManagerApproval: boolean;
}

export interface UpsertedRow {
  id: string;
  inserted: boolean;
}

export interface TeacherRef {
  id: string;
  userId: string;
}

/** A published course with what the demo seed needs to place its sessions. */
export interface SchedulableCourse {
  id: string;
  format: Format;
  durationHours: number;
  organisationSlug: string;
  organisationName: string;
  organisationRegion: string;
}

/** A session as the demo seed writes it: at any time, in the past too. */
export interface SeededSession {
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
export class CatalogueSeedingRepository {
  constructor(private readonly db: Db) {}

  async findTeacherByExternalId(externalId: string): Promise<TeacherRef | null> {
    const rows = await this.db.manager.query<TeacherRef[]>(
      `SELECT id, user_id AS "userId" FROM teacher_profiles WHERE external_id = $1`,
      [externalId],
    );
    return rows[0] ?? null;
  }

  async upsertTeacherProfile(userId: string, t: SeededTeacherProfile): Promise<string> {
    const [row] = await this.db.manager.query<{ id: string }[]>(
      `INSERT INTO teacher_profiles (user_id, external_id, job_title, bio, expertise, formats, regions, languages, in_company)
       VALUES ($1, $2, $3, $4, $5::text[], $6::text[], $7::text[], $8::text[], $9)
       ON CONFLICT (user_id) DO UPDATE SET external_id = EXCLUDED.external_id, job_title = EXCLUDED.job_title,
         bio = EXCLUDED.bio, expertise = EXCLUDED.expertise, formats = EXCLUDED.formats, regions = EXCLUDED.regions,
         languages = EXCLUDED.languages, in_company = EXCLUDED.in_company, updated_at = now()
       RETURNING id`,
      [userId, t.externalId, t.jobTitle, t.bio, t.expertise, t.formats, t.regions, t.languages, t.inCompany],
    );
    return row.id;
  }

  findTeachersWithExternalId(): Promise<{ id: string; externalId: string }[]> {
    return this.db.manager.query<{ id: string; externalId: string }[]>(
      `SELECT id, external_id AS "externalId" FROM teacher_profiles WHERE external_id IS NOT NULL`,
    );
  }

  async upsertPublishedCourse(c: SeededCourse, topicKeys: string[]): Promise<UpsertedRow> {
    const [row] = await this.db.manager.query<UpsertedRow[]>(
      `INSERT INTO courses (external_id, title, summary, description, learning_goals, topics, topic_keys, level,
                            duration_hours, format, language, organisation_id, requires_manager_approval, status, published_at)
       VALUES ($1, $2, $3, $4, $5::text[], $6::text[], $7::text[], $8, $9, $10, $11, $12, $13, 'published', now())
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET title = EXCLUDED.title,
         summary = EXCLUDED.summary, description = EXCLUDED.description, learning_goals = EXCLUDED.learning_goals,
         topics = EXCLUDED.topics, topic_keys = EXCLUDED.topic_keys, level = EXCLUDED.level,
         duration_hours = EXCLUDED.duration_hours, format = EXCLUDED.format, language = EXCLUDED.language,
         organisation_id = EXCLUDED.organisation_id, requires_manager_approval = EXCLUDED.requires_manager_approval,
         updated_at = now()
       RETURNING id, (xmax = 0) AS inserted`,
      [
        c.externalId,
        c.title,
        c.summary,
        c.description,
        c.learningGoals,
        c.topics,
        topicKeys,
        c.level,
        c.durationHours,
        c.format,
        c.language,
        c.organisationId,
        c.requiresManagerApproval,
      ],
    );
    return { id: row.id, inserted: row.inserted };
  }

  async replaceCourseTeachers(courseId: string, teacherProfileIds: string[]): Promise<void> {
    await this.db.manager.query(`DELETE FROM course_teachers WHERE course_id = $1`, [courseId]);
    await this.db.manager.query(
      `INSERT INTO course_teachers (course_id, teacher_profile_id, position)
       SELECT $1, t.id, t.ord - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)`,
      [courseId, teacherProfileIds],
    );
  }

  /** Published courses by external id (imported first), with their organisation. */
  findSchedulableCourses(): Promise<SchedulableCourse[]> {
    return this.db.manager.query<SchedulableCourse[]>(
      `SELECT c.id, c.format, c.duration_hours::float AS "durationHours", o.slug AS "organisationSlug",
              o.name AS "organisationName", o.region AS "organisationRegion"
         FROM courses c JOIN organisation_directory o ON o.id = c.organisation_id
        WHERE c.status = 'published' ORDER BY c.external_id NULLS LAST, c.id`,
    );
  }

  async insertSession(s: SeededSession): Promise<string> {
    const [row] = await this.db.manager.query<{ id: string }[]>(
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

  async moveSession(id: string, startsAt: Date, endsAt: Date): Promise<void> {
    await this.db.manager.query(
      `UPDATE course_sessions SET starts_at = $2, ends_at = $3, enrolment_deadline = $2, cancellation_deadline = $2 WHERE id = $1`,
      [id, startsAt, endsAt],
    );
  }

  async setRequiresManagerApproval(courseIds: string[]): Promise<void> {
    await this.db.manager.query(`UPDATE courses SET requires_manager_approval = true WHERE id = ANY($1::uuid[])`, [
      courseIds,
    ]);
  }

  async findCourseIdsTaughtBy(userId: string): Promise<string[]> {
    const rows = await this.db.manager.query<{ id: string }[]>(
      `SELECT ct.course_id AS id FROM course_teachers ct JOIN teacher_profiles tp ON tp.id = ct.teacher_profile_id WHERE tp.user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.id);
  }

  /** The given user's profile first, then in-company teachers, of organisations other than `excludeOrganisationId`. */
  findTrainers(firstUserId: string, excludeOrganisationId: string, limit: number): Promise<TeacherRef[]> {
    return this.db.manager.query<TeacherRef[]>(
      `SELECT tp.id, tp.user_id AS "userId" FROM teacher_profiles tp JOIN user_directory u ON u.id = tp.user_id
        WHERE u.organisation_id <> $2 ORDER BY (tp.user_id = $1) DESC, tp.in_company DESC, u.email LIMIT $3`,
      [firstUserId, excludeOrganisationId, limit],
    );
  }
}
