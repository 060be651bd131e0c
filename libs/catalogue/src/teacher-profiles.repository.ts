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

/** A row of TEACHER_SELECT, as PostgreSQL names it. */
interface TeacherSelectRow {
  id: string;
  user_id: string;
  name: string;
  organisation_id: string;
  organisation_name: string;
  job_title: string;
  bio: string;
  expertise: string[];
  formats: TeacherProfile['formats'];
  regions: string[];
  languages: TeacherProfile['languages'];
  in_company: boolean;
  photo_url: string | null;
}

const TEACHER_SELECT = `
  SELECT tp.id, tp.user_id, u.name, u.organisation_id, o.name AS organisation_name, tp.job_title, tp.bio, tp.expertise,
         tp.formats, tp.regions, tp.languages, tp.in_company, tp.photo_url
    FROM teacher_profiles tp
    JOIN user_directory u ON u.id = tp.user_id
    JOIN organisation_directory o ON o.id = u.organisation_id`;

function toTeacherRow(r: TeacherSelectRow): TeacherRow {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    jobTitle: r.job_title,
    bio: r.bio,
    expertise: r.expertise,
    formats: r.formats,
    regions: r.regions,
    languages: r.languages,
    inCompany: r.in_company,
    photoUrl: r.photo_url,
  };
}

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
    const rows = await this.db.manager.query<TeacherSelectRow[]>(`${TEACHER_SELECT} WHERE tp.id = ANY($1::uuid[])`, [
      ids,
    ]);
    return rows.map(toTeacherRow);
  }

  async findRowByUserId(userId: string): Promise<TeacherRow | null> {
    const row = (
      await this.db.manager.query<TeacherSelectRow[]>(`${TEACHER_SELECT} WHERE tp.user_id = $1`, [userId])
    ).at(0);
    return row ? toTeacherRow(row) : null;
  }

  /** Teachers of each course, lead teacher first. */
  async findRowsForCourses(courseIds: string[]): Promise<(TeacherRow & { courseId: string })[]> {
    if (!courseIds.length) return [];
    const rows = await this.db.manager.query<(TeacherSelectRow & { course_id: string })[]>(
      `SELECT ct.course_id, t.* FROM course_teachers ct
         JOIN (${TEACHER_SELECT}) t ON t.id = ct.teacher_profile_id
        WHERE ct.course_id = ANY($1::uuid[])
        ORDER BY ct.course_id, ct.position, t.name`,
      [courseIds],
    );
    return rows.map((r) => ({ ...toTeacherRow(r), courseId: r.course_id }));
  }

  /** Active teachers whose name contains `text`, by name. */
  async search(text: string, limit: number): Promise<TeacherRow[]> {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.db.manager.query<TeacherSelectRow[]>(
      `${TEACHER_SELECT} WHERE u.disabled_at IS NULL AND u.name ILIKE $1 ORDER BY u.name, tp.id LIMIT $2`,
      [pattern, limit],
    );
    return rows.map(toTeacherRow);
  }

  async existingIds(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM teacher_profiles WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  /** Erasure: the profile keeps its row (and the courses their teacher), without its text. */
  async eraseText(userId: string): Promise<void> {
    await this.repo.update(
      { userId },
      { jobTitle: '', bio: '', expertise: [], regions: [], photoUrl: null, inCompany: false },
    );
  }

  async upsert(userId: string, values: Partial<TeacherProfile>): Promise<TeacherProfile> {
    const existing = await this.findByUserId(userId);
    if (existing) {
      await this.repo.update({ id: existing.id }, values);
      return this.repo.findOneByOrFail({ id: existing.id });
    }
    return this.repo.save(this.repo.create({ ...values, userId }));
  }
}
