import { Injectable } from '@nestjs/common';
import type { Course, TeacherProfile } from './catalogue.entities.js';
import { CoursesRepository } from './courses.repository.js';
import { TeacherProfilesRepository } from './teacher-profiles.repository.js';

export type ExportedTeacherProfile = Pick<
  TeacherProfile,
  | 'jobTitle'
  | 'bio'
  | 'expertise'
  | 'formats'
  | 'regions'
  | 'languages'
  | 'inCompany'
  | 'photoUrl'
  | 'createdAt'
  | 'updatedAt'
>;

/** The teacher profile's part of the AVG rights. */
@Injectable()
export class CataloguePersonalData {
  constructor(
    private readonly profiles: TeacherProfilesRepository,
    private readonly courses: CoursesRepository,
  ) {}

  async export(userId: string): Promise<{
    teacherProfile: ExportedTeacherProfile | null;
    coursesTaught: Pick<Course, 'id' | 'title' | 'status'>[];
  }> {
    const [p, taught] = await Promise.all([this.profiles.findByUserId(userId), this.courses.findTaughtBy(userId)]);
    const teacherProfile = p && {
      jobTitle: p.jobTitle,
      bio: p.bio,
      expertise: p.expertise,
      formats: p.formats,
      regions: p.regions,
      languages: p.languages,
      inCompany: p.inCompany,
      photoUrl: p.photoUrl,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    };
    const coursesTaught = taught
      .map((c) => ({ id: c.id, title: c.title, status: c.status }))
      .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
    return { teacherProfile, coursesTaught };
  }

  /** The profile's text goes; the courses (the organisation's) keep their teacher slot, now anonymous. */
  async erase(userId: string): Promise<void> {
    await this.profiles.eraseText(userId);
  }
}
