import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { CohortRole } from '../cohorts/cohort.entities.js';

/** A programme as the feedback loop needs it: who owns it and whether it is public. */
export interface FeedbackProgrammeRow {
  id: string;
  title: string;
  status: string;
  organisationId: string;
  coOwnerIds: string[];
}

/** A note with its cohort's facts and its author's name. */
export interface FeedbackNoteRow {
  id: string;
  cohortId: string;
  programmeId: string;
  cohortName: string;
  cohortStartsAt: Date;
  cohortEndsAt: Date;
  youSaid: string;
  weDid: string;
  authorName: string | null;
  publishedAt: Date | null;
  notifiedAt: Date | null;
  updatedAt: Date;
}

/** A confirmed participant of a cohort that has not started yet. */
export interface UpcomingParticipantRow {
  userId: string;
  cohortId: string;
  cohortName: string;
  startsAt: Date;
}

const NOTE_SELECT = `
  SELECT n.id, n.cohort_id AS "cohortId", co.programme_id AS "programmeId", co.name AS "cohortName",
         s.starts_at AS "cohortStartsAt", s.ends_at AS "cohortEndsAt", n.you_said AS "youSaid", n.we_did AS "weDid",
         u.name AS "authorName", n.published_at AS "publishedAt", n.notified_at AS "notifiedAt", n.updated_at AS "updatedAt"
    FROM tranche_feedback_notes n
    JOIN cohorts co ON co.session_id = n.cohort_id
    JOIN session_directory s ON s.id = n.cohort_id
    LEFT JOIN user_directory u ON u.id = n.author_id`;

/** The feedback notes of cohorts and what they are shown beside; every query is scoped by programme or cohort. */
@Injectable()
export class TrancheFeedbackRepository {
  constructor(private readonly db: Db) {}

  async programme(programmeId: string): Promise<FeedbackProgrammeRow | null> {
    const rows = await this.db.manager.query<FeedbackProgrammeRow[]>(
      `SELECT c.id, c.title, c.status, c.organisation_id AS "organisationId",
              COALESCE((SELECT array_agg(po.organisation_id) FROM programme_owners po WHERE po.programme_id = p.course_id), '{}') AS "coOwnerIds"
         FROM programmes p JOIN course_directory c ON c.id = p.course_id
        WHERE p.course_id = $1`,
      [programmeId],
    );
    return rows.at(0) ?? null;
  }

  /** The person's roles in the programme's cohorts. */
  async staffRoles(programmeId: string, userId: string): Promise<{ cohortId: string; role: CohortRole }[]> {
    return this.db.manager.query<{ cohortId: string; role: CohortRole }[]>(
      `SELECT cs.cohort_id AS "cohortId", cs.role FROM cohort_staff cs
         JOIN cohorts co ON co.session_id = cs.cohort_id
        WHERE co.programme_id = $1 AND cs.user_id = $2`,
      [programmeId, userId],
    );
  }

  /** Newest cohort first. */
  notesOfProgramme(programmeId: string): Promise<FeedbackNoteRow[]> {
    return this.db.manager.query<FeedbackNoteRow[]>(
      `${NOTE_SELECT} WHERE co.programme_id = $1 ORDER BY s.starts_at DESC, n.id`,
      [programmeId],
    );
  }

  async noteOfCohort(cohortId: string): Promise<FeedbackNoteRow | null> {
    const rows = await this.db.manager.query<FeedbackNoteRow[]>(`${NOTE_SELECT} WHERE n.cohort_id = $1`, [cohortId]);
    return rows.at(0) ?? null;
  }

  /** Locks the cohort's note (if any) for a publication, so two publishers notify once. */
  async lockNote(cohortId: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(
      `SELECT 1 FROM tranche_feedback_notes WHERE cohort_id = $1 FOR UPDATE`,
      [cohortId],
    );
    return rows.length > 0;
  }

  /** Writes the texts (a published note stays published, with the new texts). */
  async write(cohortId: string, youSaid: string, weDid: string, authorId: string): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO tranche_feedback_notes (cohort_id, you_said, we_did, author_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (cohort_id) DO UPDATE
         SET you_said = EXCLUDED.you_said, we_did = EXCLUDED.we_did, author_id = EXCLUDED.author_id, updated_at = now()`,
      [cohortId, youSaid, weDid, authorId],
    );
  }

  /** Publishes (keeping the first publication's date on a re-publish) or takes back to draft. */
  async setPublished(cohortId: string, published: boolean): Promise<void> {
    await this.db.manager.query(
      published
        ? `UPDATE tranche_feedback_notes SET published_at = COALESCE(published_at, now()), updated_at = now() WHERE cohort_id = $1`
        : `UPDATE tranche_feedback_notes SET published_at = NULL, updated_at = now() WHERE cohort_id = $1`,
      [cohortId],
    );
  }

  async markNotified(cohortId: string): Promise<void> {
    await this.db.manager.query(`UPDATE tranche_feedback_notes SET notified_at = now() WHERE cohort_id = $1`, [
      cohortId,
    ]);
  }

  /** Confirmed participants of the programme's scheduled cohorts that start after `now`, but the given cohort's. */
  upcomingParticipants(programmeId: string, exceptCohortId: string, now: Date): Promise<UpcomingParticipantRow[]> {
    return this.db.manager.query<UpcomingParticipantRow[]>(
      `SELECT p.user_id AS "userId", co.session_id AS "cohortId", co.name AS "cohortName", s.starts_at AS "startsAt"
         FROM cohorts co
         JOIN session_directory s ON s.id = co.session_id
         JOIN session_participants p ON p.session_id = co.session_id AND p.status = 'confirmed'
        WHERE co.programme_id = $1 AND co.session_id <> $2 AND s.status = 'scheduled' AND s.starts_at > $3
        ORDER BY s.starts_at, p.user_id`,
      [programmeId, exceptCohortId, now],
    );
  }
}
