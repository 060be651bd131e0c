import { Injectable } from '@nestjs/common';
import { type AuthUser, hasRole } from '#libs/common';
import { ProgrammeException } from '../programmes.exception.js';
import type { CohortRole } from './cohort.entities.js';
import { CohortsRepository } from './cohorts.repository.js';
import type { CohortParticipant, CohortPartRow, CohortRow } from './cohorts.repository.js';

export type CohortAccessRole = 'owner' | CohortRole;
/** Who may change a cohort's set-up: the programme's owners and the cohort's organisers. */
const ORGANISER_ROLES: readonly CohortAccessRole[] = ['owner', 'organiser'];

/** Who may see and do what in a cohort; the one place that answers it for every sub-area. */
@Injectable()
export class CohortAccess {
  constructor(private readonly cohorts: CohortsRepository) {}

  async cohort(cohortId: string): Promise<CohortRow> {
    const c = await this.cohorts.findById(cohortId);
    if (!c) throw ProgrammeException.cohortNotFound(cohortId);
    return c;
  }

  parts(cohortId: string): Promise<CohortPartRow[]> {
    return this.cohorts.parts(cohortId);
  }

  /** 'owner': L&D of the owning or a co-owning organisation, or an administrator. */
  async role(user: AuthUser, cohortId: string): Promise<CohortAccessRole | null> {
    const c = await this.cohort(cohortId);
    return this.roleIn(user, c);
  }

  async roleIn(user: AuthUser, c: CohortRow): Promise<CohortAccessRole | null> {
    if (isOwner(user, c.organisationId, c.coOwnerIds)) return 'owner';
    return this.cohorts.staffRole(c.id, user.id);
  }

  /** The caller's role; 404 to whoever is neither staff nor participant, 403 to a participant or a lesser role. */
  async requireStaff(
    user: AuthUser,
    cohortId: string,
    roles: readonly CohortAccessRole[] = ['owner', 'organiser', 'trainer', 'versneller'],
  ): Promise<CohortAccessRole> {
    const c = await this.cohort(cohortId);
    const role = await this.roleIn(user, c);
    if (role && roles.includes(role)) return role;
    if (role || (await this.cohorts.isParticipant(cohortId, user.id)) || c.programmeStatus === 'published')
      throw ProgrammeException.notAllowed('Only the organisers of this cohort may do this.');
    throw ProgrammeException.cohortNotFound(cohortId);
  }

  /** Organiser rights on a cohort whose set-up can still change: a cancelled cohort is 409 to every change. */
  async requireOrganiser(user: AuthUser, cohortId: string): Promise<CohortAccessRole> {
    const role = await this.requireStaff(user, cohortId, ORGANISER_ROLES);
    if ((await this.cohort(cohortId)).status === 'cancelled')
      throw ProgrammeException.illegal('This cohort is cancelled: its set-up, modules and groups no longer change.');
    return role;
  }

  participants(cohortId: string): Promise<CohortParticipant[]> {
    return this.cohorts.participants(cohortId);
  }

  isParticipant(userId: string, cohortId: string): Promise<boolean> {
    return this.cohorts.isParticipant(cohortId, userId);
  }

  /** A confirmed participant; others get 404 unless the cohort is public (then 403). */
  async requireParticipant(user: AuthUser, cohortId: string): Promise<CohortRow> {
    const c = await this.cohort(cohortId);
    if (await this.cohorts.isParticipant(cohortId, user.id)) return c;
    if (c.programmeStatus === 'published' || (await this.roleIn(user, c)))
      throw ProgrammeException.notAllowed('Only confirmed participants of this cohort may do this.');
    throw ProgrammeException.cohortNotFound(cohortId);
  }
}

/** L&D of the owning or a co-owning organisation, or an administrator. */
export function isOwner(user: AuthUser, organisationId: string, coOwnerIds: readonly string[]): boolean {
  if (hasRole(user, 'admin')) return true;
  if (!hasRole(user, 'ld') || !user.organisationId) return false;
  return user.organisationId === organisationId || coOwnerIds.includes(user.organisationId);
}
