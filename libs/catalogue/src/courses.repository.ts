import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { Course, CourseTeacher } from './catalogue.entities.js';

@Injectable()
export class CoursesRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.manager.getRepository(Course);
  }

  findById(id: string): Promise<Course | null> {
    return this.repo.findOneBy({ id });
  }

  /** Locks the course row for a state change. */
  findByIdForUpdate(id: string): Promise<Course | null> {
    return this.repo.createQueryBuilder('c').where('c.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async findOrganisationName(organisationId: string): Promise<string> {
    const row = (
      await this.db.manager.query<{ name: string }[]>(`SELECT name FROM organisation_directory WHERE id = $1`, [
        organisationId,
      ])
    ).at(0);
    return row?.name ?? '';
  }

  insert(values: Partial<Course>): Promise<Course> {
    return this.repo.save(this.repo.create(values));
  }

  async update(id: string, values: Partial<Course>): Promise<void> {
    await this.repo.update({ id }, values);
  }

  async isTeacherOf(courseId: string, userId: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(
      `SELECT 1 FROM course_teachers ct JOIN teacher_profiles tp ON tp.id = ct.teacher_profile_id
        WHERE ct.course_id = $1 AND tp.user_id = $2 LIMIT 1`,
      [courseId, userId],
    );
    return rows.length > 0;
  }

  async replaceTeachers(courseId: string, teacherProfileIds: string[]): Promise<void> {
    const repo = this.db.manager.getRepository(CourseTeacher);
    await repo.delete({ courseId });
    await repo.insert(
      teacherProfileIds.map((teacherProfileId, position) => ({ courseId, teacherProfileId, position })),
    );
  }

  /** Courses the user teaches, any status, newest first. */
  findTaughtBy(userId: string): Promise<Course[]> {
    return this.repo
      .createQueryBuilder('c')
      .innerJoin(CourseTeacher, 'ct', 'ct.course_id = c.id')
      .innerJoin('teacher_profiles', 'tp', 'tp.id = ct.teacher_profile_id')
      .where('tp.user_id = :userId', { userId })
      .orderBy('c.created_at', 'DESC')
      .getMany();
  }
}
