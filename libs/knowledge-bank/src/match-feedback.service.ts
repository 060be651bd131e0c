import { Injectable } from '@nestjs/common';
import { hasRole } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import type { MatchFeedbackDto, Mark } from './dto/match-feedback.dto.js';
import { KnowledgeBankException } from './knowledge-bank.exception.js';
import { MatchFeedbackRepository } from './match-feedback.repository.js';
import type { JudgedQuestion } from './match-feedback.repository.js';

/** What an in-company request's owner invited: recorded as "invited" against the request's text. */
export interface InvitedTrainers {
  requestId: string;
  organisationId: string;
  /** The request's topic and notes: what the matcher matched. */
  text: string;
  teacherIds: string[];
}

/**
 * L&D's verdicts on suggested trainers (issue #13 item 3): marked on a knowledge-bank answer, or
 * recorded when an in-company request's owner invites. Later questions of the same organisation
 * that resemble a judged one lift or lower that trainer (match-feedback.ts, via the matcher).
 */
@Injectable()
export class MatchFeedbackService {
  constructor(
    private readonly db: Db,
    private readonly repo: MatchFeedbackRepository,
  ) {}

  /** A new mark replaces the giver's earlier one on the same question and trainer. */
  mark(user: AuthUser, questionId: string, trainerId: string, verdict: Mark): Promise<MatchFeedbackDto> {
    return this.db.transaction(async () => {
      const { organisationId } = await this.judgeable(user, questionId, trainerId);
      const stored = await this.repo.upsertQuestionFeedback(questionId, trainerId, verdict, user.id, organisationId);
      return { ...stored, verdict };
    });
  }

  /** Withdraws the giver's mark (nothing to withdraw is fine: the result is the same). */
  withdraw(user: AuthUser, questionId: string, trainerId: string): Promise<void> {
    return this.db.transaction(async () => {
      await this.judgeable(user, questionId, trainerId);
      await this.repo.deleteQuestionFeedback(questionId, trainerId, user.id);
    });
  }

  /** Joins the caller's transaction (the invitation's): each invited trainer counts as chosen. */
  async recordInvited(user: AuthUser, invited: InvitedTrainers): Promise<void> {
    if (!invited.teacherIds.length) return;
    await this.repo.upsertInvited({
      requestId: invited.requestId,
      text: invited.text,
      teacherIds: invited.teacherIds,
      givenById: user.id,
      organisationId: invited.organisationId,
    });
  }

  /**
   * L&D judge the questions of their own organisation, admins any; another organisation's
   * question is not found (its existence is not told). The verdict counts for the question's
   * organisation (an admin's on an anonymous question: for the admin's own).
   */
  private async judgeable(
    user: AuthUser,
    questionId: string,
    trainerId: string,
  ): Promise<JudgedQuestion & { organisationId: string }> {
    const admin = hasRole(user, 'admin');
    if (!admin && !hasRole(user, 'ld')) throw KnowledgeBankException.feedbackNotAllowed('Only L&D mark suggestions.');
    const question = await this.repo.question(questionId);
    if (!question || (!admin && (!user.organisationId || question.organisationId !== user.organisationId)))
      throw KnowledgeBankException.questionNotFound(questionId);
    const organisationId = question.organisationId ?? user.organisationId;
    if (!organisationId)
      throw KnowledgeBankException.feedbackNotAllowed('A mark counts for an organisation; this question has none.');
    if (!(await this.repo.trainerExists(trainerId))) throw KnowledgeBankException.trainerNotFound(trainerId);
    return { ...question, organisationId };
  }
}
