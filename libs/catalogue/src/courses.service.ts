import { Injectable } from '@nestjs/common';
import { type AuthUser, hasRole } from '#libs/common';
import { Db } from '#libs/database';
import { IdentityException } from '#libs/identity';
import { Course, type CourseStatus } from './catalogue.entities.js';
import { CatalogueException } from './catalogue.exception.js';
import { toSessionDto, toTeacherSummary } from './catalogue.mappers.js';
import { CourseAccess } from './course-access.js';
import { CoursesRepository } from './courses.repository.js';
import { CourseDto, CreateCourseDto, UpdateCourseDto } from './dto/course.dto.js';
import { SessionsRepository } from './sessions.repository.js';
import { TeacherProfilesRepository } from './teacher-profiles.repository.js';

/** Course life cycle: draft → published → archived (and back to published). */
const TRANSITIONS: Record<CourseStatus, CourseStatus[]> = {
  draft: ['published', 'archived'],
  published: ['archived'],
  archived: ['published'],
};

@Injectable()
export class CoursesService {
  constructor(
    private readonly db: Db,
    private readonly courses: CoursesRepository,
    private readonly sessions: SessionsRepository,
    private readonly profiles: TeacherProfilesRepository,
    private readonly access: CourseAccess,
  ) {}

  /**
   * The creator becomes the lead teacher. L&D and admins may create a course for others
   * by naming its teachers, without a teacher profile of their own.
   */
  async create(user: AuthUser, dto: CreateCourseDto): Promise<CourseDto> {
    const id = await this.db.transaction(async () => {
      const own = await this.profiles.findByUserId(user.id);
      const extra = dto.teacherIds ?? [];
      const mayCreateForOthers = hasRole(user, 'ld') || hasRole(user, 'admin');
      if (!own && !(mayCreateForOthers && extra.length)) throw CatalogueException.teacherProfileRequired();
      const teacherIds = [...new Set([...(own ? [own.id] : []), ...extra])];
      await this.assertTeachersExist(teacherIds);
      const organisationId = user.organisationId;
      if (!organisationId) throw IdentityException.organisationRequiredFor('offer courses');
      const course = await this.courses.insert({
        title: dto.title,
        summary: dto.summary,
        description: dto.description ?? '',
        learningGoals: dto.learningGoals ?? [],
        topics: dto.topics,
        topicKeys: topicKeys(dto.topics),
        level: dto.level,
        durationHours: dto.durationHours,
        format: dto.format,
        language: dto.language ?? 'nl',
        organisationId,
        requiresManagerApproval: dto.requiresManagerApproval ?? false,
        status: 'draft',
        createdById: user.id,
        publishedAt: null,
        externalId: null,
        visibleToOrganisationId: null,
      });
      await this.courses.replaceTeachers(course.id, teacherIds);
      return course.id;
    });
    return this.get(id, user);
  }

  /**
   * An in-company course: published, taught by one trainer, visible only to the organisation
   * that asked for it. Made by the in-company flow, not by an editor.
   */
  async createInCompany(values: {
    title: string;
    summary: string;
    format: Course['format'];
    teacherProfileId: string;
    visibleToOrganisationId: string;
    createdById: string;
  }): Promise<string> {
    return this.db.transaction(async () => {
      const teacher = (await this.profiles.findRows([values.teacherProfileId])).at(0);
      if (!teacher) throw CatalogueException.teacherNotFound(values.teacherProfileId);
      const course = await this.courses.insert({
        title: values.title.slice(0, 200),
        summary: values.summary.slice(0, 500),
        description: '',
        learningGoals: [],
        topics: [],
        topicKeys: [],
        level: 'basis',
        durationHours: 3,
        format: values.format,
        language: 'nl',
        organisationId: teacher.organisationId,
        requiresManagerApproval: false,
        status: 'published',
        createdById: values.createdById,
        publishedAt: new Date(),
        externalId: null,
        visibleToOrganisationId: values.visibleToOrganisationId,
      });
      await this.courses.replaceTeachers(course.id, [values.teacherProfileId]);
      return course.id;
    });
  }

  /**
   * A learning programme's catalogue entry: found beside courses, its cohorts are its sessions.
   * Made and changed by the programmes lib, which checks who may (owners and co-owners).
   */
  async createProgramme(values: ProgrammeRecord & { organisationId: string; createdById: string }): Promise<string> {
    return this.db.transaction(async () => {
      const course = await this.courses.insert({
        ...values,
        description: values.description ?? '',
        topicKeys: topicKeys(values.topics),
        level: 'basis',
        language: 'nl',
        kind: 'programme',
        status: 'draft',
        publishedAt: null,
        externalId: null,
        visibleToOrganisationId: null,
      });
      return course.id;
    });
  }

  /** Changes a programme's catalogue entry; the caller has checked who may. */
  async updateProgramme(id: string, values: Partial<ProgrammeRecord>): Promise<void> {
    await this.db.transaction(async () => {
      const course = await this.requireCourse(id);
      if (course.kind !== 'programme') throw CatalogueException.courseNotFound(id);
      await this.courses.update(
        id,
        Object.assign({}, values, values.topics ? { topicKeys: topicKeys(values.topics) } : {}),
      );
    });
  }

  /** A programme's draft → published → archived; the caller has checked who may. */
  async transitionProgramme(id: string, to: CourseStatus): Promise<void> {
    await this.db.transaction(async () => {
      const course = await this.courses.findByIdForUpdate(id);
      if (!course || course.kind !== 'programme') throw CatalogueException.courseNotFound(id);
      if (!TRANSITIONS[course.status].includes(to)) throw CatalogueException.illegalTransition(course.status, to);
      await this.courses.update(id, {
        status: to,
        ...(to === 'published' ? { publishedAt: course.publishedAt ?? new Date() } : {}),
      });
    });
  }

  async update(id: string, user: AuthUser, dto: UpdateCourseDto): Promise<CourseDto> {
    await this.db.transaction(async () => {
      const course = await this.requireEditable(id, user);
      // The DTO's own fields (a plain copy), with the topics' keys when the topics change.
      await this.courses.update(
        course.id,
        Object.assign({}, dto, dto.topics ? { topicKeys: topicKeys(dto.topics) } : {}),
      );
    });
    return this.get(id, user);
  }

  async setTeachers(id: string, user: AuthUser, teacherIds: string[]): Promise<CourseDto> {
    await this.db.transaction(async () => {
      const course = await this.requireEditable(id, user);
      await this.assertTeachersExist(teacherIds);
      await this.courses.replaceTeachers(course.id, teacherIds);
    });
    return this.get(id, user);
  }

  transition(id: string, user: AuthUser, to: CourseStatus): Promise<CourseDto> {
    return this.db
      .transaction(async () => {
        const course = await this.courses.findByIdForUpdate(id);
        if (!course) throw CatalogueException.courseNotFound(id);
        if (!(await this.access.canEdit(user, course))) throw CatalogueException.notEditor();
        if (!TRANSITIONS[course.status].includes(to)) throw CatalogueException.illegalTransition(course.status, to);
        await this.courses.update(id, {
          status: to,
          ...(to === 'published' ? { publishedAt: course.publishedAt ?? new Date() } : {}),
        });
      })
      .then(() => this.get(id, user));
  }

  /** Published courses are public; drafts and archived ones only exist for their editors. */
  async get(id: string, user?: AuthUser): Promise<CourseDto> {
    const course = await this.courses.findById(id);
    if (!course) throw CatalogueException.courseNotFound(id);
    const canEdit = await this.access.canEdit(user, course);
    if (course.status !== 'published' && !canEdit) throw CatalogueException.courseNotFound(id);
    if (course.visibleToOrganisationId && !canEdit && course.visibleToOrganisationId !== user?.organisationId) {
      throw CatalogueException.courseNotFound(id);
    }
    const [teachers, sessions, organisationName] = await Promise.all([
      this.profiles.findRowsForCourses([id]),
      this.sessions.findForCourse(id, !canEdit, user?.organisationId ?? undefined),
      this.courses.findOrganisationName(course.organisationId),
    ]);
    const seatsLeft = await this.sessions.seatsLeft(sessions.map((s) => s.id));
    return toCourseDto(
      course,
      organisationName,
      teachers.map(toTeacherSummary),
      sessions.map((s) => toSessionDto(s, seatsLeft.get(s.id) ?? s.capacity, canEdit)),
      canEdit,
    );
  }

  async mine(user: AuthUser): Promise<CourseDto[]> {
    const courses = await this.courses.findTaughtBy(user.id);
    return Promise.all(courses.map((c) => this.get(c.id, user)));
  }

  async requireCourse(id: string): Promise<Course> {
    const course = await this.courses.findById(id);
    if (!course) throw CatalogueException.courseNotFound(id);
    return course;
  }

  async requireEditable(id: string, user: AuthUser): Promise<Course> {
    const course = await this.courses.findById(id);
    if (!course) throw CatalogueException.courseNotFound(id);
    if (!(await this.access.canEdit(user, course))) throw CatalogueException.notEditor();
    return course;
  }

  private async assertTeachersExist(ids: string[]): Promise<void> {
    const found = new Set(await this.profiles.existingIds(ids));
    const missing = ids.filter((i) => !found.has(i));
    if (missing.length) throw CatalogueException.teachersNotFound(missing);
  }
}

/** What a programme shares with a course in the catalogue. */
export interface ProgrammeRecord {
  title: string;
  summary: string;
  description?: string;
  learningGoals: string[];
  topics: string[];
  durationHours: number;
  format: Course['format'];
  requiresManagerApproval: boolean;
}

export function topicKeys(topics: string[]): string[] {
  return [...new Set(topics.map((t) => t.trim().toLowerCase()))];
}

function toCourseDto(
  c: Course,
  organisationName: string,
  teachers: CourseDto['teachers'],
  sessions: CourseDto['sessions'],
  canEdit: boolean,
): CourseDto {
  return {
    id: c.id,
    title: c.title,
    summary: c.summary,
    description: c.description,
    learningGoals: c.learningGoals,
    topics: c.topics,
    level: c.level,
    durationHours: c.durationHours,
    format: c.format,
    language: c.language,
    organisation: { id: c.organisationId, name: organisationName },
    requiresManagerApproval: c.requiresManagerApproval,
    status: c.status,
    teachers,
    sessions,
    canEdit,
    publishedAt: c.publishedAt ? c.publishedAt.toISOString() : null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
