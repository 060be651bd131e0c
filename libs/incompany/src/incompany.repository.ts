import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { SessionStatus } from '#libs/catalogue';
import { Db } from '#libs/database';
import { InCompanyInvitation, InCompanyRequest } from './incompany.entities.js';
import type { InvitationStatus } from './incompany.entities.js';

/** An invitation with the trainer it went to (read through the catalogue's and identity's directory views). */
export interface InvitationRow {
  id: string;
  requestId: string;
  teacherProfileId: string;
  status: InvitationStatus;
  message: string | null;
  managerId: string | null;
  releaseStatus: InCompanyInvitation['releaseStatus'];
  respondedAt: Date | null;
  createdAt: Date;
  trainerName: string;
  trainerUserId: string;
  organisationName: string;
}

/** A scheduled request's session, as the catalogue's session_directory shows it. */
export interface SessionRow {
  id: string;
  courseId: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string | null;
  address: string | null;
  city: string | null;
  region: string | null;
  onlineUrl: string | null;
  status: SessionStatus;
}

export interface Trainer {
  id: string;
  userId: string;
  inCompany: boolean;
}

export interface Involvement {
  requestId: string;
  asTrainer: boolean;
  asManager: boolean;
}

/** The columns of the invitation query, as PostgreSQL returns them. */
interface InvitationRecord {
  id: string;
  request_id: string;
  teacher_profile_id: string;
  status: InvitationStatus;
  message: string | null;
  manager_id: string | null;
  release_status: InCompanyInvitation['releaseStatus'];
  responded_at: Date | null;
  created_at: Date;
  trainer_name: string;
  trainer_user_id: string;
  organisation_name: string;
}

interface SessionRecord {
  id: string;
  course_id: string;
  starts_at: Date;
  ends_at: Date;
  venue_name: string | null;
  address: string | null;
  city: string | null;
  region: string | null;
  online_url: string | null;
  status: SessionStatus;
}

interface TrainerRecord {
  id: string;
  user_id: string;
  in_company: boolean;
}

interface InvolvementRecord {
  request_id: string;
  as_trainer: boolean;
  as_manager: boolean;
}

function toInvitationRow(r: InvitationRecord): InvitationRow {
  return {
    id: r.id,
    requestId: r.request_id,
    teacherProfileId: r.teacher_profile_id,
    status: r.status,
    message: r.message,
    managerId: r.manager_id,
    releaseStatus: r.release_status,
    respondedAt: r.responded_at,
    createdAt: r.created_at,
    trainerName: r.trainer_name,
    trainerUserId: r.trainer_user_id,
    organisationName: r.organisation_name,
  };
}

function toSessionRow(r: SessionRecord): SessionRow {
  return {
    id: r.id,
    courseId: r.course_id,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    venueName: r.venue_name,
    address: r.address,
    city: r.city,
    region: r.region,
    onlineUrl: r.online_url,
    status: r.status,
  };
}

function toTrainer(r: TrainerRecord): Trainer {
  return { id: r.id, userId: r.user_id, inCompany: r.in_company };
}

function toInvolvement(r: InvolvementRecord): Involvement {
  return { requestId: r.request_id, asTrainer: r.as_trainer, asManager: r.as_manager };
}

/**
 * Queries of in-company requests; every list is scoped to who asks (organisation, trainer, manager).
 * Teachers, users, organisations and sessions are other libs' tables: read through their directory views.
 */
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

  /** Newest first. */
  findByIds(ids: string[]): Promise<InCompanyRequest[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.requests.find({ where: { id: In(ids) }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  findByIdForUpdate(id: string): Promise<InCompanyRequest | null> {
    return this.requests.createQueryBuilder('r').where('r.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async update(id: string, values: Partial<InCompanyRequest>): Promise<void> {
    await this.requests.update({ id }, values);
  }

  /** Ids of an organisation's requests (every organisation's when null). */
  async idsForOrganisation(organisationId: string | null): Promise<string[]> {
    const rows = await this.requests.find({
      select: { id: true },
      where: organisationId ? { organisationId } : {},
      order: { createdAt: 'DESC' },
    });
    return rows.map((r) => r.id);
  }

  async invitationRows(requestIds: string[]): Promise<InvitationRow[]> {
    if (!requestIds.length) return [];
    const rows = await this.db.manager.query<InvitationRecord[]>(
      `SELECT i.id, i.request_id, i.teacher_profile_id, i.status::text AS status, i.message, i.manager_id,
              i.release_status, i.responded_at, i.created_at,
              u.name AS trainer_name, u.id AS trainer_user_id, o.name AS organisation_name
         FROM incompany_invitations i JOIN teacher_directory tp ON tp.id = i.teacher_profile_id
         JOIN user_directory u ON u.id = tp.user_id JOIN organisation_directory o ON o.id = u.organisation_id
        WHERE i.request_id = ANY($1::uuid[]) ORDER BY i.created_at, u.name`,
      [requestIds],
    );
    return rows.map(toInvitationRow);
  }

  findInvitation(id: string): Promise<InCompanyInvitation | null> {
    return this.invitations.findOneBy({ id });
  }

  async updateInvitation(id: string, values: Partial<InCompanyInvitation>): Promise<void> {
    await this.invitations.update({ id }, values);
  }

  /** Adds invitations, leaving existing ones as they are; returns the ones added. */
  async invite(requestId: string, teacherProfileIds: string[]): Promise<string[]> {
    const rows = await this.db.manager.query<{ teacher_profile_id: string }[]>(
      `INSERT INTO incompany_invitations (request_id, teacher_profile_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT (request_id, teacher_profile_id) DO NOTHING RETURNING teacher_profile_id`,
      [requestId, teacherProfileIds],
    );
    return rows.map((r) => r.teacher_profile_id);
  }

  async trainers(ids: string[]): Promise<Trainer[]> {
    if (!ids.length) return [];
    const rows = await this.db.manager.query<TrainerRecord[]>(
      `SELECT id, user_id, in_company FROM teacher_directory WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(toTrainer);
  }

  /** Requests where the user is an invited trainer or a manager asked to release time. */
  async involving(userId: string): Promise<Involvement[]> {
    const rows = await this.db.manager.query<InvolvementRecord[]>(
      `SELECT i.request_id, bool_or(tp.user_id = $1) AS as_trainer, bool_or(i.manager_id = $1) AS as_manager
         FROM incompany_invitations i JOIN teacher_directory tp ON tp.id = i.teacher_profile_id
        WHERE tp.user_id = $1 OR i.manager_id = $1 GROUP BY i.request_id`,
      [userId],
    );
    return rows.map(toInvolvement);
  }

  /** Names of organisations by id, in one query. */
  async organisationNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db.manager.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM organisation_directory WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async sessionStart(sessionId: string): Promise<Date | null> {
    const rows = await this.db.manager.query<{ starts_at: Date }[]>(
      `SELECT starts_at FROM session_directory WHERE id = $1`,
      [sessionId],
    );
    return rows.at(0)?.starts_at ?? null;
  }

  /** The sessions of scheduled requests by id, in one query (also when none is scheduled: a fixed count for a list). */
  async sessions(ids: string[]): Promise<Map<string, SessionRow>> {
    const rows = await this.db.manager.query<SessionRecord[]>(
      `SELECT id, course_id, starts_at, ends_at, venue_name, address, city, region, online_url, status::text AS status
         FROM session_directory WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, toSessionRow(r)]));
  }
}
