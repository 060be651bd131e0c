import { Injectable } from '@nestjs/common';
import type { AuthUser } from '#libs/common';
import { AppConfig } from '#libs/common';
import { Db } from '#libs/database';
import { EvaluationsService } from '#libs/evaluations';
import { NotificationsService } from '#libs/notifications';
import type {
  AnswerQuestionDto,
  AskTrainerDto,
  DeclineQuestionDto,
  ProposeSessionDto,
  TrainerEvaluationDto,
  TrainerPageDto,
  TrainerQuestionDto,
} from './dto/trainers.dto.js';
import { photoUrl } from './trainer-photos.service.js';
import { questionAsked, questionReacted } from './trainer-messages.js';
import type { TrainerQuestionStatus } from './trainers.entities.js';
import { TrainerException } from './trainers.exception.js';
import { TrainersRepository } from './trainers.repository.js';
import type { QuestionRecord } from './trainers.repository.js';

/** How many questions one person may send to trainers in 24 hours (429 beyond). */
export const TRAINER_QUESTIONS_PER_DAY = 10;
const DAY = 86_400_000;
const NEXT_SESSIONS = 3;

/**
 * Trainer pages and "Stel je vraag aan deze collega": a question goes to one trainer, who
 * answers, declines or proposes a session, once; each step notifies the other side (in-app and
 * e-mail, in the step's transaction). Only the asker and that trainer see a question.
 */
@Injectable()
export class TrainersService {
  constructor(
    private readonly db: Db,
    private readonly repo: TrainersRepository,
    private readonly evaluations: EvaluationsService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  async page(user: AuthUser, id: string): Promise<TrainerPageDto> {
    const tr = await this.repo.trainer(id);
    if (!tr) throw TrainerException.notFound(id);
    const viewerOrg = user.organisationId ?? null;
    const courses = await this.repo.courses(id, viewerOrg);
    const sessions = await this.repo.nextSessions(
      courses.map((c) => c.id),
      viewerOrg,
      NEXT_SESSIONS,
    );
    const withFigures = await Promise.all(
      courses.map(async (c) => ({
        course: c,
        // The course page's own figures: public courses only, nothing below the threshold.
        evaluation: c.public ? (await this.evaluations.summary(c.id)).evaluation : null,
      })),
    );
    return {
      id: tr.id,
      name: tr.name,
      photoUrl: tr.photoEtag ? photoUrl(tr.id, tr.photoEtag) : null,
      jobTitle: tr.jobTitle,
      bio: tr.bio,
      expertise: tr.expertise,
      organisation:
        tr.organisationId && tr.organisationName ? { id: tr.organisationId, name: tr.organisationName } : null,
      regions: tr.regions,
      formats: tr.formats,
      languages: tr.languages,
      inCompany: tr.inCompany,
      courses: withFigures.map(({ course: c, evaluation }) => ({
        id: c.id,
        title: c.title,
        summary: c.summary,
        format: c.format,
        level: c.level,
        evaluation,
        nextSessions: sessions
          .filter((s) => s.courseId === c.id)
          .map((s) => ({
            id: s.id,
            startsAt: s.startsAt.toISOString(),
            endsAt: s.endsAt.toISOString(),
            city: s.city,
            online: s.online,
            seatsLeft: s.seatsLeft,
          })),
      })),
      evaluation: combine(withFigures.map((c) => c.evaluation)),
      evaluationMinResponses: this.config.EVALUATION_MIN_RESPONSES,
      isMe: tr.userId === user.id,
    };
  }

  ask(user: AuthUser, trainerId: string, dto: AskTrainerDto): Promise<TrainerQuestionDto> {
    return this.db.transaction(async () => {
      const tr = await this.repo.trainer(trainerId);
      if (!tr) throw TrainerException.notFound(trainerId);
      if (tr.userId === user.id) throw TrainerException.toSelf();
      const knowledgeQuestionId = dto.knowledgeQuestionId ?? null;
      if (knowledgeQuestionId && (await this.repo.knowledgeQuestionAskedBy(knowledgeQuestionId)) !== user.id)
        throw TrainerException.knowledgeQuestionUnknown();
      await this.repo.lockAsker(user.id);
      const now = Date.now();
      const recent = await this.repo.askedSince(user.id, new Date(now - DAY));
      if (recent.count >= TRAINER_QUESTIONS_PER_DAY) {
        const freeAt = (recent.oldest?.getTime() ?? now) + DAY;
        throw TrainerException.limit(TRAINER_QUESTIONS_PER_DAY, Math.max(1, Math.ceil((freeAt - now) / 1000)));
      }
      const saved = await this.repo.insertQuestion({
        teacherProfileId: trainerId,
        askerId: user.id,
        text: dto.text,
        knowledgeQuestionId,
      });
      const q = await this.loaded(saved.id);
      await this.notifications.notify(tr.userId, questionAsked(q.id, { askerName: q.askerName, text: q.text }));
      return toDto(q);
    });
  }

  /** Only its asker and its trainer; for everyone else it does not exist (404). */
  async get(user: AuthUser, id: string): Promise<TrainerQuestionDto> {
    const q = await this.repo.question(id);
    if (!q || (q.askerId !== user.id && q.trainerUserId !== user.id)) throw TrainerException.questionNotFound(id);
    return toDto(q);
  }

  /** The user's own teacher profile id (null: they do not teach), e.g. for the demo seed. */
  profileOf(user: AuthUser): Promise<string | null> {
    return this.repo.profileOfUser(user.id);
  }

  async inbox(user: AuthUser): Promise<TrainerQuestionDto[]> {
    const profileId = await this.repo.profileOfUser(user.id);
    return profileId ? (await this.repo.questionsTo(profileId)).map(toDto) : [];
  }

  async asked(user: AuthUser): Promise<TrainerQuestionDto[]> {
    return (await this.repo.questionsBy(user.id)).map(toDto);
  }

  answer(user: AuthUser, id: string, dto: AnswerQuestionDto): Promise<TrainerQuestionDto> {
    return this.react(user, id, 'answered', dto.text);
  }

  decline(user: AuthUser, id: string, dto: DeclineQuestionDto): Promise<TrainerQuestionDto> {
    return this.react(user, id, 'declined', dto.reason ? dto.reason : null);
  }

  proposeSession(user: AuthUser, id: string, dto: ProposeSessionDto): Promise<TrainerQuestionDto> {
    return this.react(user, id, 'session_proposed', dto.text);
  }

  /** open → answered / declined / session_proposed, once, by the trainer; the asker is told. */
  private react(
    user: AuthUser,
    id: string,
    status: Exclude<TrainerQuestionStatus, 'open'>,
    response: string | null,
  ): Promise<TrainerQuestionDto> {
    return this.db.transaction(async () => {
      const q = await this.repo.question(id);
      if (!q || (q.askerId !== user.id && q.trainerUserId !== user.id)) throw TrainerException.questionNotFound(id);
      if (q.trainerUserId !== user.id) throw TrainerException.notYours();
      if (q.status !== 'open' || !(await this.repo.react(id, status, response))) {
        const now = await this.repo.question(id);
        throw TrainerException.notOpen(now?.status ?? q.status);
      }
      const updated = await this.loaded(id);
      await this.notifications.notify(
        q.askerId,
        questionReacted(id, status, { trainerName: q.trainerName, text: response ?? '' }),
      );
      return toDto(updated);
    });
  }

  private async loaded(id: string): Promise<QuestionRecord> {
    const q = await this.repo.question(id);
    if (!q) throw TrainerException.questionNotFound(id);
    return q;
  }
}

/** The weighted average of the shown figures; nothing when none is shown. */
function combine(figures: (TrainerEvaluationDto | null)[]): TrainerEvaluationDto | null {
  const shown = figures.filter((f): f is TrainerEvaluationDto => f !== null);
  const count = shown.reduce((n, f) => n + f.count, 0);
  if (!count) return null;
  const average = shown.reduce((s, f) => s + f.average * f.count, 0) / count;
  return { average: Math.round(average * 100) / 100, count };
}

function toDto(q: QuestionRecord): TrainerQuestionDto {
  return {
    id: q.id,
    trainer: { id: q.teacherProfileId, name: q.trainerName },
    asker: { id: q.askerId, name: q.askerName, organisationName: q.askerOrganisationName },
    text: q.text,
    knowledgeQuestionId: q.knowledgeQuestionId,
    status: q.status,
    response: q.response,
    respondedAt: q.respondedAt?.toISOString() ?? null,
    createdAt: q.createdAt.toISOString(),
  };
}
