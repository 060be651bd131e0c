import { Injectable } from '@nestjs/common';
import { type AuthUser, type FieldError, hasRole } from '#libs/common';
import { CoursesService } from '#libs/catalogue';
import type { Format } from '#libs/catalogue';
import { Db } from '#libs/database';
import { isOwner } from './cohorts/cohort-access.js';
import { CohortsService } from './cohorts/cohorts.service.js';
import type {
  CreateProgrammeDto,
  PartInputDto,
  ProgrammeDto,
  ProgrammeSummaryDto,
  UpdateProgrammeDto,
} from './dto/programme.dto.js';
import type { ProgrammePart } from './programmes.entities.js';
import { ProgrammeException } from './programmes.exception.js';
import { ProgrammesRepository } from './programmes.repository.js';
import type { ProgrammeRow, ProgrammeSummaryRow } from './programmes.repository.js';

/** Programmes: their catalogue entry (through the catalogue), structure, owners and audience. */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly db: Db,
    private readonly programmes: ProgrammesRepository,
    private readonly courses: CoursesService,
    private readonly cohorts: CohortsService,
  ) {}

  /** L&D make programmes for their organisation; co-owners and audience are other organisations. */
  async create(user: AuthUser, dto: CreateProgrammeDto): Promise<ProgrammeDto> {
    if (!(hasRole(user, 'ld') || hasRole(user, 'admin')) || !user.organisationId)
      throw ProgrammeException.notAllowed('Only L&D of a verified organisation can create programmes.');
    const organisationId = user.organisationId;
    const id = await this.db.transaction(async () => {
      await this.checkOrganisations(dto.coOwnerOrganisationIds ?? [], dto.audienceOrganisationIds ?? []);
      checkAudience(dto.audience ?? 'all', dto.audienceOrganisationIds ?? []);
      checkTotal(dto.parts);
      const courseId = await this.courses.createProgramme({
        title: dto.title,
        summary: dto.why,
        description: dto.description ?? '',
        learningGoals: dto.goals ?? [],
        topics: dto.topics ?? [],
        durationHours: totalHours(dto.parts),
        format: formatOf(dto.parts),
        requiresManagerApproval: dto.requiresManagerApproval ?? false,
        organisationId,
        createdById: user.id,
      });
      await this.programmes.insert(courseId, dto.audience ?? 'all');
      await this.programmes.replaceCoOwners(
        courseId,
        (dto.coOwnerOrganisationIds ?? []).filter((o) => o !== organisationId),
      );
      await this.programmes.replaceAudience(courseId, dto.audienceOrganisationIds ?? []);
      await this.writeStructure(courseId, dto.parts);
      return courseId;
    });
    return this.get(id, user);
  }

  async update(id: string, user: AuthUser, dto: UpdateProgrammeDto): Promise<ProgrammeDto> {
    await this.db.transaction(async () => {
      const p = await this.requireEditable(id, user);
      if (!(await this.programmes.lock(id))) throw ProgrammeException.notFound(id);
      await this.checkOrganisations(dto.coOwnerOrganisationIds ?? [], dto.audienceOrganisationIds ?? []);
      const audience = dto.audience ?? p.audience;
      const listed = dto.audienceOrganisationIds ?? (await this.programmes.audienceOrganisations(id)).map((o) => o.id);
      checkAudience(audience, listed);
      if (dto.parts) await this.writeStructure(id, dto.parts);
      const parts = await this.programmes.parts(id);
      await this.courses.updateProgramme(id, {
        ...(dto.title !== undefined ? { title: dto.title } : {}),
        ...(dto.why !== undefined ? { summary: dto.why } : {}),
        ...(dto.description !== undefined ? { description: dto.description } : {}),
        ...(dto.goals !== undefined ? { learningGoals: dto.goals } : {}),
        ...(dto.topics !== undefined ? { topics: dto.topics } : {}),
        ...(dto.requiresManagerApproval !== undefined ? { requiresManagerApproval: dto.requiresManagerApproval } : {}),
        durationHours: totalHours(parts),
        format: formatOf(parts),
      });
      if (dto.audience !== undefined) await this.programmes.setAudience(id, dto.audience);
      if (dto.audienceOrganisationIds) await this.programmes.replaceAudience(id, dto.audienceOrganisationIds);
      if (dto.coOwnerOrganisationIds)
        await this.programmes.replaceCoOwners(
          id,
          dto.coOwnerOrganisationIds.filter((o) => o !== p.organisationId),
        );
    });
    return this.get(id, user);
  }

  async transition(id: string, user: AuthUser, to: 'published' | 'archived'): Promise<ProgrammeDto> {
    await this.db.transaction(async () => {
      await this.requireEditable(id, user);
      await this.courses.transitionProgramme(id, to);
    });
    return this.get(id, user);
  }

  /** Published programmes are public; drafts and archived ones exist only for their owners. */
  async get(id: string, user?: AuthUser): Promise<ProgrammeDto> {
    const p = await this.programmes.findById(id);
    if (!p) throw ProgrammeException.notFound(id);
    const coOwners = await this.programmes.coOwners(id);
    const canEdit =
      !!user &&
      isOwner(
        user,
        p.organisationId,
        coOwners.map((o) => o.id),
      );
    if (p.status !== 'published' && !canEdit) throw ProgrammeException.notFound(id);
    const [parts, audienceOrganisations, cohorts] = await Promise.all([
      this.programmes.parts(id),
      this.programmes.audienceOrganisations(id),
      this.cohorts.forProgramme(id, user, canEdit),
    ]);
    return {
      id: p.id,
      title: p.title,
      why: p.summary,
      description: p.description,
      goals: p.learningGoals,
      topics: p.topics,
      status: p.status,
      organisation: { id: p.organisationId, name: p.organisationName },
      coOwners,
      audience: p.audience,
      audienceOrganisations,
      requiresManagerApproval: p.requiresManagerApproval,
      durationHours: totalHours(parts),
      parts: parts.map(toPartDto),
      cohorts,
      canEdit,
    };
  }

  async list(user: AuthUser | undefined, managed: boolean): Promise<ProgrammeSummaryDto[]> {
    if (!managed) return (await this.programmes.listPublished()).map(toSummary);
    if (!user || !(hasRole(user, 'ld') || hasRole(user, 'admin')))
      throw ProgrammeException.notAllowed('Only L&D manage programmes.');
    const scope = hasRole(user, 'admin') ? null : user.organisationId;
    if (!scope && !hasRole(user, 'admin')) return [];
    return (await this.programmes.listManaged(scope)).map(toSummary);
  }

  private async requireEditable(id: string, user: AuthUser): Promise<ProgrammeRow> {
    const p = await this.programmes.findById(id);
    if (!p) throw ProgrammeException.notFound(id);
    const coOwners = (await this.programmes.coOwners(id)).map((o) => o.id);
    if (isOwner(user, p.organisationId, coOwners)) return p;
    if (p.status === 'published')
      throw ProgrammeException.notAllowed('Only the owners of this programme may change it.');
    throw ProgrammeException.notFound(id);
  }

  private async checkOrganisations(coOwners: string[], audience: string[]): Promise<void> {
    const all = [...new Set([...coOwners, ...audience])];
    const found = new Set(await this.programmes.existingOrganisationIds(all));
    const errors: FieldError[] = [];
    const missing = (ids: string[]) => ids.filter((i) => !found.has(i));
    if (missing(coOwners).length)
      errors.push({
        field: 'coOwnerOrganisationIds',
        messages: [`unknown organisations: ${missing(coOwners).join(', ')}`],
      });
    if (missing(audience).length)
      errors.push({
        field: 'audienceOrganisationIds',
        messages: [`unknown organisations: ${missing(audience).join(', ')}`],
      });
    if (errors.length) throw ProgrammeException.invalid(errors);
  }

  /** The structure in order: parts with an id are kept (their cohorts' dates with them), new ones added. */
  private async writeStructure(id: string, input: PartInputDto[]): Promise<void> {
    checkTotal(input);
    const current = await this.programmes.parts(id);
    const currentIds = new Set(current.map((p) => p.id));
    const errors: FieldError[] = [];
    const givenIds = input.flatMap((p) => (p.id ? [p.id] : []));
    givenIds.forEach((pid, i) => {
      if (!currentIds.has(pid))
        errors.push({ field: `parts[${String(i)}].id`, messages: ['unknown part of this programme'] });
    });
    if (new Set(givenIds).size !== givenIds.length) errors.push({ field: 'parts', messages: ['a part appears twice'] });
    if (errors.length) throw ProgrammeException.invalid(errors);
    const removeIds = current.filter((p) => !givenIds.includes(p.id)).map((p) => p.id);
    const scheduled = new Set(await this.programmes.scheduledPartIds(id));
    const blocked = removeIds.filter((r) => scheduled.has(r));
    if (blocked.length)
      throw ProgrammeException.illegal(
        'A part that a cohort has scheduled cannot be removed: change the cohort first.',
      );
    const values = input.map((p, position) => ({
      programmeId: id,
      position,
      title: p.title,
      kind: p.kind,
      durationHours: p.durationHours,
      format: p.format,
      description: p.description ?? '',
      allowsGuests: p.allowsGuests ?? false,
      id: p.id,
    }));
    const keep = values.flatMap((v) => (v.id ? [{ ...v, id: v.id }] : []));
    const add = values.filter((v) => !v.id).map(({ id: _unused, ...v }) => v);
    await this.programmes.writeParts(id, keep, add, removeIds);
  }
}

function checkAudience(audience: 'all' | 'listed', listed: string[]): void {
  if (audience === 'listed' && !listed.length)
    throw ProgrammeException.invalid([
      { field: 'audienceOrganisationIds', messages: ['name at least one organisation for a listed audience'] },
    ]);
}

/** The catalogue keeps a duration as numeric(5,2): a programme's parts add up to at most this. */
const MAX_TOTAL_HOURS = 999;

function checkTotal(parts: { durationHours: number }[]): void {
  if (parts.reduce((sum, p) => sum + p.durationHours, 0) > MAX_TOTAL_HOURS)
    throw ProgrammeException.invalid([
      { field: 'parts', messages: [`the parts add up to more than ${String(MAX_TOTAL_HOURS)} hours`] },
    ]);
}

function totalHours(parts: { durationHours: number }[]): number {
  return Math.max(0.25, Math.round(parts.reduce((sum, p) => sum + p.durationHours, 0) * 100) / 100);
}

/** Online when every part is, in person when every part is, otherwise hybrid. */
function formatOf(parts: { format: Format }[]): Format {
  const formats = new Set(parts.map((p) => p.format));
  if (formats.size === 1) return [...formats][0];
  return 'hybride';
}

function toPartDto(p: ProgrammePart) {
  return {
    id: p.id,
    position: p.position,
    title: p.title,
    kind: p.kind,
    durationHours: p.durationHours,
    format: p.format,
    description: p.description,
    allowsGuests: p.allowsGuests,
  };
}

function toSummary(r: ProgrammeSummaryRow): ProgrammeSummaryDto {
  return {
    id: r.id,
    title: r.title,
    why: r.summary,
    status: r.status,
    organisationName: r.organisationName,
    partCount: r.partCount,
    durationHours: r.durationHours,
    nextCohortStartsAt: r.nextCohortStartsAt,
    seatsLeft: r.seatsLeft,
  };
}
