import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { SESSION_SCHEDULED_JOB } from '#libs/catalogue';
import type { SessionScheduledJob } from '#libs/catalogue';
import { AppConfig, hasRole } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import { JobQueue } from '#libs/jobs';
import { NotificationsService } from '#libs/notifications';
import { interestThreshold, sessionScheduled } from './demand-messages.js';
import { DemandException } from './demand.exception.js';
import { DemandRepository } from './demand.repository.js';
import type { DemandCourse, InterestRecord, SuggestedTrainer, TopicFigure } from './demand.repository.js';
import type {
  CourseInterestDto,
  CourseInterestStatusDto,
  DemandOverviewDto,
  UnmetDemandTopicDto,
  QuestionInterestDto,
} from './dto/demand.dto.js';

/** Topics the overview lists, most unmet demand first. */
export const DEMAND_TOPICS_SHOWN = 100;
/** Unanswered questions the overview lists. */
export const DEMAND_GAPS_SHOWN = 50;
/** Suggested trainers per topic. */
export const SUGGESTED_TRAINERS_PER_TOPIC = 3;
export const DEFAULT_DEMAND_DAYS = 90;

const DAY_FORMAT = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

/**
 * Demand becomes offering (issue #12 item 5): interest lists per course, told at once when a
 * session is scheduled; the course's teachers nudged when a list reaches DEMAND_NUDGE_THRESHOLD;
 * "ik wil dit ook" on knowledge questions; L&D's overview of unmet demand per topic, the
 * unanswered questions as gaps and a CSV export.
 */
@Injectable()
export class DemandService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly repo: DemandRepository,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define<SessionScheduledJob>({
      name: SESSION_SCHEDULED_JOB,
      handler: (job) => this.notifyInterested(job.sessionId).then(() => undefined),
    });
  }

  /** Idempotent: on the list once; someone told of an earlier date waits for the next one. */
  signUp(user: AuthUser, courseId: string): Promise<CourseInterestDto> {
    return this.db.transaction(async () => {
      const course = await this.visibleCourse(user, courseId);
      if (course.status !== 'published') throw DemandException.courseNotOpen();
      await this.repo.lockCourse(courseId);
      await this.repo.addInterest(user.id, courseId);
      await this.checkThreshold(course);
      const rec = await this.repo.interest(user.id, courseId);
      if (!rec) throw DemandException.courseNotFound(courseId);
      return toInterestDto(rec);
    });
  }

  /** Idempotent: off the list (also when not on it). */
  signOff(user: AuthUser, courseId: string): Promise<void> {
    return this.db.transaction(async () => {
      const course = await this.repo.course(courseId);
      if (!course) throw DemandException.courseNotFound(courseId);
      await this.repo.lockCourse(courseId);
      await this.repo.removeInterest(user.id, courseId);
      await this.checkThreshold(course);
    });
  }

  async status(user: AuthUser, courseId: string): Promise<CourseInterestStatusDto> {
    await this.visibleCourse(user, courseId);
    const rec = await this.repo.interest(user.id, courseId);
    return {
      courseId,
      interested: !!rec && rec.notifiedAt === null,
      notifiedAt: rec?.notifiedAt?.toISOString() ?? null,
      waiting: await this.repo.waitingCount(courseId),
    };
  }

  async mine(user: AuthUser): Promise<CourseInterestDto[]> {
    return (await this.repo.interestsOf(user.id)).map(toInterestDto);
  }

  /**
   * The `session.scheduled` job: everyone waiting on the course's list is told once, in-app and by
   * e-mail in their language, and marked notified with the session — all or none (the job
   * retries). A session no longer scheduled, in-company, already started, or of a course that is
   * not published tells nobody. Returns how many were told.
   */
  notifyInterested(sessionId: string): Promise<number> {
    return this.db.transaction(async () => {
      const session = await this.repo.session(sessionId);
      if (!session || session.status !== 'scheduled' || session.visibleToOrganisationId !== null) return 0;
      if (session.startsAt.getTime() <= Date.now()) return 0;
      const course = await this.repo.course(session.courseId);
      if (course?.status !== 'published' || course.visibleToOrganisationId !== null) return 0;
      await this.repo.lockCourse(course.id);
      const told = await this.repo.markNotified(course.id, session.id);
      const params = {
        courseTitle: course.title,
        startsAt: session.startsAt.toISOString(),
        city: session.city,
        online: session.online,
      };
      for (const userId of told) {
        await this.notifications.notify(userId, sessionScheduled(course.id, session.id, params));
      }
      await this.checkThreshold(course);
      return told.length;
    });
  }

  /** "Ik wil dit ook" on a question the caller may see: their own, or as L&D of its organisation or admin. */
  markQuestion(user: AuthUser, questionId: string): Promise<QuestionInterestDto> {
    return this.db.transaction(async () => {
      await this.visibleQuestion(user, questionId);
      await this.repo.addQuestionInterest(user.id, questionId);
      return { questionId, interested: true, count: await this.repo.questionInterestCount(questionId) };
    });
  }

  unmarkQuestion(user: AuthUser, questionId: string): Promise<void> {
    return this.db.transaction(async () => {
      await this.visibleQuestion(user, questionId);
      await this.repo.removeQuestionInterest(user.id, questionId);
    });
  }

  async questionStatus(user: AuthUser, questionId: string): Promise<QuestionInterestDto> {
    await this.visibleQuestion(user, questionId);
    return {
      questionId,
      interested: await this.repo.wantsQuestion(user.id, questionId),
      count: await this.repo.questionInterestCount(questionId),
    };
  }

  /** Demo seed: on the list as a sign-up through the API would put them (threshold and nudge included). */
  seedInterest(userId: string, courseId: string): Promise<void> {
    return this.db.transaction(async () => {
      const course = await this.repo.course(courseId);
      if (course?.status !== 'published') throw DemandException.courseNotFound(courseId);
      await this.repo.lockCourse(courseId);
      await this.repo.addInterest(userId, courseId);
      await this.checkThreshold(course);
    });
  }

  /** Demo seed: the unanswered questions, and "ik wil dit ook" by whom the seed chooses. */
  unansweredQuestions(): Promise<{ id: string; askedById: string | null; organisationId: string | null }[]> {
    return this.repo.unansweredQuestions();
  }

  async seedQuestionInterest(userId: string, questionId: string): Promise<void> {
    await this.repo.addQuestionInterest(userId, questionId);
  }

  /** L&D: their own organisation; admins: every organisation (the roles guard lets only those in). */
  async overview(user: AuthUser, days = DEFAULT_DEMAND_DAYS): Promise<DemandOverviewDto> {
    const base = { days, nudgeThreshold: this.config.DEMAND_NUDGE_THRESHOLD };
    const admin = hasRole(user, 'admin');
    if (!admin && !user.organisationId) return { ...base, topics: [], gaps: [] };
    const scope = admin ? null : user.organisationId;
    const figures = (await this.repo.topicFigures(days, scope))
      .map((f) => ({ ...f, unmet: f.unanswered + f.alsoWanted + f.interested }))
      .sort((a, b) => b.unmet - a.unmet || b.questions - a.questions || a.topic.localeCompare(b.topic, 'nl'))
      .slice(0, DEMAND_TOPICS_SHOWN);
    const trainers = groupTrainers(await this.repo.trainersFor(figures.map((f) => f.key)));
    const gaps = await this.repo.gaps(days, scope, user.id, DEMAND_GAPS_SHOWN);
    return {
      ...base,
      topics: figures.map((f) => toTopicDto(f, trainers.get(f.key) ?? [])),
      gaps: gaps.map((g) => ({
        questionId: g.questionId,
        text: g.text,
        topics: g.topics,
        askedOn: DAY_FORMAT.format(g.askedAt),
        alsoWanted: g.alsoWanted,
        wantedByMe: g.wantedByMe,
      })),
    };
  }

  /** The overview's topics as CSV (RFC 4180, UTF-8, a header row with Dutch column names). */
  async csv(user: AuthUser, days = DEFAULT_DEMAND_DAYS): Promise<string> {
    const { topics } = await this.overview(user, days);
    return stringify(
      topics.map((t) => [
        t.topic,
        t.questions,
        t.unanswered,
        t.alsoWanted,
        t.interested,
        t.unmet,
        t.suggestedTrainers.map((s) => (s.organisationName ? `${s.name} (${s.organisationName})` : s.name)).join('; '),
      ]),
      {
        header: true,
        columns: [
          'Onderwerp',
          'Vragen',
          'Zonder sterke match',
          'Ik wil dit ook',
          'Op interesselijst',
          'Onvervulde vraag',
          'Voorgestelde trainers',
        ],
      },
    );
  }

  /**
   * After every change to a course's list (under its lock): at or above the threshold the first
   * time, the teachers and L&D of its organisation are nudged (once per crossing); below it, the
   * next crossing is armed again.
   */
  private async checkThreshold(course: DemandCourse): Promise<void> {
    const threshold = this.config.DEMAND_NUDGE_THRESHOLD;
    const waiting = await this.repo.waitingCount(course.id);
    if (waiting < threshold) {
      await this.repo.rearmNudge(course.id);
      return;
    }
    if (course.status !== 'published' || !(await this.repo.claimNudge(course.id, threshold, waiting))) return;
    const message = interestThreshold(course.id, { courseTitle: course.title, count: waiting, threshold });
    for (const userId of await this.repo.nudgeRecipients(course.id)) await this.notifications.notify(userId, message);
  }

  /** Published (or archived) and open to the caller's organisation; a draft is as unknown as a missing course. */
  private async visibleCourse(user: AuthUser, courseId: string): Promise<DemandCourse> {
    const course = await this.repo.course(courseId);
    const visible =
      !!course &&
      course.status !== 'draft' &&
      (course.visibleToOrganisationId === null ||
        course.visibleToOrganisationId === user.organisationId ||
        hasRole(user, 'admin'));
    if (!visible) throw DemandException.courseNotFound(courseId);
    return course;
  }

  private async visibleQuestion(user: AuthUser, questionId: string): Promise<void> {
    const q = await this.repo.question(questionId);
    const visible =
      !!q &&
      (q.askedById === user.id ||
        hasRole(user, 'admin') ||
        (hasRole(user, 'ld') && !!user.organisationId && q.organisationId === user.organisationId));
    if (!visible) throw DemandException.questionNotFound(questionId);
  }
}

function toInterestDto(r: InterestRecord): CourseInterestDto {
  return {
    courseId: r.courseId,
    courseTitle: r.courseTitle,
    createdAt: r.createdAt.toISOString(),
    notifiedAt: r.notifiedAt?.toISOString() ?? null,
    notifiedSessionId: r.notifiedSessionId,
    upcomingSessions: r.upcomingSessions,
  };
}

function groupTrainers(rows: SuggestedTrainer[]): Map<string, SuggestedTrainer[]> {
  const byKey = new Map<string, SuggestedTrainer[]>();
  for (const r of rows) {
    const list = byKey.get(r.key) ?? [];
    if (list.length < SUGGESTED_TRAINERS_PER_TOPIC && !list.some((x) => x.teacherId === r.teacherId)) list.push(r);
    byKey.set(r.key, list);
  }
  return byKey;
}

function toTopicDto(f: TopicFigure & { unmet: number }, trainers: SuggestedTrainer[]): UnmetDemandTopicDto {
  return {
    topic: f.topic,
    questions: f.questions,
    unanswered: f.unanswered,
    alsoWanted: f.alsoWanted,
    interested: f.interested,
    unmet: f.unmet,
    suggestedTrainers: trainers.map((t) => ({
      id: t.teacherId,
      name: t.name,
      organisationName: t.organisationName,
      courses: t.courses,
    })),
  };
}
