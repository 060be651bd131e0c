import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { ManagerLink } from './manager-link.entity.js';

export interface ManagerLinkRow {
  userId: string;
  userName: string;
  userEmail: string;
  managerId: string;
  managerName: string;
  managerEmail: string;
  managerOrganisationId: string | null;
  linkedById: string | null;
  createdAt: Date;
}

@Injectable()
export class ManagerLinksRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.manager.getRepository(ManagerLink);
  }

  findForUser(userId: string): Promise<ManagerLink | null> {
    return this.repo.findOneBy({ userId });
  }

  /** Whether L&D linked anyone to this person as their manager (one index probe). */
  async isManagerOfAnyone(managerId: string): Promise<boolean> {
    return this.repo.exists({ where: { managerId } });
  }

  /** The people L&D linked to this manager: their ids, in one query. */
  async teamOf(managerId: string): Promise<string[]> {
    const rows = await this.repo.find({ where: { managerId }, select: { userId: true } });
    return rows.map((r) => r.userId);
  }

  async upsert(userId: string, managerId: string, linkedById: string): Promise<void> {
    await this.repo.upsert({ userId, managerId, linkedById, createdAt: new Date() }, ['userId']);
  }

  async remove(userId: string): Promise<boolean> {
    return ((await this.repo.delete({ userId })).affected ?? 0) > 0;
  }

  /** The links of the people of one organisation (null: every organisation, for admins). */
  listForOrganisation(organisationId: string | null): Promise<ManagerLinkRow[]> {
    return this.db.manager.query(
      `SELECT l.user_id AS "userId", u.name AS "userName", u.email AS "userEmail",
              l.manager_id AS "managerId", m.name AS "managerName", m.email AS "managerEmail",
              m.organisation_id AS "managerOrganisationId", l.linked_by_id AS "linkedById", l.created_at AS "createdAt"
         FROM manager_links l JOIN users u ON u.id = l.user_id JOIN users m ON m.id = l.manager_id
        WHERE $1::uuid IS NULL OR u.organisation_id = $1
        ORDER BY u.name, u.id`,
      [organisationId],
    );
  }
}
