import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { GuestsService } from './guests/guests.service.js';

type Rows = Record<string, unknown>[];

export interface ProgrammesExport {
  cohortRoles: Rows;
  moduleChoices: Rows;
  moduleAllocations: Rows;
  groups: Rows;
  learningAssignments: Rows;
  assignmentComments: Rows;
  guestsInvited: Rows;
  feedbackNotesWritten: Rows;
}

/**
 * What programmes hold about a person: roles, choices, their module and groups, their
 * learning-work assignment with its comments and notes, and the guests they invited. Erasure
 * removes what is theirs alone (assignment, notes, comments' text, choices, guests' details,
 * group places and roles); allocations of past cohorts stay as counts on the anonymous account.
 */
@Injectable()
export class ProgrammesPersonalData {
  constructor(
    private readonly db: Db,
    private readonly guests: GuestsService,
  ) {}

  async export(userId: string): Promise<ProgrammesExport> {
    const q = (sql: string) => this.db.manager.query<Rows>(sql, [userId]);
    return {
      cohortRoles: await q(
        `SELECT cs.cohort_id AS "cohortId", co.name AS cohort, cs.role FROM cohort_staff cs
           JOIN cohorts co ON co.session_id = cs.cohort_id WHERE cs.user_id = $1 ORDER BY co.name`,
      ),
      moduleChoices: await q(
        `SELECT mc.cohort_part_id AS "cohortPartId", mc.rank, m.title AS module, mc.created_at AS "createdAt"
           FROM module_choices mc JOIN cohort_modules m ON m.id = mc.module_id
          WHERE mc.user_id = $1 ORDER BY mc.cohort_part_id, mc.rank`,
      ),
      moduleAllocations: await q(
        `SELECT ma.cohort_part_id AS "cohortPartId", m.title AS module, ma.rank_obtained AS "rankObtained",
                ma.published, ma.updated_at AS "updatedAt"
           FROM module_allocations ma LEFT JOIN cohort_modules m ON m.id = ma.module_id
          WHERE ma.user_id = $1 ORDER BY ma.cohort_part_id`,
      ),
      groups: await q(
        `SELECT g.cohort_id AS "cohortId", g.kind::text AS kind, g.round, g.name
           FROM cohort_group_members gm JOIN cohort_groups g ON g.id = gm.group_id
          WHERE gm.user_id = $1 ORDER BY g.cohort_id, g.kind, g.round`,
      ),
      learningAssignments: await q(
        `SELECT a.id, a.cohort_id AS "cohortId", a.change_goal AS "changeGoal", a.success_signs AS "successSigns",
                a.shared_with_group AS "sharedWithGroup", a.created_at AS "createdAt", a.updated_at AS "updatedAt",
                COALESCE((SELECT json_agg(json_build_object('cohortPartId', p.cohort_part_id, 'note', p.note, 'updatedAt', p.updated_at)
                            ORDER BY p.created_at) FROM assignment_progress p WHERE p.assignment_id = a.id), '[]') AS progress
           FROM learning_assignments a WHERE a.user_id = $1 ORDER BY a.created_at`,
      ),
      assignmentComments: await q(
        `SELECT c.assignment_id AS "assignmentId", c.body, c.created_at AS "createdAt"
           FROM assignment_comments c WHERE c.author_id = $1 ORDER BY c.created_at`,
      ),
      guestsInvited: await q(
        `SELECT g.cohort_part_id AS "cohortPartId", g.name, g.organisation, g.email, g.created_at AS "createdAt"
           FROM cohort_guests g WHERE g.invited_by_id = $1 ORDER BY g.created_at`,
      ),
      // "Jullie zeiden, wij deden" notes they last wrote: the texts are the programme's, the authorship is theirs.
      feedbackNotesWritten: await q(
        `SELECT n.cohort_id AS "cohortId", co.name AS cohort, n.you_said AS "youSaid", n.we_did AS "weDid",
                n.published_at AS "publishedAt", n.updated_at AS "updatedAt"
           FROM tranche_feedback_notes n JOIN cohorts co ON co.session_id = n.cohort_id
          WHERE n.author_id = $1 ORDER BY n.updated_at`,
      ),
    };
  }

  async erase(userId: string): Promise<void> {
    const run = (sql: string) => this.db.manager.query(sql, [userId]);
    await run(`DELETE FROM learning_assignments WHERE user_id = $1`);
    await run(`DELETE FROM assignment_comments WHERE author_id = $1`);
    // Guests of parts still to come get a cancellation of the invitation they have.
    await this.guests.withdrawAllBy(userId);
    await run(`DELETE FROM module_choices WHERE user_id = $1`);
    await run(`DELETE FROM cohort_group_members WHERE user_id = $1`);
    await run(`DELETE FROM cohort_staff WHERE user_id = $1`);
    await run(`UPDATE learning_assignments SET manager_id = NULL WHERE manager_id = $1`);
    // A feedback note stays with its programme; only the link to its author goes.
    await run(`UPDATE tranche_feedback_notes SET author_id = NULL WHERE author_id = $1`);
  }
}
