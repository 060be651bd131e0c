import { Injectable } from '@nestjs/common';
import type { AskedQuestion } from './knowledge-bank.repository.js';
import { KnowledgeBankRepository } from './knowledge-bank.repository.js';
import { MatchFeedbackRepository } from './match-feedback.repository.js';
import type { GivenFeedback } from './match-feedback.repository.js';

/** Knowledge questions: the text is the asker's; the topics it was about stay as demand figures. */
@Injectable()
export class KnowledgeBankPersonalData {
  constructor(
    private readonly questions: KnowledgeBankRepository,
    private readonly feedback: MatchFeedbackRepository,
  ) {}

  export(userId: string): Promise<AskedQuestion[]> {
    return this.questions.questionsAskedBy(userId);
  }

  /** The verdicts this person gave on suggested trainers ("goede match", "geen match", invited). */
  exportMatchFeedback(userId: string): Promise<GivenFeedback[]> {
    return this.feedback.givenBy(userId);
  }

  /** L&D's verdicts on suggestions stay for their organisation, without who gave them. */
  async erase(userId: string): Promise<void> {
    await this.questions.forgetAsker(userId);
    await this.feedback.forgetGiver(userId);
  }

  /** Retention: question texts older than the period are blanked; who asked goes too. */
  purgeTexts(days: number): Promise<number> {
    return this.questions.blankQuestionsOlderThan(days);
  }
}
