import { Injectable } from '@nestjs/common';
import type { Role } from '#libs/common';
import { IsNull } from 'typeorm';
import { Db } from '#libs/database';
import { IdentityException } from './identity.exception.js';
import { User } from './user.entity.js';
import type { UserLanguage, WorkDomain } from './user.entity.js';

export interface CallerRow {
  id: string;
  email: string;
  name: string;
  organisationId: string | null;
  roles: Role[];
}

@Injectable()
export class UsersRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.manager.getRepository(User);
  }

  findById(id: string): Promise<User | null> {
    return this.repo.findOneBy({ id });
  }

  /** Includes the password hash, which is otherwise never selected. */
  findForLogin(email: string): Promise<User | null> {
    return this.repo
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.toLowerCase() })
      .getOne();
  }

  findByEmail(email: string): Promise<User | null> {
    return this.repo.findOneBy({ email: email.toLowerCase() });
  }

  existsByEmail(email: string): Promise<boolean> {
    return this.repo.existsBy({ email: email.toLowerCase() });
  }

  /**
   * The caller of an authenticated request: only an enabled user with a live, unrevoked
   * session. One query per request; roles come from here, not from the token.
   */
  async findCaller(userId: string, sessionId: string): Promise<CallerRow | null> {
    const rows: CallerRow[] = await this.db.manager.query(
      `SELECT u.id, u.email, u.name, u.organisation_id AS "organisationId", u.roles
         FROM users u
         JOIN auth_sessions s ON s.user_id = u.id
        WHERE u.id = $1 AND s.id = $2 AND u.disabled_at IS NULL
          AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [userId, sessionId],
    );
    return rows[0] ?? null;
  }

  insert(
    values: Pick<User, 'email' | 'name' | 'passwordHash' | 'organisationId' | 'roles' | 'emailVerifiedAt'> &
      Partial<Pick<User, 'language'>>,
  ): Promise<User> {
    return this.repo.save(this.repo.create({ ...values, email: values.email.toLowerCase(), disabledAt: null }));
  }

  /** Someone registers again before verifying: the latest details win (only the mailbox owner can finish). */
  async updateUnverified(id: string, values: Pick<User, 'name' | 'passwordHash' | 'organisationId'>): Promise<User> {
    await this.repo.update({ id, emailVerifiedAt: IsNull() }, values);
    const user = await this.findById(id);
    if (!user) throw IdentityException.userNotFound(id);
    return user;
  }

  /** The address is proven: the account takes the name and password of the registration whose link was opened. */
  async markVerified(id: string, values: Pick<User, 'organisationId' | 'name' | 'passwordHash'>): Promise<void> {
    await this.repo.update({ id }, { emailVerifiedAt: new Date(), ...values });
  }

  async setOrganisation(id: string, organisationId: string | null): Promise<void> {
    await this.repo.update({ id }, { organisationId });
  }

  async setRoles(id: string, roles: Role[]): Promise<void> {
    await this.repo.update({ id }, { roles });
  }

  async setLanguage(id: string, language: UserLanguage): Promise<void> {
    await this.repo.update({ id }, { language });
  }

  async setWorkDomain(id: string, workDomain: WorkDomain | null): Promise<void> {
    await this.repo.update({ id }, { workDomain });
  }

  async setDisabled(id: string, disabledAt: Date | null): Promise<void> {
    await this.repo.update({ id }, { disabledAt });
  }

  search(filter: { q?: string; organisationId?: string }, page: number, pageSize: number): Promise<[User[], number]> {
    const qb = this.repo.createQueryBuilder('u').orderBy('u.name', 'ASC').addOrderBy('u.id', 'ASC');
    if (filter.q) qb.andWhere('(u.name ILIKE :q OR u.email ILIKE :q)', { q: `%${escapeLike(filter.q)}%` });
    if (filter.organisationId) qb.andWhere('u.organisation_id = :org', { org: filter.organisationId });
    return qb
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
