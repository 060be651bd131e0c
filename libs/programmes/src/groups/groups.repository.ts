import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { GroupKind, WorkDomain } from './grouping.js';

export interface GroupRow {
  id: string;
  cohortId: string;
  kind: GroupKind;
  round: number;
  position: number;
  name: string;
  minSize: number;
  maxSize: number;
  seed: number;
}

export interface GroupMemberRow {
  groupId: string;
  userId: string;
  name: string;
  organisationId: string | null;
  organisationName: string | null;
  workDomain: WorkDomain | null;
}

/** A group to store: its place, name, the bounds and seed it was formed with, and its members. */
export interface NewGroup {
  round: number;
  position: number;
  name: string;
  minSize: number;
  maxSize: number;
  seed: number;
  userIds: string[];
}

const GROUP_SELECT = `
  SELECT g.id, g.cohort_id AS "cohortId", g.kind, g.round, g.position, g.name,
         g.min_size AS "minSize", g.max_size AS "maxSize", g.seed
    FROM cohort_groups g`;

/** The mixing groups of cohorts and their members; every query is scoped by cohort. */
@Injectable()
export class GroupsRepository {
  constructor(private readonly db: Db) {}

  /** Serialises regrouping and moves within one cohort and kind (held until the transaction ends). */
  async lock(cohortId: string, kind: GroupKind): Promise<void> {
    await this.db.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `cohort_groups:${cohortId}:${kind}`,
    ]);
  }

  groups(cohortId: string): Promise<GroupRow[]> {
    return this.db.manager.query<GroupRow[]>(
      `${GROUP_SELECT} WHERE g.cohort_id = $1 ORDER BY g.kind, g.round, g.position`,
      [cohortId],
    );
  }

  async group(cohortId: string, groupId: string): Promise<GroupRow | null> {
    const rows = await this.db.manager.query<GroupRow[]>(`${GROUP_SELECT} WHERE g.cohort_id = $1 AND g.id = $2`, [
      cohortId,
      groupId,
    ]);
    return rows.at(0) ?? null;
  }

  /** Members with what the groups show of them, in name order. */
  members(cohortId: string): Promise<GroupMemberRow[]> {
    return this.db.manager.query<GroupMemberRow[]>(
      `SELECT m.group_id AS "groupId", m.user_id AS "userId", u.name, u.organisation_id AS "organisationId",
              o.name AS "organisationName", u.work_domain AS "workDomain"
         FROM cohort_group_members m
         JOIN user_directory u ON u.id = m.user_id
         LEFT JOIN organisation_directory o ON o.id = u.organisation_id
        WHERE m.cohort_id = $1
        ORDER BY u.name, m.user_id`,
      [cohortId],
    );
  }

  /** Replaces every group of a kind in the cohort (their members go with them). */
  async replace(cohortId: string, kind: GroupKind, groups: NewGroup[]): Promise<void> {
    await this.db.manager.query(`DELETE FROM cohort_groups WHERE cohort_id = $1 AND kind = $2`, [cohortId, kind]);
    for (const g of groups) {
      const rows = await this.db.manager.query<{ id: string }[]>(
        `INSERT INTO cohort_groups (cohort_id, kind, round, position, name, min_size, max_size, seed)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [cohortId, kind, g.round, g.position, g.name, g.minSize, g.maxSize, g.seed],
      );
      if (g.userIds.length > 0) {
        await this.db.manager.query(
          `INSERT INTO cohort_group_members (group_id, user_id, cohort_id, kind, round)
           SELECT $1, u, $2, $3, $4 FROM unnest($5::uuid[]) AS u`,
          [rows[0].id, cohortId, kind, g.round, g.userIds],
        );
      }
    }
  }

  /** Puts someone in a group, out of whichever group of the same cohort, kind and round they were in. */
  async move(group: GroupRow, userId: string): Promise<void> {
    await this.db.manager.query(
      `DELETE FROM cohort_group_members
        WHERE cohort_id = $1 AND kind = $2 AND round = $3 AND user_id = $4 AND group_id <> $5`,
      [group.cohortId, group.kind, group.round, userId, group.id],
    );
    await this.db.manager.query(
      `INSERT INTO cohort_group_members (group_id, user_id, cohort_id, kind, round)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (group_id, user_id) DO NOTHING`,
      [group.id, userId, group.cohortId, group.kind, group.round],
    );
  }
}
