import { Injectable } from '@nestjs/common';
import { AppConfig } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import { EvaluationsService } from '#libs/evaluations';
import { NotificationsService } from '#libs/notifications';
import { CohortAccess, isOwner } from '../cohorts/cohort-access.js';
import type { CohortAccessRole } from '../cohorts/cohort-access.js';
import { CohortsRepository } from '../cohorts/cohorts.repository.js';
import { ProgrammeException } from '../programmes.exception.js';
import type { EvaluationTrendDto, FeedbackNoteDto, WriteFeedbackNoteDto } from './dto/tranche-feedback.dto.js';
import { trancheFeedbackPublished } from './tranche-feedback-messages.js';
import { TrancheFeedbackException } from './tranche-feedback.exception.js';
import { TrancheFeedbackRepository } from './tranche-feedback.repository.js';
import type { FeedbackNoteRow, FeedbackProgrammeRow } from './tranche-feedback.repository.js';

/** Who writes and publishes a cohort's note: the programme's owners and the cohort's organisers. */
const WRITERS: readonly CohortAccessRole[] = ['owner', 'organiser'];
/** Who reads the trend and the drafts: the writers, and trainers. */
const READERS: readonly CohortAccessRole[] = ['owner', 'organiser', 'trainer'];

/**
 * The feedback loop per tranche ("Jullie zeiden, wij deden", issue #12 item 2): each cohort's
 * evaluation next to the previous cohorts' (averages only above the evaluations' threshold),
 * and the note organisers write about a cohort and publish for the programme page and the
 * participants of the cohorts still to start.
 */
@Injectable()
export class TrancheFeedbackService {
  constructor(
    private readonly db: Db,
    private readonly repo: TrancheFeedbackRepository,
    private readonly access: CohortAccess,
    private readonly cohorts: CohortsRepository,
    private readonly evaluations: EvaluationsService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  /** Owners, and organisers and trainers of any of its cohorts; 403 to others when the programme is public, else 404. */
  async trend(user: AuthUser, programmeId: string): Promise<EvaluationTrendDto> {
    const p = await this.programme(programmeId);
    const staff = await this.repo.staffRoles(programmeId, user.id);
    const allowed =
      isOwner(user, p.organisationId, p.coOwnerIds) ||
      staff.some((s) => s.role === 'organiser' || s.role === 'trainer');
    if (!allowed) {
      if (p.status === 'published' || staff.length > 0)
        throw ProgrammeException.notAllowed('Only the organisers and trainers of this programme see its evaluations.');
      throw ProgrammeException.notFound(programmeId);
    }
    const cohorts = await this.cohorts.findForProgramme(programmeId);
    const [figures, notes] = await Promise.all([
      this.evaluations.sessionFigures(cohorts.map((c) => c.id)),
      this.repo.notesOfProgramme(programmeId),
    ]);
    const byCohort = new Map(figures.map((f) => [f.sessionId, f]));
    const noteOf = new Map(notes.map((n) => [n.cohortId, n]));
    return {
      programmeId,
      programmeTitle: p.title,
      minResponses: this.config.EVALUATION_MIN_RESPONSES,
      cohorts: cohorts.map((c) => {
        const f = byCohort.get(c.id);
        const n = noteOf.get(c.id);
        return {
          cohortId: c.id,
          name: c.name,
          startsAt: c.startsAt.toISOString(),
          endsAt: c.endsAt.toISOString(),
          status: c.status,
          respondents: f?.count ?? 0,
          shown: f?.shown ?? false,
          overall: f?.overall ?? null,
          usefulness: f?.usefulness ?? null,
          teacher: f?.teacher ?? null,
          note: n ? (n.publishedAt ? 'published' : 'draft') : 'none',
        };
      }),
    };
  }

  /**
   * As visible as the programme itself: published notes for everyone; drafts and the author's
   * name also for the owners and the organisers and trainers of the note's cohort.
   */
  async notes(programmeId: string, user?: AuthUser): Promise<FeedbackNoteDto[]> {
    const p = await this.programme(programmeId);
    const owner = !!user && isOwner(user, p.organisationId, p.coOwnerIds);
    const staffOf = new Set(
      user
        ? (await this.repo.staffRoles(programmeId, user.id))
            .filter((s) => READERS.includes(s.role))
            .map((s) => s.cohortId)
        : [],
    );
    if (p.status !== 'published' && !owner && staffOf.size === 0) throw ProgrammeException.notFound(programmeId);
    return (await this.repo.notesOfProgramme(programmeId))
      .map((n) => ({ n, internal: owner || staffOf.has(n.cohortId) }))
      .filter(({ n, internal }) => n.publishedAt !== null || internal)
      .map(({ n, internal }) => toDto(n, internal));
  }

  /** The cohort's note, draft or published, for its owners, organisers and trainers (404 until written). */
  async note(user: AuthUser, cohortId: string): Promise<FeedbackNoteDto> {
    await this.access.requireStaff(user, cohortId, READERS);
    return toDto(await this.requireNote(cohortId), true);
  }

  /** Writes or rewrites the texts; a published note stays published with the new texts (nobody is told again). */
  write(user: AuthUser, cohortId: string, dto: WriteFeedbackNoteDto): Promise<FeedbackNoteDto> {
    return this.db.transaction(async () => {
      await this.access.requireStaff(user, cohortId, WRITERS);
      await this.repo.write(cohortId, dto.youSaid, dto.weDid, user.id);
      return toDto(await this.requireNote(cohortId), true);
    });
  }

  /**
   * Publishes the note. At its first publication the confirmed participants of the programme's
   * cohorts that have not started yet are told (in-app and e-mail, in this transaction), each
   * once; publishing again after taking it back tells nobody again.
   */
  publish(user: AuthUser, cohortId: string): Promise<FeedbackNoteDto> {
    return this.db.transaction(async () => {
      await this.access.requireStaff(user, cohortId, WRITERS);
      if (!(await this.repo.lockNote(cohortId))) throw TrancheFeedbackException.noteNotFound(cohortId);
      await this.repo.setPublished(cohortId, true);
      const note = await this.requireNote(cohortId);
      if (!note.notifiedAt) {
        const programme = await this.programme(note.programmeId);
        const told = new Set<string>();
        for (const r of await this.repo.upcomingParticipants(note.programmeId, cohortId, new Date())) {
          if (told.has(r.userId)) continue;
          told.add(r.userId);
          await this.notifications.notify(
            r.userId,
            trancheFeedbackPublished(note.programmeId, note.id, {
              programmeTitle: programme.title,
              aboutCohortName: note.cohortName,
              cohortName: r.cohortName,
              startsAt: r.startsAt.toISOString(),
            }),
          );
        }
        await this.repo.markNotified(cohortId);
      }
      return toDto(note, true);
    });
  }

  /** Takes the note back to a draft: it leaves the programme page; its texts stay. */
  unpublish(user: AuthUser, cohortId: string): Promise<FeedbackNoteDto> {
    return this.db.transaction(async () => {
      await this.access.requireStaff(user, cohortId, WRITERS);
      if (!(await this.repo.lockNote(cohortId))) throw TrancheFeedbackException.noteNotFound(cohortId);
      await this.repo.setPublished(cohortId, false);
      return toDto(await this.requireNote(cohortId), true);
    });
  }

  private async programme(programmeId: string): Promise<FeedbackProgrammeRow> {
    const p = await this.repo.programme(programmeId);
    if (!p) throw ProgrammeException.notFound(programmeId);
    return p;
  }

  private async requireNote(cohortId: string): Promise<FeedbackNoteRow> {
    const n = await this.repo.noteOfCohort(cohortId);
    if (!n) throw TrancheFeedbackException.noteNotFound(cohortId);
    return n;
  }
}

/** `internal`: for the organisers, with the author's name; everyone else sees the note without it. */
function toDto(n: FeedbackNoteRow, internal: boolean): FeedbackNoteDto {
  return {
    id: n.id,
    cohortId: n.cohortId,
    cohortName: n.cohortName,
    cohortStartsAt: n.cohortStartsAt.toISOString(),
    cohortEndsAt: n.cohortEndsAt.toISOString(),
    youSaid: n.youSaid,
    weDid: n.weDid,
    status: n.publishedAt ? 'published' : 'draft',
    publishedAt: n.publishedAt?.toISOString() ?? null,
    updatedAt: n.updatedAt.toISOString(),
    authorName: internal ? n.authorName : null,
  };
}
