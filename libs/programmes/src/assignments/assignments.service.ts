import { Injectable } from '@nestjs/common';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import { UsersService } from '#libs/identity';
import { NotificationsService } from '#libs/notifications';
import { CohortAccess } from '../cohorts/cohort-access.js';
import type { CohortAccessRole } from '../cohorts/cohort-access.js';
import type { CommentAuthorRole } from './assignment.entities.js';
import { assignmentMessage } from './assignment-messages.js';
import { AssignmentException } from './assignments.exception.js';
import { AssignmentsRepository } from './assignments.repository.js';
import type { AssignmentRow, CommentRow, ProgressRow } from './assignments.repository.js';
import type {
  AssignmentCommentDto,
  AssignmentDto,
  AssignmentPersonDto,
  AssignmentProgressDto,
  AssignmentToReviewDto,
  AssignmentViewerRole,
  MyAssignmentDto,
  WriteAssignmentDto,
} from './dto/assignment.dto.js';

/**
 * Cohort staff who read and comment on assignments: the programme's owners, the cohort's
 * organisers and its trainers. Versnellers do not: they are colleagues who co-facilitate (often
 * alumni of an earlier tranche), and an assignment is about the participant's own work and manager.
 */
const STAFF_READERS: readonly CohortAccessRole[] = ['owner', 'organiser', 'trainer'];

/**
 * Learning-work assignments ("leerwerkopdracht", issue #11 item 5). The participant writes theirs
 * and invites their manager; the participant, that manager and the cohort's staff read and
 * comment; the participant's intervision group reads it only when it is shared. Anybody else
 * gets 404, so an assignment's existence is not revealed.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly db: Db,
    private readonly repo: AssignmentsRepository,
    private readonly access: CohortAccess,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  async own(user: AuthUser, cohortId: string): Promise<MyAssignmentDto> {
    await this.access.requireParticipant(user, cohortId);
    const a = await this.repo.findOwn(cohortId, user.id);
    if (!a) throw AssignmentException.noneInCohort(cohortId);
    return this.mine(user, a);
  }

  async write(user: AuthUser, cohortId: string, dto: WriteAssignmentDto): Promise<MyAssignmentDto> {
    await this.access.requireParticipant(user, cohortId);
    const a = await this.db.transaction(async () => {
      await this.repo.upsert(cohortId, user.id, dto.changeGoal, dto.successSigns);
      return this.requireOwn(cohortId, user.id);
    });
    return this.mine(user, a);
  }

  async share(user: AuthUser, cohortId: string, shared: boolean): Promise<MyAssignmentDto> {
    await this.access.requireParticipant(user, cohortId);
    const a = await this.db.transaction(async () => {
      const own = await this.repo.findOwn(cohortId, user.id);
      if (!own) throw AssignmentException.noneInCohort(cohortId);
      await this.repo.setShared(own.id, shared);
      return this.requireOwn(cohortId, user.id);
    });
    return this.mine(user, a);
  }

  /**
   * Invites the participant's manager: the one named (an active colleague of their organisation,
   * or the manager L&D linked for them; never themselves), or else that linked manager. The
   * manager is told; inviting the same manager again tells them nothing new.
   */
  async inviteManager(user: AuthUser, cohortId: string, managerId: string | undefined): Promise<MyAssignmentDto> {
    const cohort = await this.access.requireParticipant(user, cohortId);
    const own = await this.repo.findOwn(cohortId, user.id);
    if (!own) throw AssignmentException.notWritten();
    const chosen = await this.users.resolveManager(user, managerId ? { managerId } : {});
    if (!chosen) throw AssignmentException.noManager();
    const manager = await this.users.require(chosen);
    if (manager.disabledAt) throw AssignmentException.noManager();
    const a = await this.db.transaction(async () => {
      const current = await this.requireOwn(cohortId, user.id);
      if (current.managerId !== manager.id) {
        await this.repo.setManager(current.id, manager.id);
        await this.notifications.notify(
          manager.id,
          assignmentMessage(
            'assignment.manager_invited',
            { participantName: current.participantName, programmeTitle: cohort.title, cohortName: cohort.name },
            current.id,
          ),
        );
      }
      return this.requireOwn(cohortId, user.id);
    });
    return this.mine(user, a);
  }

  /** A short note per follow-up meeting: one per part of the cohort, rewritten when written again. */
  async writeProgress(user: AuthUser, cohortId: string, cohortPartId: string, note: string): Promise<MyAssignmentDto> {
    await this.access.requireParticipant(user, cohortId);
    const parts = await this.access.parts(cohortId);
    if (!parts.some((p) => p.id === cohortPartId)) throw AssignmentException.partNotFound(cohortPartId);
    const a = await this.db.transaction(async () => {
      const own = await this.repo.findOwn(cohortId, user.id);
      if (!own) throw AssignmentException.notWritten();
      await this.repo.upsertProgress(own.id, cohortPartId, note);
      return this.requireOwn(cohortId, user.id);
    });
    return this.mine(user, a);
  }

  async get(user: AuthUser, assignmentId: string): Promise<AssignmentDto> {
    const { assignment, role } = await this.readable(user, assignmentId);
    return this.view(assignment, role);
  }

  /** The participant, their invited manager and cohort staff comment; the participant hears of others' comments. */
  async comment(user: AuthUser, assignmentId: string, body: string): Promise<AssignmentCommentDto> {
    const { assignment, role } = await this.readable(user, assignmentId);
    if (role === 'group')
      throw AssignmentException.notAllowed('Your intervision group may read this assignment, not comment on it.');
    const authorRole: CommentAuthorRole = role;
    const id = await this.db.transaction(async () => {
      const commentId = await this.repo.insertComment(assignment.id, user.id, authorRole, body);
      if (authorRole !== 'participant') {
        const author = await this.users.require(user.id);
        await this.notifications.notify(
          assignment.userId,
          assignmentMessage(
            'assignment.commented',
            { authorName: author.name, programmeTitle: assignment.programmeTitle, byManager: authorRole === 'manager' },
            assignment.id,
          ),
        );
      }
      return commentId;
    });
    const c = await this.repo.comment(id);
    if (!c) throw AssignmentException.notFound(assignmentId);
    return toCommentDto(c);
  }

  /** A manager's view: the assignments of the people who invited them. */
  async toReview(user: AuthUser): Promise<AssignmentToReviewDto[]> {
    const rows = await this.repo.forManager(user.id);
    const last = new Map((await this.repo.lastProgress(rows.map((r) => r.id))).map((p) => [p.assignmentId, p]));
    return rows.map((r) => {
      const progress = last.get(r.id);
      return {
        id: r.id,
        cohort: cohortOf(r),
        participant: participantOf(r),
        changeGoal: r.changeGoal,
        lastProgress: progress ? toProgressDto(progress) : null,
        commentCount: r.commentCount,
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }

  /** Why the caller may read the assignment; 404 for everyone who may not (its existence stays hidden). */
  private async readable(
    user: AuthUser,
    assignmentId: string,
  ): Promise<{ assignment: AssignmentRow; role: AssignmentViewerRole }> {
    const a = await this.repo.findById(assignmentId);
    if (!a) throw AssignmentException.notFound(assignmentId);
    if (a.userId === user.id) return { assignment: a, role: 'participant' };
    if (a.managerId === user.id) return { assignment: a, role: 'manager' };
    const staffRole = await this.access.role(user, a.cohortId);
    if (staffRole && STAFF_READERS.includes(staffRole)) return { assignment: a, role: 'staff' };
    if (
      a.sharedWithGroup &&
      (await this.access.isParticipant(user.id, a.cohortId)) &&
      (await this.repo.shareIntervisionGroup(a.cohortId, a.userId, user.id))
    )
      return { assignment: a, role: 'group' };
    throw AssignmentException.notFound(assignmentId);
  }

  private async requireOwn(cohortId: string, userId: string): Promise<AssignmentRow> {
    const a = await this.repo.findOwn(cohortId, userId);
    if (!a) throw AssignmentException.noneInCohort(cohortId);
    return a;
  }

  private async mine(user: AuthUser, a: AssignmentRow): Promise<MyAssignmentDto> {
    const linked = await this.users.resolveManager(user, {});
    const suggested = linked ? await this.users.recipient(linked) : null;
    return Object.assign(await this.view(a, 'participant'), {
      suggestedManager: linked && suggested ? { id: linked, name: suggested.name } : null,
    });
  }

  private async view(a: AssignmentRow, role: AssignmentViewerRole): Promise<AssignmentDto> {
    const [progress, comments] = await Promise.all([this.repo.progress(a.id), this.repo.comments(a.id)]);
    return {
      id: a.id,
      cohort: cohortOf(a),
      participant: participantOf(a),
      changeGoal: a.changeGoal,
      successSigns: a.successSigns,
      manager: a.managerId && a.managerName ? { id: a.managerId, name: a.managerName } : null,
      sharedWithGroup: a.sharedWithGroup,
      progress: progress.map(toProgressDto),
      comments: comments.map(toCommentDto),
      viewerRole: role,
      canComment: role !== 'group',
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    };
  }
}

function cohortOf(a: AssignmentRow) {
  return { id: a.cohortId, name: a.cohortName, programmeId: a.programmeId, programmeTitle: a.programmeTitle };
}

function participantOf(a: AssignmentRow) {
  return { id: a.userId, name: a.participantName, organisationName: a.participantOrganisationName };
}

function toProgressDto(p: ProgressRow): AssignmentProgressDto {
  return {
    cohortPartId: p.cohortPartId,
    partTitle: p.partTitle,
    partStartsAt: new Date(p.partStartsAt).toISOString(),
    note: p.note,
    updatedAt: new Date(p.updatedAt).toISOString(),
  };
}

function toCommentDto(c: CommentRow): AssignmentCommentDto {
  const author: AssignmentPersonDto | null = c.authorId && c.authorName ? { id: c.authorId, name: c.authorName } : null;
  return {
    id: c.id,
    author,
    authorRole: c.authorRole,
    body: c.body,
    createdAt: new Date(c.createdAt).toISOString(),
  };
}
