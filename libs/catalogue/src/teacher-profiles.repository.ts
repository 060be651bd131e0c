import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { TeacherProfile } from './catalogue.entities.js';

/** A teacher profile with the owner's name and organisation, as shown to others. */
export interface TeacherRow {
  id: string;
  userId: string;
  name: string;
  organisationId: string;
  organisationName: string;
  jobTitle: string;
  bio: string;
  expertise: string[];
  formats: TeacherProfile['formats'];
  regions: string[];
  languages: TeacherProfile['languages'];
  inCompany: boolean;
  photoUrl: string | null;
}

const TEACHER_SELECT = `
  SELECT tp.id, tp.user_id AS "userId", u.name, u.organisation_id AS "organisationId", o.name AS "organisationName",
         tp.job_title AS "jobTitle", tp.bio, tp.expertise, tp.formats, tp.regions, tp.languages,
         tp.in_company AS "inCompany", tp.photo_url AS "photoUrl"
    FROM teacher_profiles tp
    JOIN users u ON u.id = tp.user_id
    JOIN organisations o ON o.id = u.organisation_id`;

@Injectable()
export class TeacherProfilesRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.manager.getRepository(TeacherProfile);
  }

  findByUserId(userId: string): Promise<TeacherProfile | null> {
    return this.repo.findOneBy({ userId });
  }

  async findRows(ids: string[]): Promise<TeacherRow[]> {
    if (!ids.length) return [];
    return this.db.manager.query(`${TEACHER_SELECT} WHERE tp.id = ANY($1::uuid[])`, [ids]);
  }

  async findRowByUserId(userId: string): Promise<TeacherRow | null> {
    const rows: TeacherRow[] = await this.db.manager.query(`${TEACHER_SELECT} WHERE tp.user_id = $1`, [userId]);
    return rows[0] ?? null;
  }

  /** Teachers of each course, lead teacher first. */
  async findRowsForCourses(courseIds: string[]): Promise<(TeacherRow & { courseId: string })[]> {
    if (!courseIds.length) return [];
    return this.db.manager.query(
      `SELECT ct.course_id AS "courseId", t.* FROM course_teachers ct
         JOIN (${TEACHER_SELECT}) t ON t.id = ct.teacher_profile_id
        WHERE ct.course_id = ANY($1::uuid[])
        ORDER BY ct.course_id, ct.position, t.name`,
      [courseIds],
    );
  }

  /** Active teachers whose name contains `text`, by name. */
  search(text: string, limit: number): Promise<TeacherRow[]> {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.db.manager.query(
      `${TEACHER_SELECT} WHERE u.disabled_at IS NULL AND u.name ILIKE $1 ORDER BY u.name, tp.id LIMIT $2`,
      [pattern, limit],
    );
  }

  async existingIds(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM teacher_profiles WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  async upsert(userId: string, values: Partial<TeacherProfile>): Promise<TeacherProfile> {
    const existing = await this.findByUserId(userId);
    if (existing) {
      await this.repo.update({ id: existing.id }, values);
      return (await this.repo.findOneBy({ id: existing.id }))!;
    }
    return this.repo.save(this.repo.create({ ...values, userId }));
  }
}
