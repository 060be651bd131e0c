import { Injectable } from '@nestjs/common';
import { IdentityException } from './identity.exception.js';
import { type SeededActor, type SeededUser, UserSeedingRepository } from './user-seeding.repository.js';

/**
 * Accounts written by the catalogue import and the demo seed. Runs inside the caller's
 * transaction (the import and the seed are one unit of work each).
 */
@Injectable()
export class UserSeedingService {
  constructor(private readonly users: UserSeedingRepository) {}

  /** `local@domain`, or the first of `local2@domain`, `local3@domain`, … not yet taken (lower-case). */
  async freeEmail(email: string): Promise<string> {
    const [local, domain] = email.toLowerCase().split('@');
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? `${local}@${domain}` : `${local}${n}@${domain}`;
      if (!(await this.users.emailExists(candidate))) return candidate;
    }
  }

  /** A verified account; returns its id. */
  create(user: SeededUser): Promise<string> {
    return this.users.insertVerified({ ...user, email: user.email.toLowerCase() });
  }

  updateNameAndOrganisation(id: string, name: string, organisationId: string): Promise<void> {
    return this.users.updateNameAndOrganisation(id, name, organisationId);
  }

  /** Ids of the accounts with these (lower-case) addresses; unknown addresses are left out. */
  async idsByEmail(emails: string[]): Promise<Map<string, string>> {
    return new Map((await this.users.findIdsByEmail(emails)).map((u) => [u.email, u.id]));
  }

  /** The user as services that take an actor see them. */
  async actor(id: string): Promise<SeededActor> {
    const actor = await this.users.findActor(id);
    if (!actor) throw IdentityException.userNotFound(id);
    return actor;
  }
}
