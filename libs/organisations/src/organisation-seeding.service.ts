import { Injectable } from '@nestjs/common';
import {
  type OrganisationRef,
  type SeededOrganisation,
  OrganisationSeedingRepository,
  type UpsertedOrganisation,
} from './organisation-seeding.repository.js';

/**
 * Organisations written by the catalogue import and the demo seed, by slug. Runs inside the
 * caller's transaction (the import is one unit of work).
 */
@Injectable()
export class OrganisationSeedingService {
  constructor(private readonly organisations: OrganisationSeedingRepository) {}

  /** Creates or updates by slug; e-mail domains are stored lower-case and kept when none are given. */
  upsertBySlug(o: SeededOrganisation): Promise<UpsertedOrganisation> {
    return this.organisations.upsertBySlug({ ...o, emailDomains: o.emailDomains.map((d) => d.toLowerCase()) });
  }

  /** Every organisation by slug, with its e-mail domains. */
  async bySlug(): Promise<Map<string, OrganisationRef>> {
    return new Map((await this.organisations.listRefs()).map((o) => [o.slug, o]));
  }

  count(): Promise<number> {
    return this.organisations.count();
  }
}
