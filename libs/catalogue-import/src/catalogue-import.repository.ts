import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { ImportCourse, ImportOrganisation, ImportTrainer } from './catalogue-format.js';

interface Upserted {
  id: string;
  inserted: boolean;
}

/** Upserts keyed by external id (organisation slug, trainer and course external ids). */
@Injectable()
export class CatalogueImportRepository {
  constructor(private readonly db: Db) {}

  async upsertOrganisation(o: ImportOrganisation): Promise<Upserted> {
    const [row] = await this.db.manager.query(
      `INSERT INTO organisations (slug, name, kind, region, email_domains)
       VALUES ($1, $2, $3, $4, $5::text[])
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, region = EXCLUDED.region,
         email_domains = CASE WHEN cardinality(EXCLUDED.email_domains) > 0 THEN EXCLUDED.email_domains ELSE organisations.email_domains END,
         updated_at = now()
       RETURNING id, (xmax = 0) AS inserted`,
      [o.id, o.name, o.kind, o.region, (o.emailDomains ?? []).map((d) => d.toLowerCase())],
    );
    return row;
  }

  async organisationsBySlug(): Promise<Map<string, { id: string; domains: string[] }>> {
    const rows: { id: string; slug: string; domains: string[] }[] = await this.db.manager.query(
      `SELECT id, slug, email_domains AS domains FROM organisations`,
    );
    return new Map(rows.map((r) => [r.slug, { id: r.id, domains: r.domains }]));
  }

  async findTeacherByExternalId(externalId: string): Promise<{ id: string; userId: string } | null> {
    const rows = await this.db.manager.query(
      `SELECT id, user_id AS "userId" FROM teacher_profiles WHERE external_id = $1`,
      [externalId],
    );
    return rows[0] ?? null;
  }

  async emailExists(email: string): Promise<boolean> {
    const rows = await this.db.manager.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
    return rows.length > 0;
  }

  async insertUser(email: string, name: string, organisationId: string, passwordHash: string): Promise<string> {
    const [row] = await this.db.manager.query(
      `INSERT INTO users (email, name, organisation_id, password_hash, email_verified_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
      [email, name, organisationId, passwordHash],
    );
    return row.id;
  }

  async updateUser(id: string, name: string, organisationId: string): Promise<void> {
    await this.db.manager.query(`UPDATE users SET name = $2, organisation_id = $3, updated_at = now() WHERE id = $1`, [
      id,
      name,
      organisationId,
    ]);
  }

  async upsertTeacherProfile(userId: string, t: ImportTrainer): Promise<string> {
    const [row] = await this.db.manager.query(
      `INSERT INTO teacher_profiles (user_id, external_id, job_title, bio, expertise, formats, regions, languages, in_company)
       VALUES ($1, $2, $3, $4, $5::text[], $6::text[], $7::text[], $8::text[], $9)
       ON CONFLICT (user_id) DO UPDATE SET external_id = EXCLUDED.external_id, job_title = EXCLUDED.job_title,
         bio = EXCLUDED.bio, expertise = EXCLUDED.expertise, formats = EXCLUDED.formats, regions = EXCLUDED.regions,
         languages = EXCLUDED.languages, in_company = EXCLUDED.in_company, updated_at = now()
       RETURNING id`,
      [userId, t.id, t.jobTitle, t.bio, t.expertise, t.formats, [t.region], t.languages, t.inCompany],
    );
    return row.id;
  }

  async teacherIdsByExternalId(): Promise<Map<string, string>> {
    const rows: { id: string; externalId: string }[] = await this.db.manager.query(
      `SELECT id, external_id AS "externalId" FROM teacher_profiles WHERE external_id IS NOT NULL`,
    );
    return new Map(rows.map((r) => [r.externalId, r.id]));
  }

  async upsertCourse(c: ImportCourse, organisationId: string, topicKeys: string[]): Promise<Upserted> {
    const [row] = await this.db.manager.query(
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
        c.id,
        c.title,
        c.summary,
        c.description,
        c.learningGoals,
        c.topics,
        topicKeys,
        c.level,
        c.durationHours,
        c.format,
        c.language ?? 'nl',
        organisationId,
        c.requiresManagerApproval ?? false,
      ],
    );
    return row;
  }

  async replaceCourseTeachers(courseId: string, teacherIds: string[]): Promise<void> {
    await this.db.manager.query(`DELETE FROM course_teachers WHERE course_id = $1`, [courseId]);
    await this.db.manager.query(
      `INSERT INTO course_teachers (course_id, teacher_profile_id, position)
       SELECT $1, t.id, t.ord - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)`,
      [courseId, teacherIds],
    );
  }
}
