import { Injectable } from '@nestjs/common';
import {
  CatalogueSeedingRepository,
  type SchedulableCourse,
  type SeededCourse,
  type SeededSession,
  type SeededTeacherProfile,
  type TeacherRef,
  type UpsertedRow,
} from './catalogue-seeding.repository.js';
import { topicKeys } from './courses.service.js';

/**
 * Teacher profiles, courses and sessions written by the catalogue import and the demo seed.
 * Runs inside the caller's transaction. Unlike the editors' services it publishes directly and
 * schedules at any time, the past included: the seed writes a history.
 */
@Injectable()
export class CatalogueSeedingService {
  constructor(private readonly catalogue: CatalogueSeedingRepository) {}

  findTeacherByExternalId(externalId: string): Promise<TeacherRef | null> {
    return this.catalogue.findTeacherByExternalId(externalId);
  }

  /** Creates or updates the user's profile; returns its id. */
  upsertTeacherProfile(userId: string, profile: SeededTeacherProfile): Promise<string> {
    return this.catalogue.upsertTeacherProfile(userId, profile);
  }

  /** Profile ids by external id, of every imported profile. */
  async teacherIdsByExternalId(): Promise<Map<string, string>> {
    return new Map((await this.catalogue.findTeachersWithExternalId()).map((t) => [t.externalId, t.id]));
  }

  /** Creates (published) or updates by external id, with its topic keys. */
  upsertPublishedCourse(course: SeededCourse): Promise<UpsertedRow> {
    return this.catalogue.upsertPublishedCourse(course, topicKeys(course.topics));
  }

  /** The course's teachers become these, lead teacher first. */
  replaceCourseTeachers(courseId: string, teacherProfileIds: string[]): Promise<void> {
    return this.catalogue.replaceCourseTeachers(courseId, teacherProfileIds);
  }

  schedulableCourses(): Promise<SchedulableCourse[]> {
    return this.catalogue.findSchedulableCourses();
  }

  /** A scheduled session at any time; returns its id. */
  insertSession(session: SeededSession): Promise<string> {
    return this.catalogue.insertSession(session);
  }

  /** Moves a session (into the past: a delivered training), its deadlines to its start. */
  moveSession(id: string, startsAt: Date, endsAt: Date): Promise<void> {
    return this.catalogue.moveSession(id, startsAt, endsAt);
  }

  requireManagerApproval(courseIds: string[]): Promise<void> {
    return this.catalogue.setRequiresManagerApproval(courseIds);
  }

  courseIdsTaughtBy(userId: string): Promise<string[]> {
    return this.catalogue.findCourseIdsTaughtBy(userId);
  }

  /** Up to `limit` teachers of other organisations than `excludeOrganisationId`: `firstUserId`'s profile first, then in-company ones. */
  trainersFor(firstUserId: string, excludeOrganisationId: string, limit: number): Promise<TeacherRef[]> {
    return this.catalogue.findTrainers(firstUserId, excludeOrganisationId, limit);
  }
}
