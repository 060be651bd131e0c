import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

/** The teacher profile's part of the AVG rights. */
@Injectable()
export class CataloguePersonalData {
  constructor(private readonly db: Db) {}

  async export(
    userId: string,
  ): Promise<{ teacherProfile: Record<string, unknown> | null; coursesTaught: Record<string, unknown>[] }> {
    const profiles = await this.db.manager.query<Record<string, unknown>[]>(
      `SELECT job_title AS "jobTitle", bio, expertise, formats, regions, languages, in_company AS "inCompany", photo_url AS "photoUrl",
              created_at AS "createdAt", updated_at AS "updatedAt"
         FROM teacher_profiles WHERE user_id = $1`,
      [userId],
    );
    const coursesTaught = await this.db.manager.query<Record<string, unknown>[]>(
      `SELECT c.id, c.title, c.status FROM courses c JOIN course_teachers ct ON ct.course_id = c.id
         JOIN teacher_profiles tp ON tp.id = ct.teacher_profile_id WHERE tp.user_id = $1 ORDER BY c.title`,
      [userId],
    );
    return { teacherProfile: profiles.at(0) ?? null, coursesTaught };
  }

  /** The profile's text goes; the courses (the organisation's) keep their teacher slot, now anonymous. */
  async erase(userId: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE teacher_profiles SET job_title = '', bio = '', expertise = '{}', regions = '{}', photo_url = NULL, in_company = false, updated_at = now()
        WHERE user_id = $1`,
      [userId],
    );
  }
}
