import { Injectable } from '@nestjs/common';
import type { Role } from '#libs/common';
import { Db } from '#libs/database';
import { OrganisationsService } from '#libs/organisations';
import { AuthSessionsRepository } from './auth-sessions.repository.js';
import { AdminUserDto, AdminUserPageDto, UserSearchQueryDto } from './dto/admin-users.dto.js';
import { IdentityException } from './identity.exception.js';
import { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';


/** Administration of accounts, and look-ups other areas need (names of users). */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: Db,
    private readonly users: UsersRepository,
    private readonly sessions: AuthSessionsRepository,
    private readonly organisations: OrganisationsService,
  ) {}

  async search(query: UserSearchQueryDto): Promise<AdminUserPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.users.search({ q: query.q, organisationId: query.organisationId }, page, pageSize);
    return { items: rows.map(toAdminDto), page, pageSize, total };
  }

  async setRoles(id: string, roles: Role[]): Promise<AdminUserDto> {
    return this.db.transaction(async () => {
      await this.require(id);
      await this.users.setRoles(id, roles);
      return toAdminDto(await this.require(id));
    });
  }

  /**
   * Takes effect on the caller's next request (it is re-read every time). L&D is a role within
   * one organisation, so it does not move along.
   */
  async setOrganisation(id: string, organisationId: string | null): Promise<AdminUserDto> {
    if (organisationId) await this.organisations.require(organisationId);
    return this.db.transaction(async () => {
      const user = await this.require(id);
      if (user.organisationId === organisationId) return toAdminDto(user);
      await this.users.setOrganisation(id, organisationId);
      if (user.roles.includes('ld')) await this.users.setRoles(id, user.roles.filter((r) => r !== 'ld'));
      return toAdminDto(await this.require(id));
    });
  }

  /** Disabling also revokes every session, so the user's tokens stop working at once. */
  async setDisabled(id: string, disabled: boolean): Promise<AdminUserDto> {
    return this.db.transaction(async () => {
      await this.require(id);
      await this.users.setDisabled(id, disabled ? new Date() : null);
      if (disabled) await this.sessions.revokeAllForUser(id, 'account_disabled');
      return toAdminDto(await this.require(id));
    });
  }

  /**
   * The active user with this e-mail address, for forms where people name a colleague (their
   * manager) by address: ids mean nothing to them.
   */
  async findActiveIdByEmail(email: string): Promise<string | null> {
    const user = await this.users.findByEmail(email);
    return user && !user.disabledAt ? user.id : null;
  }

  async require(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw IdentityException.userNotFound(id);
    return user;
  }
}

function toAdminDto(u: User): AdminUserDto {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    organisationId: u.organisationId,
    roles: u.roles,
    disabledAt: u.disabledAt ? u.disabledAt.toISOString() : null,
    emailVerifiedAt: u.emailVerifiedAt ? u.emailVerifiedAt.toISOString() : null,
  };
}
