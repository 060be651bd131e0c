import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { CoursesService } from '#libs/catalogue';
import { AppConfig } from '#libs/common';
import { Db } from '#libs/database';
import { UsersService } from '#libs/identity';
import type { AuthUser } from '#libs/common';
import { buildCalendar, ICalCalendarMethod } from './calendar.js';
import { CalendarExpansions } from './calendar-expansions.js';
import { CalendarFeedsRepository } from './calendar-feeds.repository.js';
import type {
  CalendarFeedDto,
  EnrolmentDto,
  EnrolmentEventDto,
  MyLearningDto,
  ParticipantDto,
} from './dto/enrolment.dto.js';
import { EnrolmentEngine } from './enrolment-engine.js';
import { EnrolmentQueriesRepository } from './enrolment-queries.repository.js';
import type { EnrolmentView } from './enrolment-queries.repository.js';
import type { CancelReason } from './enrolment.entities.js';
import { EnrolmentException } from './enrolments.exception.js';
import { EnrolmentsRepository } from './enrolments.repository.js';
import type { TeamMemberDto } from './dto/team.dto.js';
import { buildTeam } from './team.js';
import { TeamRepository } from './team.repository.js';

/** Who may do what with enrolments, and the views of them; decisions go to the engine. */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly engine: EnrolmentEngine,
    private readonly queries: EnrolmentQueriesRepository,
    private readonly repo: EnrolmentsRepository,
    private readonly feeds: CalendarFeedsRepository,
    private readonly courses: CoursesService,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly db: Db,
    private readonly team: TeamRepository,
    private readonly expansions: CalendarExpansions,
  ) {}

  /** The decision in its transaction, then the enrolment as every other answer shows it. */
  async enrol(
    user: AuthUser,
    sessionId: string,
    manager: { managerId?: string; managerEmail?: string },
  ): Promise<EnrolmentDto> {
    const managerId = await this.users.resolveManager(user, manager);
    const { enrolment } = await this.engine.enrol(user, sessionId, managerId);
    return this.view(enrolment.id);
  }

  /**
   * One enrolment for a whole package (a programme's cohort, which is a session of a programme):
   * the same seat decision, queue, offers and approvals; the caller (programmes) has checked the
   * audience and overlaps in the surrounding transaction.
   */
  async enrolInPackage(
    user: AuthUser,
    sessionId: string,
    manager: { managerId?: string; managerEmail?: string },
  ): Promise<{ enrolment: EnrolmentDto; position: number | null }> {
    const managerId = await this.users.resolveManager(user, manager);
    const { enrolment, position } = await this.engine.enrol(user, sessionId, managerId, { package: true });
    return { enrolment: await this.view(enrolment.id), position };
  }

  /** A person's confirmed and pending places in sessions still to come: for overlap warnings. */
  bookings(userId: string): Promise<{ sessionId: string; title: string; startsAt: Date; endsAt: Date }[]> {
    return this.queries.upcomingBookings(userId);
  }

  async cancel(user: AuthUser, id: string, reason: CancelReason, note?: string): Promise<EnrolmentDto> {
    await this.engine.cancel(user, id, reason, note);
    return this.view(id);
  }

  async cancelFor(user: AuthUser, id: string, reason: CancelReason, note?: string): Promise<EnrolmentDto> {
    await this.requireCourseEditor(user, id);
    await this.engine.cancelFor(user.id, id, reason, note);
    return this.view(id);
  }

  async accept(user: AuthUser, id: string): Promise<EnrolmentDto> {
    await this.engine.accept(user, id);
    return this.view(id);
  }

  async decline(user: AuthUser, id: string): Promise<EnrolmentDto> {
    await this.engine.decline(user, id);
    return this.view(id);
  }

  async approve(user: AuthUser, id: string): Promise<EnrolmentDto> {
    await this.engine.approve(user, id);
    return this.view(id);
  }

  /**
   * L&D of the learner's organisation corrects who approves: the link is kept for the learner's
   * next requests, and this pending request moves to the new manager.
   */
  async reassignManager(actor: AuthUser, id: string, managerEmail: string): Promise<EnrolmentDto> {
    await this.db.transaction(async () => {
      const e = await this.repo.findById(id);
      if (!e) throw EnrolmentException.notFound(id);
      const learner = await this.users.requireInScope(actor, e.userId);
      const link = await this.users.setManagerLink(actor, learner.id, managerEmail);
      await this.engine.reassignApprover(actor.id, id, link.managerId, link.managerName, learner.name);
    });
    return this.view(id);
  }

  async reject(user: AuthUser, id: string, reason: string): Promise<EnrolmentDto> {
    await this.engine.reject(user, id, reason);
    return this.view(id);
  }

  async markAttendance(user: AuthUser, id: string, status: 'attended' | 'no_show'): Promise<ParticipantDto> {
    await this.requireCourseEditor(user, id);
    await this.engine.markAttendance(user.id, id, status);
    return toParticipant(await this.requireView(id));
  }

  /** The learner, their manager and the course's editors may see an enrolment. */
  async get(user: AuthUser, id: string): Promise<EnrolmentDto> {
    const v = await this.visible(user, id);
    return toDto(v, v.userId === user.id);
  }

  async history(user: AuthUser, id: string): Promise<EnrolmentEventDto[]> {
    await this.visible(user, id);
    return (await this.repo.history(id)).map((e) => ({
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorId: e.actorId,
      reason: e.reason,
      at: e.createdAt.toISOString(),
    }));
  }

  async myLearning(user: AuthUser): Promise<MyLearningDto> {
    const now = Date.now();
    const all = (await this.queries.forUser(user.id)).map((v) => ({ v, dto: toDto(v, true) }));
    const pick = (f: (v: EnrolmentView) => boolean) => all.filter(({ v }) => f(v)).map(({ dto }) => dto);
    const future = (v: EnrolmentView) => v.endsAt.getTime() > now && v.sessionStatus === 'scheduled';
    return {
      upcoming: pick((v) => v.status === 'confirmed' && future(v)),
      pending: pick((v) => v.status === 'pending_approval' && future(v)),
      offers: pick((v) => v.status === 'offered' && future(v)),
      waitlist: pick((v) => v.status === 'waitlisted' && future(v)),
      history: pick(
        (v) => !(['confirmed', 'pending_approval', 'offered', 'waitlisted'].includes(v.status) && future(v)),
      ).reverse(),
    };
  }

  async approvals(user: AuthUser): Promise<ParticipantDto[]> {
    return (await this.queries.pendingApprovalsFor(user.id)).map(toParticipant);
  }

  /** The caller's own team (linked by L&D or naming them on an enrolment); empty for anyone else. */
  async myTeam(user: AuthUser): Promise<TeamMemberDto[]> {
    const members = await this.team.members(user.id, await this.users.teamOf(user.id));
    if (members.length === 0) return [];
    const rows = await this.team.enrolmentsOf(members.map((m) => m.id));
    return buildTeam(user.id, members, rows);
  }

  async participants(user: AuthUser, sessionId: string): Promise<ParticipantDto[]> {
    const session = await this.queries.sessionCourse(sessionId);
    if (!session) throw EnrolmentException.sessionNotFound(sessionId);
    await this.courses.requireEditable(session.courseId, user);
    return (await this.queries.forSession(sessionId)).map(toParticipant);
  }

  /** One enrolment as an .ics: a request while it stands, a cancellation once it is cancelled. */
  async icsFor(user: AuthUser, id: string): Promise<string> {
    const v = await this.queries.byId(id);
    if (!v || v.userId !== user.id) throw EnrolmentException.notFound(id);
    const cancelled = v.status === 'cancelled' || v.sessionStatus === 'cancelled';
    if (!cancelled && v.status !== 'confirmed' && v.status !== 'attended')
      throw EnrolmentException.illegal(v.status, 'in the calendar');
    const expansions = await this.expansions.expand(v.userId, [v.sessionId]);
    return buildCalendar(
      [v],
      cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
      this.baseUrl(),
      expansions,
    );
  }

  async createFeed(user: AuthUser): Promise<CalendarFeedDto> {
    const token = randomBytes(24).toString('base64url');
    await this.feeds.upsert(user.id, sha256(token));
    return { url: `${this.baseUrl()}/api/calendar/${token}/feed.ics` };
  }

  async revokeFeed(user: AuthUser): Promise<void> {
    if (!(await this.feeds.remove(user.id))) throw EnrolmentException.calendarFeedNotFound();
  }

  async feed(token: string): Promise<string> {
    const userId = /^[A-Za-z0-9_-]{32}$/.test(token) ? await this.feeds.userIdFor(sha256(token)) : null;
    if (!userId) throw EnrolmentException.calendarFeedNotFound();
    const views = await this.queries.forCalendar(userId);
    const expansions = await this.expansions.expand(
      userId,
      views.map((v) => v.sessionId),
    );
    return buildCalendar(views, ICalCalendarMethod.PUBLISH, this.baseUrl(), expansions);
  }

  private async visible(user: AuthUser, id: string): Promise<EnrolmentView> {
    const v = await this.queries.byId(id);
    if (!v) throw EnrolmentException.notFound(id);
    if (v.userId === user.id || v.managerId === user.id) return v;
    try {
      await this.courses.requireEditable(v.courseId, user);
      return v;
    } catch {
      throw EnrolmentException.notFound(id);
    }
  }

  private async requireCourseEditor(user: AuthUser, enrolmentId: string): Promise<void> {
    const v = await this.queries.byId(enrolmentId);
    if (!v) throw EnrolmentException.notFound(enrolmentId);
    await this.courses.requireEditable(v.courseId, user);
  }

  private async view(id: string): Promise<EnrolmentDto> {
    return toDto(await this.requireView(id), true);
  }

  private async requireView(id: string): Promise<EnrolmentView> {
    const v = await this.queries.byId(id);
    if (!v) throw EnrolmentException.notFound(id);
    return v;
  }

  private baseUrl(): string {
    return this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`;
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function toDto(v: EnrolmentView, forLearner: boolean): EnrolmentDto {
  const now = Date.now();
  const holdsSeat = v.status === 'confirmed' || v.status === 'pending_approval';
  return {
    id: v.id,
    status: v.status,
    position: v.position,
    offerExpiresAt: v.offerExpiresAt?.toISOString() ?? null,
    approvalExpiresAt: v.approvalExpiresAt?.toISOString() ?? null,
    cancelReason: v.cancelReason,
    canCancel:
      forLearner &&
      v.sessionStatus === 'scheduled' &&
      (v.status === 'waitlisted' || v.status === 'offered' || (holdsSeat && now < v.cancellationDeadline.getTime())),
    session: {
      id: v.sessionId,
      courseId: v.courseId,
      courseTitle: v.courseTitle,
      startsAt: v.startsAt.toISOString(),
      endsAt: v.endsAt.toISOString(),
      venueName: v.venueName,
      address: v.address,
      city: v.city,
      online: v.onlineUrl !== null,
      ...(v.status === 'confirmed' ? { onlineUrl: v.onlineUrl } : {}),
      status: v.sessionStatus,
      cancellationDeadline: v.cancellationDeadline.toISOString(),
    },
    createdAt: v.createdAt.toISOString(),
  };
}

function toParticipant(v: EnrolmentView): ParticipantDto {
  return Object.assign(toDto(v, false), {
    userId: v.userId,
    name: v.userName,
    email: v.userEmail,
    organisationName: v.organisationName,
  });
}
