import { Injectable } from '@nestjs/common';
import { TrainersPersonalDataRepository } from './personal-data.repository.js';

/**
 * Questions a person sent to trainers, questions sent to them as a trainer, and their photo.
 * Erasure removes the questions on both sides (the texts may name people) and the photo.
 */
@Injectable()
export class TrainersPersonalData {
  constructor(private readonly repo: TrainersPersonalDataRepository) {}

  async export(userId: string): Promise<Record<string, unknown>> {
    return {
      questionsAsked: await this.repo.questionsAsked(userId),
      questionsReceived: await this.repo.questionsReceived(userId),
      photo: await this.repo.photo(userId),
    };
  }

  async erase(userId: string): Promise<void> {
    await this.repo.erase(userId);
  }
}
