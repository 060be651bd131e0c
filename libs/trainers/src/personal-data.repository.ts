import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

@Injectable()
export class TrainersPersonalDataRepository {
  constructor(private readonly db: Db) {}

  questionsAsked(userId: string): Promise<Record<string, unknown>[]> {
    return this.db.manager.query<Record<string, unknown>[]>(
      `SELECT q.id, u.name AS "trainerName", q.text, q.knowledge_question_id AS "knowledgeQuestionId", q.status,
              q.response, q.responded_at AS "respondedAt", q.created_at AS "createdAt"
         FROM trainer_questions q
         JOIN teacher_directory tp ON tp.id = q.teacher_profile_id
         JOIN user_directory u ON u.id = tp.user_id
        WHERE q.asker_id = $1 ORDER BY q.created_at`,
      [userId],
    );
  }

  questionsReceived(userId: string): Promise<Record<string, unknown>[]> {
    return this.db.manager.query<Record<string, unknown>[]>(
      `SELECT q.id, u.name AS "askerName", q.text, q.status, q.response, q.responded_at AS "respondedAt",
              q.created_at AS "createdAt"
         FROM trainer_questions q
         JOIN teacher_directory tp ON tp.id = q.teacher_profile_id
         JOIN user_directory u ON u.id = q.asker_id
        WHERE tp.user_id = $1 ORDER BY q.created_at`,
      [userId],
    );
  }

  /** That there is a photo, its size and when it was set (the image itself is in GET /api/trainers/{id}/photo). */
  async photo(userId: string): Promise<Record<string, unknown> | null> {
    const rows = await this.db.manager.query<Record<string, unknown>[]>(
      `SELECT ph.teacher_profile_id AS "teacherProfileId", octet_length(ph.image) AS bytes,
              ph.created_at AS "createdAt", ph.updated_at AS "updatedAt"
         FROM trainer_photos ph JOIN teacher_directory tp ON tp.id = ph.teacher_profile_id
        WHERE tp.user_id = $1`,
      [userId],
    );
    return rows.at(0) ?? null;
  }

  async erase(userId: string): Promise<void> {
    await this.db.manager.query(
      `DELETE FROM trainer_questions
        WHERE asker_id = $1 OR teacher_profile_id IN (SELECT id FROM teacher_directory WHERE user_id = $1)`,
      [userId],
    );
    await this.db.manager.query(
      `DELETE FROM trainer_photos WHERE teacher_profile_id IN (SELECT id FROM teacher_directory WHERE user_id = $1)`,
      [userId],
    );
  }
}
