import { Injectable } from '@nestjs/common';
import { CoursesService, SessionsService } from '#libs/catalogue';
import { hasRole } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import { UsersService } from '#libs/identity';
import { MatchFeedbackService, MatcherService, hasShownReason } from '#libs/knowledge-bank';
import { NotificationsService } from '#libs/notifications';
import type { CreateRequestDto, EvaluateDto, RequestDto, RespondDto, ScheduleDto } from './dto/incompany.dto.js';
import type { InCompanyRequest, RequestStatus } from './incompany.entities.js';
import { InCompanyException } from './incompany.exception.js';
import { incompanyMessage } from './incompany-messages.js';
import { InCompanyRepository } from './incompany.repository.js';
import type { InvitationRow, SessionRow } from './incompany.repository.js';

/** Who someone is to a request; nobody else may see it. */
type Role = 'owner' | 'trainer' | 'manager';

/**
 * The in-company request, an explicit state machine:
 * open → inviting → (awaiting_release →) accepted → scheduled → delivered → evaluated,
 * and cancelled from any state before delivery. Anything else is 409.
 */
@Injectable()
export class InCompanyService {
  constructor(
    private readonly db: Db,
    private readonly repo: InCompanyRepository,
    private readonly matcher: MatcherService,
    private readonly notifications: NotificationsService,
    private readonly courses: CoursesService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly matchFeedback: MatchFeedbackService,
  ) {}

  async create(user: AuthUser, dto: CreateRequestDto): Promise<RequestDto> {
    if (!hasRole(user, 'ld') && !hasRole(user, 'admin'))
      throw InCompanyException.notAllowed('Only L&D coordinators make in-company requests.');
    const organisationId = user.organisationId;
    if (!organisationId)
      throw InCompanyException.notAllowed('Only members of an organisation make in-company requests.');
    const r = await this.repo.insert({
      organisationId,
      createdById: user.id,
      topic: dto.topic,
      groupSize: dto.groupSize,
      preferredPeriod: dto.preferredPeriod ?? '',
      location: dto.location ?? null,
      online: dto.online ?? false,
      notes: dto.notes ?? '',
      status: 'open',
    });
    return this.view(r.id);
  }

  /** Newest first; a fixed number of queries however many requests there are. */
  async list(user: AuthUser): Promise<RequestDto[]> {
    const own = hasRole(user, 'admin')
      ? await this.repo.idsForOrganisation(null)
      : hasRole(user, 'ld') && user.organisationId
        ? await this.repo.idsForOrganisation(user.organisationId)
        : [];
    const involved = await this.repo.involving(user.id);
    return this.views([...new Set([...own, ...involved.map((i) => i.requestId)])]);
  }

  async get(user: AuthUser, id: string): Promise<RequestDto> {
    await this.require(user, id);
    return this.view(id);
  }

  /** Trainers the matcher suggests: available in-company, from other organisations. */
  async suggestions(user: AuthUser, id: string) {
    const { request } = await this.require(user, id, ['owner']);
    const result = await this.matcher.match({
      text: `${request.topic} ${request.notes}`,
      filters: { excludeOrganisationId: request.organisationId },
      inCompany: true,
      askerOrganisationId: request.organisationId,
    });
    return {
      strongMatch: result.strongMatch,
      // As in the knowledge bank's answers: nobody is suggested without a reason to show.
      trainers: result.trainers
        .filter((t) => hasShownReason(t.why))
        .slice(0, 10)
        .map((t) => ({
          id: t.document.id,
          name: t.document.name,
          jobTitle: t.document.jobTitle,
          organisation: { id: t.document.organisationId, name: t.document.organisationName },
          score: t.score,
          fit: t.fit,
          why: t.why,
        })),
    };
  }

  invite(user: AuthUser, id: string, teacherIds: string[]): Promise<RequestDto> {
    return this.transition(user, id, ['owner'], ['open', 'inviting'], 'invited', async (r) => {
      const trainers = await this.repo.trainers(teacherIds);
      const missing = teacherIds.filter((t) => !trainers.some((x) => x.id === t));
      if (missing.length) throw InCompanyException.trainersNotFound(missing);
      const added = await this.repo.invite(r.id, teacherIds);
      // Learn from L&D (issue #13 item 3): an invited suggestion counts as chosen for this request's text.
      await this.matchFeedback.recordInvited(user, {
        requestId: r.id,
        organisationId: r.organisationId,
        text: `${r.topic} ${r.notes}`,
        teacherIds,
      });
      const organisationName = await this.organisationName(r.organisationId);
      for (const t of trainers.filter((x) => added.includes(x.id))) {
        await this.notifications.notify(
          t.userId,
          incompanyMessage(
            'incompany.invited',
            { organisationName, groupSize: r.groupSize, topic: r.topic, preferredPeriod: r.preferredPeriod || null },
            r.id,
          ),
        );
      }
      return { status: 'inviting' };
    });
  }

  async respond(user: AuthUser, invitationId: string, given: RespondDto): Promise<RequestDto> {
    const managerId =
      given.managerId || given.managerEmail ? await this.users.resolveManager(user, given) : given.managerId;
    return this.onInvitation(invitationId, async (inv, r, rows) => {
      const mine = rows.find((x) => x.id === inv.id);
      if (mine?.trainerUserId !== user.id) throw InCompanyException.invitationNotFound(invitationId);
      if (inv.status !== 'invited') throw InCompanyException.illegal(inv.status, 'answered again');
      if (!given.accept) {
        await this.repo.updateInvitation(inv.id, {
          status: 'declined',
          message: given.message ?? null,
          respondedAt: new Date(),
        });
        await this.tellOwner(r, 'incompany.trainer_declined', mine.trainerName, given.message);
        return {};
      }
      if (r.status !== 'inviting') throw InCompanyException.illegal(r.status, 'accepted by another trainer');
      if (managerId === user.id)
        throw InCompanyException.notAllowed('You cannot release your own time: name your manager.');
      await this.repo.updateInvitation(inv.id, {
        status: 'accepted',
        message: given.message ?? null,
        respondedAt: new Date(),
        managerId: managerId ?? null,
        releaseStatus: managerId ? 'pending' : null,
      });
      if (managerId) {
        await this.notifications.notify(
          managerId,
          incompanyMessage(
            'incompany.release_requested',
            { trainerName: mine.trainerName, topic: r.topic, groupSize: r.groupSize },
            r.id,
          ),
        );
      }
      await this.tellOwner(r, 'incompany.trainer_accepted', mine.trainerName, given.message);
      return { status: managerId ? 'awaiting_release' : 'accepted', trainerId: inv.teacherProfileId };
    });
  }

  release(user: AuthUser, invitationId: string, release: boolean, message?: string): Promise<RequestDto> {
    return this.onInvitation(invitationId, async (inv, r, rows) => {
      if (inv.managerId !== user.id) throw InCompanyException.invitationNotFound(invitationId);
      if (inv.releaseStatus !== 'pending' || r.status !== 'awaiting_release')
        throw InCompanyException.illegal(r.status, 'released');
      const trainer = rows.find((x) => x.id === inv.id);
      if (!trainer) throw InCompanyException.invitationNotFound(invitationId);
      if (release) {
        await this.repo.updateInvitation(inv.id, { releaseStatus: 'released' });
        await this.tellOwner(r, 'incompany.time_released', trainer.trainerName, message);
        return { status: 'accepted' };
      }
      await this.repo.updateInvitation(inv.id, { releaseStatus: 'refused', status: 'declined' });
      await this.tellOwner(r, 'incompany.time_refused', trainer.trainerName, message);
      return { status: 'inviting', trainerId: null };
    });
  }

  /** Creates the private course and session: only the requesting organisation sees and books it. */
  schedule(user: AuthUser, id: string, dto: ScheduleDto): Promise<RequestDto> {
    return this.transition(user, id, ['owner'], ['accepted'], 'scheduled', async (r) => {
      const trainer = r.trainerId ? (await this.repo.trainers([r.trainerId])).at(0) : undefined;
      if (!trainer) throw InCompanyException.illegal(r.status, 'scheduled without a trainer');
      const courseId = await this.courses.createInCompany({
        title: r.topic,
        summary: `In-company training voor ${await this.organisationName(r.organisationId)}.`,
        format: r.online ? 'online' : dto.onlineUrl ? 'hybride' : 'klassikaal',
        teacherProfileId: trainer.id,
        visibleToOrganisationId: r.organisationId,
        createdById: user.id,
      });
      const session = await this.sessions.createPrivate(
        courseId,
        {
          startsAt: dto.startsAt,
          endsAt: dto.endsAt,
          venueName: dto.venueName,
          address: dto.address,
          city: dto.city,
          onlineUrl: dto.onlineUrl,
          capacity: r.groupSize,
        },
        r.organisationId,
      );
      await this.notifications.notify(
        trainer.userId,
        incompanyMessage('incompany.scheduled', { topic: r.topic, startsAt: dto.startsAt.toISOString() }, r.id),
      );
      return { status: 'scheduled', sessionId: session.id };
    });
  }

  deliver(user: AuthUser, id: string): Promise<RequestDto> {
    return this.transition(user, id, ['trainer'], ['scheduled'], 'delivered', async (r) => {
      const trainer = r.trainerId ? (await this.repo.trainers([r.trainerId])).at(0) : undefined;
      if (trainer?.userId !== user.id)
        throw InCompanyException.notAllowed('Only the trainer who gives it marks it delivered.');
      const start = r.sessionId ? await this.repo.sessionStart(r.sessionId) : null;
      if (start && start > new Date()) throw InCompanyException.illegal('scheduled', 'delivered before it starts');
      return { status: 'delivered' };
    });
  }

  evaluate(user: AuthUser, id: string, dto: EvaluateDto): Promise<RequestDto> {
    return this.transition(user, id, ['owner'], ['delivered'], 'evaluated', () =>
      Promise.resolve({ status: 'evaluated', rating: dto.rating, evaluation: dto.comment ?? null }),
    );
  }

  cancel(user: AuthUser, id: string): Promise<RequestDto> {
    return this.transition(
      user,
      id,
      ['owner'],
      ['open', 'inviting', 'awaiting_release', 'accepted', 'scheduled'],
      'cancelled',
      async (r) => {
        // Through the catalogue, so its participants are cancelled, notified and recorded like any session's.
        if (r.sessionId) await this.sessions.cancelPrivate(r.sessionId, r.organisationId, user.id);
        return { status: 'cancelled' };
      },
    );
  }

  private async transition(
    user: AuthUser,
    id: string,
    roles: Role[],
    from: RequestStatus[],
    action: string,
    apply: (r: InCompanyRequest) => Promise<Partial<InCompanyRequest>>,
  ): Promise<RequestDto> {
    await this.db.transaction(async () => {
      const { request } = await this.require(user, id, roles, true);
      if (!from.includes(request.status)) throw InCompanyException.illegal(request.status, action);
      const changes = await apply(request);
      if (Object.keys(changes).length) await this.repo.update(id, changes);
    });
    return this.view(id);
  }

  private async onInvitation(
    invitationId: string,
    apply: (
      inv: NonNullable<Awaited<ReturnType<InCompanyRepository['findInvitation']>>>,
      r: InCompanyRequest,
      rows: InvitationRow[],
    ) => Promise<Partial<InCompanyRequest>>,
  ): Promise<RequestDto> {
    let requestId = '';
    await this.db.transaction(async () => {
      const inv = await this.repo.findInvitation(invitationId);
      if (!inv) throw InCompanyException.invitationNotFound(invitationId);
      const r = await this.repo.findByIdForUpdate(inv.requestId);
      if (!r) throw InCompanyException.invitationNotFound(invitationId);
      requestId = r.id;
      // Read again under the request's lock: a concurrent answer to the same invitation has finished by now.
      const current = await this.repo.findInvitation(invitationId);
      if (!current) throw InCompanyException.invitationNotFound(invitationId);
      const changes = await apply(current, r, await this.repo.invitationRows([r.id]));
      if (Object.keys(changes).length) await this.repo.update(r.id, changes);
    });
    return this.view(requestId);
  }

  private async require(user: AuthUser, id: string, roles: Role[] = ['owner', 'trainer', 'manager'], lock = false) {
    const request = lock ? await this.repo.findByIdForUpdate(id) : await this.repo.findById(id);
    if (!request) throw InCompanyException.notFound(id);
    const mine: Role[] = [];
    if (hasRole(user, 'admin') || (hasRole(user, 'ld') && user.organisationId === request.organisationId))
      mine.push('owner');
    const rows = await this.repo.invitationRows([id]);
    if (rows.some((x) => x.trainerUserId === user.id)) mine.push('trainer');
    if (rows.some((x) => x.managerId === user.id)) mine.push('manager');
    if (!mine.length) throw InCompanyException.notFound(id);
    if (!roles.some((r) => mine.includes(r)))
      throw InCompanyException.notAllowed('You are not allowed to do this with this request.');
    return { request, roles: mine };
  }

  /** A trainer's answer or a manager's release, told to the coordinator; an empty note counts as none. */
  private async tellOwner(
    r: InCompanyRequest,
    code:
      | 'incompany.trainer_declined'
      | 'incompany.trainer_accepted'
      | 'incompany.time_released'
      | 'incompany.time_refused',
    trainerName: string,
    message: string | undefined,
  ): Promise<void> {
    if (r.createdById)
      await this.notifications.notify(
        r.createdById,
        incompanyMessage(code, { trainerName, message: message || null }, r.id),
      );
  }

  private async organisationName(id: string): Promise<string> {
    return (await this.repo.organisationNames([id])).get(id) ?? '';
  }

  private async view(id: string): Promise<RequestDto> {
    const dto = (await this.views([id])).at(0);
    if (!dto) throw InCompanyException.notFound(id);
    return dto;
  }

  /** The requests as answered, newest first: four queries for any number of them. */
  private async views(ids: string[]): Promise<RequestDto[]> {
    const requests = await this.repo.findByIds(ids);
    if (!requests.length) return [];
    const invitations = await this.repo.invitationRows(requests.map((r) => r.id));
    const names = await this.repo.organisationNames(requests.map((r) => r.organisationId));
    const sessions = await this.repo.sessions(requests.flatMap((r) => (r.sessionId ? [r.sessionId] : [])));
    return requests.map((r) =>
      toRequestDto(
        r,
        names.get(r.organisationId) ?? '',
        invitations.filter((i) => i.requestId === r.id),
        (r.sessionId && sessions.get(r.sessionId)) || null,
      ),
    );
  }
}

function toRequestDto(
  r: InCompanyRequest,
  organisationName: string,
  rows: InvitationRow[],
  session: SessionRow | null,
): RequestDto {
  return {
    id: r.id,
    organisation: { id: r.organisationId, name: organisationName },
    topic: r.topic,
    groupSize: r.groupSize,
    preferredPeriod: r.preferredPeriod,
    location: r.location,
    online: r.online,
    notes: r.notes,
    status: r.status,
    trainerId: r.trainerId,
    sessionId: r.sessionId,
    session: session && {
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      venueName: session.venueName,
      address: session.address,
      city: session.city,
      region: session.region,
      onlineUrl: session.onlineUrl,
      courseId: session.courseId,
      status: session.status,
    },
    rating: r.rating,
    evaluation: r.evaluation,
    invitations: rows.map((x) => ({
      id: x.id,
      teacherProfileId: x.teacherProfileId,
      trainerName: x.trainerName,
      organisationName: x.organisationName,
      status: x.status,
      message: x.message,
      releaseStatus: x.releaseStatus,
    })),
    createdAt: r.createdAt.toISOString(),
  };
}
