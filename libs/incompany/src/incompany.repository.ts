import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { InCompanyInvitation, InCompanyRequest } from './incompany.entities.js';

export interface InvitationRow extends InCompanyInvitation {
  trainerName: string;
  trainerUserId: string;
  organisationName: string;
}

/** Queries of in-company requests; every list is scoped to who asks (organisation, trainer, manager). */
@Injectable()
export class InCompanyRepository {
  constructor(private readonly db: Db) {}

  private get requests() {
    return this.db.manager.getRepository(InCompanyRequest);
  }

  private get invitations() {
    return this.db.manager.getRepository(InCompanyInvitation);
  }

  insert(values: Partial<InCompanyRequest>): Promise<InCompanyRequest> {
    return this.requests.save(this.requests.create(values));
  }

  findById(id: string): Promise<InCompanyRequest | null> {
    return this.requests.findOneBy({ id });
  }

  findByIdForUpdate(id: string): Promise<InCompanyRequest | null> {
    return this.requests.createQueryBuilder('r').where('r.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async update(id: string, values: Partial<InCompanyRequest>): Promise<void> {
    await this.requests.update({ id }, values);
  }

  listForOrganisation(organisationId: string | null): Promise<InCompanyRequest[]> {
    return this.requests.find({ where: organisationId ? { organisationId } : {}, order: { createdAt: 'DESC' } });
  }

  invitationRows(requestIds: string[]): Promise<InvitationRow[]> {
    if (!requestIds.length) return Promise.resolve([]);
    return this.db.manager.query(
      `SELECT i.id, i.request_id AS "requestId", i.teacher_profile_id AS "teacherProfileId", i.status::text AS status, i.message,
              i.manager_id AS "managerId", i.release_status AS "releaseStatus", i.responded_at AS "respondedAt", i.created_at AS "createdAt",
              u.name AS "trainerName", u.id AS "trainerUserId", o.name AS "organisationName"
         FROM incompany_invitations i JOIN teacher_profiles tp ON tp.id = i.teacher_profile_id
         JOIN users u ON u.id = tp.user_id JOIN organisations o ON o.id = u.organisation_id
        WHERE i.request_id = ANY($1::uuid[]) ORDER BY i.created_at, u.name`,
      [requestIds],
    );
  }

  findInvitation(id: string): Promise<InCompanyInvitation | null> {
    return this.invitations.findOneBy({ id });
  }

  async updateInvitation(id: string, values: Partial<InCompanyInvitation>): Promise<void> {
    await this.invitations.update({ id }, values);
  }

  /** Adds invitations, leaving existing ones as they are; returns the ones added. */
  async invite(requestId: string, teacherProfileIds: string[]): Promise<string[]> {
    const rows: { teacher_profile_id: string }[] = await this.db.manager.query(
      `INSERT INTO incompany_invitations (request_id, teacher_profile_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT (request_id, teacher_profile_id) DO NOTHING RETURNING teacher_profile_id`,
      [requestId, teacherProfileIds],
    );
    return rows.map((r) => r.teacher_profile_id);
  }

  async trainers(ids: string[]): Promise<{ id: string; userId: string; inCompany: boolean }[]> {
    if (!ids.length) return [];
    return this.db.manager.query(
      `SELECT id, user_id AS "userId", in_company AS "inCompany" FROM teacher_profiles WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Requests where the user is an invited trainer or a manager asked to release time. */
  requestIdsInvolving(userId: string): Promise<{ requestId: string; asTrainer: boolean; asManager: boolean }[]> {
    return this.db.manager.query(
      `SELECT i.request_id AS "requestId", bool_or(tp.user_id = $1) AS "asTrainer", bool_or(i.manager_id = $1) AS "asManager"
         FROM incompany_invitations i JOIN teacher_profiles tp ON tp.id = i.teacher_profile_id
        WHERE tp.user_id = $1 OR i.manager_id = $1 GROUP BY i.request_id`,
      [userId],
    );
  }

  async organisationName(id: string): Promise<string> {
    const [row] = await this.db.manager.query(`SELECT name FROM organisations WHERE id = $1`, [id]);
    return row?.name ?? '';
  }

  async sessionStart(sessionId: string): Promise<Date | null> {
    const [row] = await this.db.manager.query(`SELECT starts_at FROM course_sessions WHERE id = $1`, [sessionId]);
    return row?.starts_at ?? null;
  }
}
