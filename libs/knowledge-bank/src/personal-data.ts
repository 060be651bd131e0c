import { Injectable } from '@nestjs/common';
import type { AskedQuestion } from './knowledge-bank.repository.js';
import { KnowledgeBankRepository } from './knowledge-bank.repository.js';

/** Knowledge questions: the text is the asker's; the topics it was about stay as demand figures. */
@Injectable()
export class KnowledgeBankPersonalData {
  constructor(private readonly questions: KnowledgeBankRepository) {}

  export(userId: string): Promise<AskedQuestion[]> {
    return this.questions.questionsAskedBy(userId);
  }

  erase(userId: string): Promise<void> {
    return this.questions.forgetAsker(userId);
  }

  /** Retention: question texts older than the period are blanked; who asked goes too. */
  purgeTexts(days: number): Promise<number> {
    return this.questions.blankQuestionsOlderThan(days);
  }
}
