import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { CommentAuthorRole } from './assignment.entities.js';

/** An assignment with the names around it (cohort, programme, participant, manager). */
export interface AssignmentRow {
  id: string;
  cohortId: string;
  cohortName: string;
  programmeId: string;
  programmeTitle: string;
  userId: string;
  participantName: string;
  participantOrganisationName: string | null;
  changeGoal: string;
  successSigns: string;
  managerId: string | null;
  managerName: string | null;
  sharedWithGroup: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface CommentRow {
  id: string;
  assignmentId: string;
  authorId: string | null;
  authorName: string | null;
  authorRole: CommentAuthorRole;
  body: string;
  createdAt: Date;
}

export interface ProgressRow {
  assignmentId: string;
  cohortPartId: string;
  partTitle: string;
  partStartsAt: Date;
  note: string;
  updatedAt: Date;
}

export interface ReviewRow extends AssignmentRow {
  commentCount: number;
}

interface AssignmentRecord {
  id: string;
  cohort_id: string;
  cohort_name: string;
  programme_id: string;
  programme_title: string;
  user_id: string;
  participant_name: string;
  participant_organisation_name: string | null;
  change_goal: string;
  success_signs: string;
  manager_id: string | null;
  manager_name: string | null;
  shared_with_group: boolean;
  created_at: Date;
  updated_at: Date;
  comment_count?: number;
}

interface CommentRecord {
  id: string;
  assignment_id: string;
  author_id: string | null;
  author_name: string | null;
  author_role: CommentAuthorRole;
  body: string;
  created_at: Date;
}

interface ProgressRecord {
  assignment_id: string;
  cohort_part_id: string;
  part_title: string;
  part_starts_at: Date;
  note: string;
  updated_at: Date;
}

function toAssignmentRow(r: AssignmentRecord): AssignmentRow {
  return {
    id: r.id,
    cohortId: r.cohort_id,
    cohortName: r.cohort_name,
    programmeId: r.programme_id,
    programmeTitle: r.programme_title,
    userId: r.user_id,
    participantName: r.participant_name,
    participantOrganisationName: r.participant_organisation_name,
    changeGoal: r.change_goal,
    successSigns: r.success_signs,
    managerId: r.manager_id,
    managerName: r.manager_name,
    sharedWithGroup: r.shared_with_group,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toCommentRow(r: CommentRecord): CommentRow {
  return {
    id: r.id,
    assignmentId: r.assignment_id,
    authorId: r.author_id,
    authorName: r.author_name,
    authorRole: r.author_role,
    body: r.body,
    createdAt: r.created_at,
  };
}

function toProgressRow(r: ProgressRecord): ProgressRow {
  return {
    assignmentId: r.assignment_id,
    cohortPartId: r.cohort_part_id,
    partTitle: r.part_title,
    partStartsAt: r.part_starts_at,
    note: r.note,
    updatedAt: r.updated_at,
  };
}

/** The assignment read model; `extra` adds columns (with a leading comma). */
const assignmentSelect = (extra = '') => `
  SELECT a.id, a.cohort_id, co.name AS cohort_name, co.programme_id, c.title AS programme_title,
         a.user_id, u.name AS participant_name, o.name AS participant_organisation_name,
         a.change_goal, a.success_signs, a.manager_id, m.name AS manager_name, a.shared_with_group,
         a.created_at, a.updated_at${extra}
    FROM learning_assignments a
    JOIN cohorts co ON co.session_id = a.cohort_id
    JOIN course_directory c ON c.id = co.programme_id
    JOIN user_directory u ON u.id = a.user_id
    LEFT JOIN organisation_directory o ON o.id = u.organisation_id
    LEFT JOIN user_directory m ON m.id = a.manager_id`;

const PROGRESS_SELECT = `
  SELECT p.assignment_id, p.cohort_part_id, pp.title AS part_title, cp.starts_at AS part_starts_at, p.note, p.updated_at
    FROM assignment_progress p
    JOIN cohort_parts cp ON cp.id = p.cohort_part_id
    JOIN programme_parts pp ON pp.id = cp.part_id`;

/** Learning-work assignments, their comments and progress notes; every read is by assignment, cohort or person. */
@Injectable()
export class AssignmentsRepository {
  constructor(private readonly db: Db) {}

  async findById(id: string): Promise<AssignmentRow | null> {
    const rows = await this.db.manager.query<AssignmentRecord[]>(`${assignmentSelect()} WHERE a.id = $1`, [id]);
    return rows.length ? toAssignmentRow(rows[0]) : null;
  }

  async findOwn(cohortId: string, userId: string): Promise<AssignmentRow | null> {
    const rows = await this.db.manager.query<AssignmentRecord[]>(
      `${assignmentSelect()} WHERE a.cohort_id = $1 AND a.user_id = $2`,
      [cohortId, userId],
    );
    return rows.length ? toAssignmentRow(rows[0]) : null;
  }

  /** Writes the participant's assignment, or rewrites it; the unique (cohort, user) makes it one per cohort. */
  async upsert(cohortId: string, userId: string, changeGoal: string, successSigns: string): Promise<string> {
    const rows = await this.db.manager.query<{ id: string }[]>(
      `INSERT INTO learning_assignments (cohort_id, user_id, change_goal, success_signs)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (cohort_id, user_id) DO UPDATE
         SET change_goal = EXCLUDED.change_goal, success_signs = EXCLUDED.success_signs,
             updated_at = CASE WHEN (learning_assignments.change_goal, learning_assignments.success_signs)
                                    IS DISTINCT FROM (EXCLUDED.change_goal, EXCLUDED.success_signs)
                               THEN now() ELSE learning_assignments.updated_at END
       RETURNING id`,
      [cohortId, userId, changeGoal, successSigns],
    );
    return rows[0].id;
  }

  async setManager(id: string, managerId: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE learning_assignments SET manager_id = $2, updated_at = now() WHERE id = $1 AND manager_id IS DISTINCT FROM $2`,
      [id, managerId],
    );
  }

  async setShared(id: string, shared: boolean): Promise<void> {
    await this.db.manager.query(
      `UPDATE learning_assignments SET shared_with_group = $2, updated_at = now() WHERE id = $1 AND shared_with_group <> $2`,
      [id, shared],
    );
  }

  async upsertProgress(assignmentId: string, cohortPartId: string, note: string): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO assignment_progress (assignment_id, cohort_part_id, note) VALUES ($1, $2, $3)
       ON CONFLICT (assignment_id, cohort_part_id) DO UPDATE
         SET note = EXCLUDED.note, updated_at = now()
         WHERE assignment_progress.note IS DISTINCT FROM EXCLUDED.note`,
      [assignmentId, cohortPartId, note],
    );
  }

  /** Progress notes in the order of the cohort's parts. */
  async progress(assignmentId: string): Promise<ProgressRow[]> {
    const rows = await this.db.manager.query<ProgressRecord[]>(
      `${PROGRESS_SELECT} WHERE p.assignment_id = $1 ORDER BY pp.position`,
      [assignmentId],
    );
    return rows.map(toProgressRow);
  }

  /** The most recently written note of each assignment. */
  async lastProgress(assignmentIds: string[]): Promise<ProgressRow[]> {
    const rows = await this.db.manager.query<ProgressRecord[]>(
      `SELECT DISTINCT ON (p.assignment_id) p.assignment_id, p.cohort_part_id, pp.title AS part_title,
              cp.starts_at AS part_starts_at, p.note, p.updated_at
         FROM assignment_progress p
         JOIN cohort_parts cp ON cp.id = p.cohort_part_id
         JOIN programme_parts pp ON pp.id = cp.part_id
        WHERE p.assignment_id = ANY($1)
        ORDER BY p.assignment_id, p.updated_at DESC, pp.position DESC`,
      [assignmentIds],
    );
    return rows.map(toProgressRow);
  }

  async insertComment(
    assignmentId: string,
    authorId: string,
    authorRole: CommentAuthorRole,
    body: string,
  ): Promise<string> {
    const rows = await this.db.manager.query<{ id: string }[]>(
      `INSERT INTO assignment_comments (assignment_id, author_id, author_role, body) VALUES ($1, $2, $3, $4) RETURNING id`,
      [assignmentId, authorId, authorRole, body],
    );
    return rows[0].id;
  }

  /** Oldest first. */
  async comments(assignmentId: string): Promise<CommentRow[]> {
    const rows = await this.db.manager.query<CommentRecord[]>(
      `SELECT k.id, k.assignment_id, k.author_id, u.name AS author_name, k.author_role, k.body, k.created_at
         FROM assignment_comments k LEFT JOIN user_directory u ON u.id = k.author_id
        WHERE k.assignment_id = $1
        ORDER BY k.created_at, k.id`,
      [assignmentId],
    );
    return rows.map(toCommentRow);
  }

  async comment(id: string): Promise<CommentRow | null> {
    const rows = await this.db.manager.query<CommentRecord[]>(
      `SELECT k.id, k.assignment_id, k.author_id, u.name AS author_name, k.author_role, k.body, k.created_at
         FROM assignment_comments k LEFT JOIN user_directory u ON u.id = k.author_id
        WHERE k.id = $1`,
      [id],
    );
    return rows.length ? toCommentRow(rows[0]) : null;
  }

  /** The assignments a manager was invited to, most recently changed first, with their comment counts. */
  async forManager(managerId: string): Promise<ReviewRow[]> {
    const rows = await this.db.manager.query<(AssignmentRecord & { comment_count: number })[]>(
      `${assignmentSelect(
        ', (SELECT count(*)::int FROM assignment_comments k WHERE k.assignment_id = a.id) AS comment_count',
      )}
        WHERE a.manager_id = $1
        ORDER BY a.updated_at DESC, a.id`,
      [managerId],
    );
    return rows.map((r) => ({ ...toAssignmentRow(r), commentCount: r.comment_count }));
  }

  /** Whether two current participants are in one intervision group of the cohort (in any round of a rotation). */
  async shareIntervisionGroup(cohortId: string, userId: string, otherId: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(
      `SELECT 1
         FROM cohort_group_members mine
         JOIN cohort_groups g ON g.id = mine.group_id
         JOIN cohort_group_members theirs ON theirs.group_id = mine.group_id
        WHERE g.cohort_id = $1 AND g.kind = 'intervision' AND mine.user_id = $2 AND theirs.user_id = $3
          -- Only while both are still in the cohort: who cancelled keeps no access through an old group.
          AND EXISTS (SELECT 1 FROM session_participants p WHERE p.session_id = $1 AND p.user_id = $2
                        AND p.status IN ('confirmed', 'attended'))
          AND EXISTS (SELECT 1 FROM session_participants p WHERE p.session_id = $1 AND p.user_id = $3
                        AND p.status IN ('confirmed', 'attended'))
        LIMIT 1`,
      [cohortId, userId, otherId],
    );
    return rows.length > 0;
  }

  /** The person's own assignments, for their personal-data export. */
  async ownedBy(userId: string): Promise<AssignmentRow[]> {
    const rows = await this.db.manager.query<AssignmentRecord[]>(
      `${assignmentSelect()} WHERE a.user_id = $1 ORDER BY a.created_at, a.id`,
      [userId],
    );
    return rows.map(toAssignmentRow);
  }

  /** Comments the person wrote on other people's assignments. */
  async commentsByOn(userId: string): Promise<(CommentRow & { participantName: string })[]> {
    const rows = await this.db.manager.query<(CommentRecord & { participant_name: string })[]>(
      `SELECT k.id, k.assignment_id, k.author_id, NULL AS author_name, k.author_role, k.body, k.created_at,
              u.name AS participant_name
         FROM assignment_comments k
         JOIN learning_assignments a ON a.id = k.assignment_id
         JOIN user_directory u ON u.id = a.user_id
        WHERE k.author_id = $1 AND a.user_id <> $1
        ORDER BY k.created_at, k.id`,
      [userId],
    );
    return rows.map((r) => ({ ...toCommentRow(r), participantName: r.participant_name }));
  }

  /** Erasure: the person's assignments go (with their notes and comments), so do their comments elsewhere. */
  async eraseFor(userId: string): Promise<void> {
    await this.db.manager.query(`DELETE FROM learning_assignments WHERE user_id = $1`, [userId]);
    await this.db.manager.query(`DELETE FROM assignment_comments WHERE author_id = $1`, [userId]);
    await this.db.manager.query(
      `UPDATE learning_assignments SET manager_id = NULL, updated_at = now() WHERE manager_id = $1`,
      [userId],
    );
  }
}
