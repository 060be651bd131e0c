import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { CoursesService } from '#libs/catalogue';
import { AppConfig } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import { AttendanceHooks } from '#libs/enrolments';
import type { AttendanceMarked } from '#libs/enrolments';
import { NotificationsService } from '#libs/notifications';
import type {
  CourseEvaluationsDto,
  EvaluationDto,
  EvaluationResultsDto,
  EvaluationSummaryDto,
  PendingEvaluationDto,
  SessionEvaluationsDto,
  SubmitEvaluationDto,
} from './dto/evaluation.dto.js';
import { evaluationRequested } from './evaluation-messages.js';
import type { Evaluation } from './evaluation.entity.js';
import { EvaluationException } from './evaluations.exception.js';
import { EvaluationsRepository } from './evaluations.repository.js';
import type { Aggregate, AttendanceRecord, SessionRef } from './evaluations.repository.js';

/** A session's evaluation figures for another area: averages only at or above the threshold. */
export interface SessionFigures {
  sessionId: string;
  count: number;
  minResponses: number;
  shown: boolean;
  overall: number | null;
  usefulness: number | null;
  teacher: number | null;
}

/** An evaluation may be given and changed until this many days after the session ended. */
export const EVALUATION_EDIT_DAYS = 30;
const DAY = 86_400_000;

const editableUntil = (endsAt: Date) => new Date(endsAt.getTime() + EVALUATION_EDIT_DAYS * DAY);

/**
 * Evaluations after attendance: the ask (in the attendance's own transaction), the learner's
 * answer, and results for teachers and the course page — aggregates only, and only among at
 * least EVALUATION_MIN_RESPONSES answers.
 */
@Injectable()
export class EvaluationsService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly repo: EvaluationsRepository,
    private readonly hooks: AttendanceHooks,
    private readonly notifications: NotificationsService,
    private readonly courses: CoursesService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.hooks.register((e) => this.onAttendance(e));
  }

  /** Asks the learner, in-app and by e-mail (the notification's job), unless they answered already. */
  private async onAttendance(e: AttendanceMarked): Promise<void> {
    if (e.status !== 'attended') return;
    const rec = await this.repo.attendance(e.enrolmentId);
    if (!rec || (await this.repo.findByEnrolment(e.enrolmentId))) return;
    if (Date.now() > editableUntil(rec.endsAt).getTime()) return;
    await this.notifications.notify(
      e.userId,
      evaluationRequested(e.enrolmentId, {
        courseTitle: rec.courseTitle,
        startsAt: rec.startsAt.toISOString(),
        editableUntil: editableUntil(rec.endsAt).toISOString(),
      }),
    );
  }

  /** Only the learner, only for an attended session, until 30 days after it; a second answer replaces the first. */
  submit(user: AuthUser, enrolmentId: string, dto: SubmitEvaluationDto): Promise<EvaluationDto> {
    return this.db.transaction(async () => {
      const rec = await this.ownAttendance(user, enrolmentId);
      if (!rec.attended) throw EvaluationException.notAttended();
      const until = editableUntil(rec.endsAt);
      if (Date.now() > until.getTime()) throw EvaluationException.closed(until);
      const saved = await this.repo.upsert({
        enrolmentId,
        sessionId: rec.sessionId,
        courseId: rec.courseId,
        overall: dto.overall,
        usefulness: dto.usefulness,
        teacher: dto.teacher,
        comment: dto.comment ? dto.comment : null,
      });
      return toDto(saved, rec);
    });
  }

  async mine(user: AuthUser, enrolmentId: string): Promise<EvaluationDto> {
    const rec = await this.ownAttendance(user, enrolmentId);
    const saved = await this.repo.findByEnrolment(enrolmentId);
    if (!saved) throw EvaluationException.notFound(enrolmentId);
    return toDto(saved, rec);
  }

  async pending(user: AuthUser): Promise<PendingEvaluationDto[]> {
    const rows = await this.repo.pendingFor(user.id, new Date(Date.now() - EVALUATION_EDIT_DAYS * DAY));
    return rows.map((r) => ({
      enrolmentId: r.enrolmentId,
      sessionId: r.sessionId,
      courseId: r.courseId,
      courseTitle: r.courseTitle,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      editableUntil: editableUntil(r.endsAt).toISOString(),
    }));
  }

  /** For the course's teachers, L&D of its organisation and admins (catalogue decides: 403 others). */
  async forSession(user: AuthUser, sessionId: string): Promise<SessionEvaluationsDto> {
    const session = await this.repo.session(sessionId);
    if (!session) throw EvaluationException.sessionNotFound(sessionId);
    await this.courses.requireEditable(session.courseId, user);
    const course = await this.courseResults(session.courseId);
    const shown = course.sessions.find((s) => s.sessionId === sessionId);
    return shown ?? sessionDto(session, this.results(null));
  }

  async forCourse(user: AuthUser, courseId: string): Promise<CourseEvaluationsDto> {
    await this.courses.requireEditable(courseId, user);
    return this.courseResults(courseId);
  }

  /** Public: the course page's average and count, null until enough people answered. */
  async summary(courseId: string): Promise<EvaluationSummaryDto> {
    const course = await this.repo.course(courseId);
    if (!course?.public) throw EvaluationException.courseNotFound(courseId);
    const { results } = await this.courseResults(courseId);
    return {
      evaluation:
        results.shown && results.overall !== null && results.count !== null
          ? { average: results.overall, count: results.count }
          : null,
    };
  }

  /**
   * Per session: the number of answers, and the averages only from EVALUATION_MIN_RESPONSES
   * answers on (null below). For other areas' trends, e.g. a programme's cohorts; no open texts.
   */
  async sessionFigures(sessionIds: string[]): Promise<SessionFigures[]> {
    const min = this.config.EVALUATION_MIN_RESPONSES;
    const found = new Map((await this.repo.aggregatesOfSessions(sessionIds)).map((a) => [a.sessionId, a]));
    return sessionIds.map((sessionId) => {
      const a = found.get(sessionId);
      const shown = !!a && a.count >= min;
      return {
        sessionId,
        count: a?.count ?? 0,
        minResponses: min,
        shown,
        overall: shown ? a.overall : null,
        usefulness: shown ? a.usefulness : null,
        teacher: shown ? a.teacher : null,
      };
    });
  }

  /**
   * The course's results and each session's. A session is shown only with enough answers; the
   * course as a whole too, and not when the answers of the hidden sessions together are fewer
   * than the threshold (then the total minus the shown sessions would reveal them).
   */
  private async courseResults(courseId: string): Promise<CourseEvaluationsDto> {
    const course = await this.repo.course(courseId);
    if (!course) throw EvaluationException.courseNotFound(courseId);
    const min = this.config.EVALUATION_MIN_RESPONSES;
    const aggregates = await this.repo.aggregatesOfCourse(courseId);
    const bySession = new Map(aggregates.filter((a) => a.sessionId !== null).map((a) => [a.sessionId, a]));
    const total = aggregates.find((a) => a.sessionId === null);
    const sessions = (await this.repo.sessionsWithAnswers(courseId)).map((s) => {
      const a = bySession.get(s.id);
      return sessionDto(s, this.results(a && a.count >= min ? a : null));
    });
    const shownCount = sessions.reduce((n, s) => n + (s.results.count ?? 0), 0);
    const hidden = (total?.count ?? 0) - shownCount;
    const totalShown = total && total.count >= min && (hidden === 0 || hidden >= min) ? total : null;
    return { courseId, courseTitle: course.title, results: this.results(totalShown), sessions };
  }

  /** Figures to show, or nothing at all (null: below the threshold). */
  private results(a: Aggregate | null | undefined): EvaluationResultsDto {
    const minResponses = this.config.EVALUATION_MIN_RESPONSES;
    if (!a)
      return { shown: false, minResponses, count: null, overall: null, usefulness: null, teacher: null, comments: [] };
    return {
      shown: true,
      minResponses,
      count: a.count,
      overall: a.overall,
      usefulness: a.usefulness,
      teacher: a.teacher,
      comments: a.comments,
    };
  }

  /** The caller's own enrolment; someone else's is as unknown as a missing one (404). */
  private async ownAttendance(user: AuthUser, enrolmentId: string): Promise<AttendanceRecord> {
    const rec = await this.repo.attendance(enrolmentId);
    if (!rec || rec.userId !== user.id) throw EvaluationException.enrolmentNotFound(enrolmentId);
    return rec;
  }
}

function sessionDto(s: SessionRef, results: EvaluationResultsDto): SessionEvaluationsDto {
  return {
    sessionId: s.id,
    courseId: s.courseId,
    courseTitle: s.courseTitle,
    startsAt: s.startsAt.toISOString(),
    results,
  };
}

function toDto(e: Evaluation, rec: AttendanceRecord): EvaluationDto {
  return {
    enrolmentId: e.enrolmentId,
    sessionId: e.sessionId,
    courseId: e.courseId,
    overall: e.overall,
    usefulness: e.usefulness,
    teacher: e.teacher,
    comment: e.comment,
    editableUntil: editableUntil(rec.endsAt).toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
