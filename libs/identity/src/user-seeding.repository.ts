import { Injectable } from '@nestjs/common';
import type { Role } from '#libs/common';
import { Db } from '#libs/database';
import type { WorkDomain } from './user.entity.js';

/** An account the catalogue import or the demo seed makes: its address counts as verified. */
export interface SeededUser {
  email: string;
  name: string;
  organisationId: string;
  passwordHash: string;
  roles: Role[];
  /** Left out: not given. */
  workDomain?: WorkDomain | null;
}

/** A user as the services they act in see them (without the session of a request). */
export interface SeededActor {
  id: string;
  email: string;
  name: string;
  organisationId: string | null;
  roles: Role[];
}

@Injectable()
export class UserSeedingRepository {
  constructor(private readonly db: Db) {}

  async emailExists(email: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(`SELECT 1 FROM users WHERE email = $1`, [email]);
    return rows.length > 0;
  }

  async insertVerified(u: SeededUser): Promise<string> {
    const [row] = await this.db.manager.query<{ id: string }[]>(
      `INSERT INTO users (email, name, organisation_id, password_hash, roles, work_domain, email_verified_at)
       VALUES ($1, $2, $3, $4, $5::text[], $6, now()) RETURNING id`,
      [u.email, u.name, u.organisationId, u.passwordHash, u.roles, u.workDomain ?? null],
    );
    return row.id;
  }

  async updateNameAndOrganisation(id: string, name: string, organisationId: string): Promise<void> {
    await this.db.manager.query(`UPDATE users SET name = $2, organisation_id = $3, updated_at = now() WHERE id = $1`, [
      id,
      name,
      organisationId,
    ]);
  }

  findIdsByEmail(emails: string[]): Promise<{ id: string; email: string }[]> {
    return this.db.manager.query<{ id: string; email: string }[]>(
      `SELECT id, email FROM users WHERE email = ANY($1::text[])`,
      [emails],
    );
  }

  async findActor(id: string): Promise<SeededActor | null> {
    const rows = await this.db.manager.query<SeededActor[]>(
      `SELECT id, email, name, organisation_id AS "organisationId", roles FROM users WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
}
