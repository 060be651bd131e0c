import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { MatchVerdict } from './knowledge-bank.entities.js';

/** A question a mark may be given on: who may see it depends on its organisation. */
export interface JudgedQuestion {
  id: string;
  organisationId: string | null;
}

/** One stored mark as the API returns it. */
export interface StoredFeedback {
  questionId: string;
  trainerId: string;
  verdict: MatchVerdict;
  createdAt: Date;
}

/** An earlier verdict of an organisation's L&D, with the text it was given on. */
export interface Precedent {
  teacherId: string;
  verdict: MatchVerdict;
  text: string;
}

export interface NewInvitedFeedback {
  requestId: string;
  text: string;
  teacherIds: string[];
  givenById: string | null;
  organisationId: string;
}

interface QuestionRow {
  id: string;
  organisation_id: string | null;
}

interface FeedbackRow {
  question_id: string;
  teacher_id: string;
  verdict: MatchVerdict;
  created_at: Date;
}

/** A verdict as its giver's personal data (art. 15): what was marked, not the question's text. */
export interface GivenFeedback {
  questionId: string | null;
  requestId: string | null;
  trainerId: string;
  verdict: MatchVerdict;
  createdAt: Date;
}

interface PrecedentRow {
  teacher_id: string;
  verdict: MatchVerdict;
  text: string;
}

/**
 * The most recent verdicts of one organisation a question is compared with: each costs one
 * fold-in of the latent model (a few microseconds), so a question never pays for more than this.
 */
export const PRECEDENTS_READ = 500;

const UPSERT_QUESTION_FEEDBACK = `
  INSERT INTO match_feedback (question_id, teacher_id, verdict, given_by_id, organisation_id)
  VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (question_id, teacher_id, given_by_id)
  DO UPDATE SET verdict = EXCLUDED.verdict, organisation_id = EXCLUDED.organisation_id, created_at = now()
  RETURNING question_id, teacher_id, verdict, created_at`;

const UPSERT_INVITED = `
  INSERT INTO match_feedback (request_id, text, teacher_id, verdict, given_by_id, organisation_id)
  SELECT $1, $2, t, 'invited', $4, $5 FROM unnest($3::uuid[]) t
  ON CONFLICT (request_id, teacher_id, given_by_id)
  DO UPDATE SET verdict = 'invited', text = EXCLUDED.text, created_at = now()`;

/** Texts of questions blanked by retention or erasure are left out: nothing to compare with. */
const PRECEDENTS = `
  SELECT f.teacher_id, f.verdict, COALESCE(q.text, f.text, '') AS text
    FROM match_feedback f
    LEFT JOIN knowledge_questions q ON q.id = f.question_id
   WHERE f.organisation_id = $1 AND COALESCE(q.text, f.text, '') <> ''
   ORDER BY f.created_at DESC, f.id
   LIMIT $2`;

function toStored(row: FeedbackRow): StoredFeedback {
  return { questionId: row.question_id, trainerId: row.teacher_id, verdict: row.verdict, createdAt: row.created_at };
}

function toPrecedent(row: PrecedentRow): Precedent {
  return { teacherId: row.teacher_id, verdict: row.verdict, text: row.text };
}

/** L&D's verdicts on suggested trainers (match_feedback), and what a later question reads of them. */
@Injectable()
export class MatchFeedbackRepository {
  constructor(private readonly db: Db) {}

  async question(id: string): Promise<JudgedQuestion | undefined> {
    const rows = await this.db.manager.query<QuestionRow[]>(
      `SELECT id, organisation_id FROM knowledge_questions WHERE id = $1`,
      [id],
    );
    const row = rows.at(0);
    return row && { id: row.id, organisationId: row.organisation_id };
  }

  /** Whether a teacher profile exists (catalogue's view). */
  async trainerExists(id: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(`SELECT 1 FROM teacher_directory WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async upsertQuestionFeedback(
    questionId: string,
    teacherId: string,
    verdict: MatchVerdict,
    givenById: string,
    organisationId: string,
  ): Promise<StoredFeedback> {
    const rows = await this.db.manager.query<FeedbackRow[]>(UPSERT_QUESTION_FEEDBACK, [
      questionId,
      teacherId,
      verdict,
      givenById,
      organisationId,
    ]);
    return toStored(rows[0]);
  }

  async deleteQuestionFeedback(questionId: string, teacherId: string, givenById: string): Promise<void> {
    await this.db.manager.query(
      `DELETE FROM match_feedback WHERE question_id = $1 AND teacher_id = $2 AND given_by_id = $3`,
      [questionId, teacherId, givenById],
    );
  }

  async upsertInvited(f: NewInvitedFeedback): Promise<void> {
    await this.db.manager.query(UPSERT_INVITED, [f.requestId, f.text, f.teacherIds, f.givenById, f.organisationId]);
  }

  /** Every verdict this person gave, oldest first. */
  async givenBy(userId: string): Promise<GivenFeedback[]> {
    return this.db.manager.query<GivenFeedback[]>(
      `SELECT question_id AS "questionId", request_id AS "requestId", teacher_id AS "trainerId", verdict, created_at AS "createdAt"
         FROM match_feedback WHERE given_by_id = $1 ORDER BY created_at, id`,
      [userId],
    );
  }

  /** Erasure: the verdicts stay, for the giver's organisation, without the giver. */
  async forgetGiver(userId: string): Promise<void> {
    await this.db.manager.query(`UPDATE match_feedback SET given_by_id = NULL WHERE given_by_id = $1`, [userId]);
  }

  /** The organisation's most recent verdicts with a text to compare with. */
  async precedents(organisationId: string): Promise<Precedent[]> {
    const rows = await this.db.manager.query<PrecedentRow[]>(PRECEDENTS, [organisationId, PRECEDENTS_READ]);
    return rows.map(toPrecedent);
  }
}
