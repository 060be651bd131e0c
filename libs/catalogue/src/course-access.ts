import { Injectable } from '@nestjs/common';
import { type AuthUser, hasRole } from '#libs/common';
import type { Course } from './catalogue.entities.js';
import { CoursesRepository } from './courses.repository.js';

/** Who may change a course: its teachers, L&D of its organisation, and administrators. */
@Injectable()
export class CourseAccess {
  constructor(private readonly courses: CoursesRepository) {}

  async canEdit(user: AuthUser | undefined, course: Course): Promise<boolean> {
    if (!user) return false;
    if (hasRole(user, 'admin')) return true;
    if (hasRole(user, 'ld') && user.organisationId === course.organisationId) return true;
    return this.courses.isTeacherOf(course.id, user.id);
  }
}
