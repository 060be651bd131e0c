import { Injectable } from '@nestjs/common';
import { type AuthUser, hasRole, type Role } from '#libs/common';
import { Db } from '#libs/database';
import { OrganisationsService } from '#libs/organisations';
import { AuthSessionsRepository } from './auth-sessions.repository.js';
import { AdminUserDto, AdminUserPageDto, UserSearchQueryDto } from './dto/admin-users.dto.js';
import { ManagerLinkDto } from './dto/manager-links.dto.js';
import { IdentityException } from './identity.exception.js';
import { ManagerLinksRepository, type ManagerLinkRow } from './manager-links.repository.js';
import { User } from './user.entity.js';
import type { UserLanguage } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

export interface Recipient {
  name: string;
  email: string;
  language: UserLanguage;
}

/** Administration of accounts, and look-ups other areas need (names of users). */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: Db,
    private readonly users: UsersRepository,
    private readonly sessions: AuthSessionsRepository,
    private readonly organisations: OrganisationsService,
    private readonly links: ManagerLinksRepository,
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
      if (user.roles.includes('ld'))
        await this.users.setRoles(
          id,
          user.roles.filter((r) => r !== 'ld'),
        );
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
   * The manager who approves for this learner. Named by the learner (by e-mail address or id),
   * it must be an active, verified colleague of the learner's own organisation, or the manager
   * L&D linked for them (which may be of another organisation); never the learner. Named by
   * nobody, it is the L&D link, if any.
   */
  async resolveManager(
    learner: AuthUser,
    ref: { managerId?: string; managerEmail?: string },
  ): Promise<string | undefined> {
    const link = await this.links.findForUser(learner.id);
    if (!ref.managerId && !ref.managerEmail) return link?.managerId;
    const field = ref.managerEmail !== undefined ? 'managerEmail' : 'managerId';
    const manager = ref.managerEmail
      ? await this.users.findByEmail(ref.managerEmail)
      : ref.managerId
        ? await this.users.findById(ref.managerId)
        : null;
    if (!manager || manager.disabledAt || !manager.emailVerifiedAt) {
      throw IdentityException.invalidManager(field, 'No active colleague with this e-mail address uses Collegiaal.');
    }
    if (manager.id === learner.id)
      throw IdentityException.invalidManager(field, 'You cannot approve for yourself: name your manager.');
    if (link?.managerId === manager.id) return manager.id;
    if (!learner.organisationId || manager.organisationId !== learner.organisationId) {
      throw IdentityException.invalidManager(
        field,
        'Your manager must work at your own organisation; L&D can link a manager from another one.',
      );
    }
    return manager.id;
  }

  /** The ids of the people L&D linked to this manager (their team, for the manager's own team page). */
  teamOf(managerId: string): Promise<string[]> {
    return this.links.teamOf(managerId);
  }

  async listManagerLinks(actor: AuthUser): Promise<ManagerLinkDto[]> {
    const scope = this.ldScope(actor);
    return (await this.links.listForOrganisation(scope)).map(toManagerLinkDto);
  }

  /** L&D of the person's organisation (or an admin) sets who approves for them. */
  async setManagerLink(actor: AuthUser, userId: string, managerEmail: string): Promise<ManagerLinkDto> {
    return this.db.transaction(async () => {
      const person = await this.requireInScope(actor, userId);
      const manager = await this.users.findByEmail(managerEmail);
      if (!manager || manager.disabledAt || !manager.emailVerifiedAt) {
        throw IdentityException.invalidManager(
          'managerEmail',
          'No active colleague with this e-mail address uses Collegiaal.',
        );
      }
      if (manager.id === person.id)
        throw IdentityException.invalidManager('managerEmail', 'Nobody can approve for themselves.');
      await this.links.upsert(person.id, manager.id, actor.id);
      const row = (await this.links.listForOrganisation(person.organisationId)).find((l) => l.userId === person.id);
      if (!row) throw IdentityException.userNotFound(person.id);
      return toManagerLinkDto(row);
    });
  }

  async setManagerLinkByEmail(actor: AuthUser, userEmail: string, managerEmail: string): Promise<ManagerLinkDto> {
    const person = await this.users.findByEmail(userEmail);
    if (!person) throw IdentityException.notYourOrganisation();
    return this.setManagerLink(actor, person.id, managerEmail);
  }

  async removeManagerLink(actor: AuthUser, userId: string): Promise<void> {
    await this.db.transaction(async () => {
      await this.requireInScope(actor, userId);
      await this.links.remove(userId);
    });
  }

  /** Whether L&D of an organisation may manage this person: admins any, L&D their own organisation's. */
  async requireInScope(actor: AuthUser, userId: string): Promise<User> {
    const scope = this.ldScope(actor);
    const person = await this.users.findById(userId);
    if (!person || (scope !== null && person.organisationId !== scope)) throw IdentityException.notYourOrganisation();
    return person;
  }

  private ldScope(actor: AuthUser): string | null {
    if (hasRole(actor, 'admin')) return null;
    if (!actor.organisationId) throw IdentityException.organisationRequiredFor('manage people');
    return actor.organisationId;
  }

  /** The language messages to this person are written in; Dutch for someone unknown (erased). */
  async languageOf(id: string): Promise<UserLanguage> {
    return (await this.users.findById(id))?.language ?? 'nl';
  }

  /** Whom a message is mailed to, and in which language; null when the account is gone. */
  async recipient(id: string): Promise<Recipient | null> {
    const user = await this.users.findById(id);
    return user ? { name: user.name, email: user.email, language: user.language } : null;
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

function toManagerLinkDto(l: ManagerLinkRow): ManagerLinkDto {
  return { ...l, createdAt: new Date(l.createdAt).toISOString() };
}
