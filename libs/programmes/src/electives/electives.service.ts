import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { AuthUser, FieldError } from '#libs/common';
import { Db } from '#libs/database';
import { JobQueue } from '#libs/jobs';
import { NotificationsService } from '#libs/notifications';
import { CohortAccess } from '../cohorts/cohort-access.js';
import type { CohortAccessRole } from '../cohorts/cohort-access.js';
import type { CohortPartRow, CohortRow } from '../cohorts/cohorts.repository.js';
import { allocate, explainAllocation } from './allocation.js';
import type {
  AllocatedPersonDto,
  AllocationDto,
  ChoicesDto,
  ChoicesOverviewDto,
  CreateModuleDto,
  ModuleDto,
  ModuleListDto,
  ModuleParticipantsDto,
  MoveAllocationDto,
  MyChoicesDto,
  MyModuleDto,
  RunAllocationDto,
  UpdateModuleDto,
} from './dto/elective.dto.js';
import { electiveMessage } from './elective-messages.js';
import { ElectiveException } from './electives.exception.js';
import { ElectivesRepository } from './electives.repository.js';
import type { AllocationRow, ChoiceRow, ModuleRow, NewAllocation, NewModule } from './electives.repository.js';

/** A participant ranks at least this many modules (or all of them, when there are fewer). */
export const MINIMUM_CHOICES = 3;

/** Every minute: late enrolments in a part whose allocation is published get a remaining place. */
export const PLACE_LATE_JOB = 'programmes.electives-place-late';

const STAFF: readonly CohortAccessRole[] = ['owner', 'organiser', 'trainer', 'versneller'];

/** What a calendar event of an elective part says once the person's module is published. */
export interface ModuleCalendarOverlay {
  cohortPartId: string;
  title: string;
  location: string | null;
  onlineUrl: string | null;
  /** Add to the part event's version: grows with publishing, moves and changes of the module's place. */
  version: number;
}

/**
 * Electives (issue #11 item 3): an elective part's modules with their caps, participants' ranked
 * choices until the choice deadline, the allocation (a draft the organiser runs and publishes,
 * see allocation.ts), late enrolments' remaining places, moves by the organiser (audited by the
 * table's trigger, with the request's actor), notifications and the module teachers' lists.
 */
@Injectable()
export class ElectivesService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly repo: ElectivesRepository,
    private readonly access: CohortAccess,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.define<object>({ name: PLACE_LATE_JOB, cron: '* * * * *', handler: () => this.placeAllLate() });
  }

  /** The sweep: every part with a published allocation and participants enrolled after it. */
  async placeAllLate(): Promise<void> {
    for (const p of await this.repo.lateParts(null)) await this.placeLate(p.cohortId, p.cohortPartId);
  }

  // --- modules -------------------------------------------------------------------------------

  async listModules(user: AuthUser, cohortId: string, cohortPartId: string): Promise<ModuleListDto> {
    await this.requireStaffOrParticipant(user, cohortId);
    const part = await this.electivePart(cohortId, cohortPartId);
    const modules = await this.repo.modules(cohortPartId);
    return {
      cohortPartId,
      choiceDeadline: part.choiceDeadline ? new Date(part.choiceDeadline).toISOString() : null,
      minimumChoices: Math.min(MINIMUM_CHOICES, modules.length),
      modules: modules.map(toModuleDto),
    };
  }

  async createModule(user: AuthUser, cohortId: string, cohortPartId: string, dto: CreateModuleDto): Promise<ModuleDto> {
    await this.access.requireOrganiser(user, cohortId);
    await this.electivePart(cohortId, cohortPartId);
    const values: NewModule = {
      cohortPartId,
      title: dto.title,
      description: dto.description ?? '',
      courseId: dto.courseId ?? null,
      teacherUserId: dto.teacherUserId ?? null,
      venueName: dto.venueName ?? null,
      city: dto.city ?? null,
      onlineUrl: dto.onlineUrl ?? null,
      cap: dto.cap,
    };
    await this.checkReferences(values.courseId, values.teacherUserId);
    const id = await this.db.transaction(async () => {
      if (!(await this.repo.lockPart(cohortPartId))) throw ElectiveException.partNotFound(cohortPartId);
      return this.repo.insertModule(values);
    });
    return toModuleDto(await this.requireModule(cohortId, id));
  }

  /** A cap below the participants already allocated to the module is refused (409), and nothing changes. */
  async updateModule(user: AuthUser, cohortId: string, moduleId: string, dto: UpdateModuleDto): Promise<ModuleDto> {
    await this.access.requireOrganiser(user, cohortId);
    const current = await this.requireModule(cohortId, moduleId);
    const values = {
      title: dto.title ?? current.title,
      description: dto.description ?? current.description,
      courseId: dto.courseId !== undefined ? dto.courseId : current.courseId,
      teacherUserId: dto.teacherUserId !== undefined ? dto.teacherUserId : current.teacherUserId,
      venueName: dto.venueName !== undefined ? dto.venueName : current.venueName,
      city: dto.city !== undefined ? dto.city : current.city,
      onlineUrl: dto.onlineUrl !== undefined ? dto.onlineUrl : current.onlineUrl,
      cap: dto.cap ?? current.cap,
    };
    await this.checkReferences(
      dto.courseId !== undefined ? values.courseId : null,
      dto.teacherUserId !== undefined ? values.teacherUserId : null,
    );
    await this.db.transaction(async () => {
      await this.repo.lockPart(current.cohortPartId);
      const locked = await this.requireModule(cohortId, moduleId);
      if (values.cap < locked.allocated) throw ElectiveException.capBelowAllocated(values.cap, locked.allocated);
      await this.repo.updateModule(moduleId, values);
    });
    return toModuleDto(await this.requireModule(cohortId, moduleId));
  }

  /** Only a module nobody is allocated to; participants' choices of it go with it. */
  async deleteModule(user: AuthUser, cohortId: string, moduleId: string): Promise<void> {
    await this.access.requireOrganiser(user, cohortId);
    const current = await this.requireModule(cohortId, moduleId);
    await this.db.transaction(async () => {
      await this.repo.lockPart(current.cohortPartId);
      const locked = await this.requireModule(cohortId, moduleId);
      if (locked.allocated > 0) throw ElectiveException.hasAllocations(locked.allocated);
      await this.repo.deleteModule(moduleId);
    });
  }

  /** The module's participants, for its teacher (published allocations) and the cohort's staff (drafts too). */
  async moduleParticipants(user: AuthUser, cohortId: string, moduleId: string): Promise<ModuleParticipantsDto> {
    const module = await this.repo.module(moduleId);
    const isTeacher = module?.cohortId === cohortId && module.teacherUserId === user.id;
    if (!isTeacher) await this.access.requireStaff(user, cohortId, STAFF);
    const m = await this.requireModule(cohortId, moduleId);
    const rows = await this.repo.moduleParticipants(moduleId);
    const published = rows.some((r) => r.published);
    const visible = isTeacher && !(await this.access.role(user, cohortId)) ? rows.filter((r) => r.published) : rows;
    return {
      module: toModuleDto(m),
      published,
      participants: visible.map((r) => ({
        userId: r.userId,
        name: r.name,
        email: r.email,
        organisationName: r.organisationName,
      })),
    };
  }

  // --- choices -------------------------------------------------------------------------------

  async myChoices(user: AuthUser, cohortId: string, cohortPartId: string): Promise<MyChoicesDto> {
    await this.access.requireParticipant(user, cohortId);
    const part = await this.electivePart(cohortId, cohortPartId);
    const [moduleIds, modules, allocations] = await Promise.all([
      this.repo.choicesOf(cohortPartId, user.id),
      this.repo.modules(cohortPartId),
      this.repo.allocations(cohortPartId),
    ]);
    return this.choicesDto(part, moduleIds, modules.length, allocations);
  }

  /** Staff (owners, organisers, trainers, versnellers): every confirmed participant's ranking, before and after a run. */
  async choicesOverview(user: AuthUser, cohortId: string, cohortPartId: string): Promise<ChoicesOverviewDto> {
    await this.access.requireStaff(user, cohortId);
    await this.electivePart(cohortId, cohortPartId);
    const [participants, choices] = await Promise.all([
      this.access.participants(cohortId),
      this.repo.choices(cohortPartId),
    ]);
    const ranked = new Map<string, ChoiceRow[]>();
    for (const c of choices) ranked.set(c.userId, [...(ranked.get(c.userId) ?? []), c]);
    const rankings = participants.map((p) => ({
      userId: p.userId,
      name: p.name,
      organisationName: p.organisationName,
      moduleIds: (ranked.get(p.userId) ?? []).sort((a, b) => a.rank - b.rank).map((c) => c.moduleId),
    }));
    return {
      cohortPartId,
      chosen: rankings.filter((r) => r.moduleIds.length > 0).length,
      participants: rankings.length,
      rankings,
    };
  }

  /**
   * Replaces my ranking: only confirmed participants, before the part's choice deadline and before
   * the allocation is published; known modules of this part, no repeats, at least three (or all).
   */
  async setChoices(user: AuthUser, cohortId: string, cohortPartId: string, dto: ChoicesDto): Promise<MyChoicesDto> {
    await this.access.requireParticipant(user, cohortId);
    const part = await this.electivePart(cohortId, cohortPartId);
    const modules = await this.repo.modules(cohortPartId);
    const known = new Set(modules.map((m) => m.id));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    dto.moduleIds.forEach((id, i) => {
      if (seen.has(id)) errors.push({ field: `moduleIds.${i}`, messages: ['each module may be ranked only once'] });
      else if (!known.has(id)) errors.push({ field: `moduleIds.${i}`, messages: ['not a module of this part'] });
      seen.add(id);
    });
    const minimum = Math.min(MINIMUM_CHOICES, modules.length);
    if (dto.moduleIds.length < minimum)
      errors.push({ field: 'moduleIds', messages: [`rank at least ${minimum} modules`] });
    if (errors.length) throw ElectiveException.invalidChoices(errors);
    await this.db.transaction(async () => {
      await this.repo.lockPart(cohortPartId);
      if (part.choiceDeadline && new Date(part.choiceDeadline) <= new Date())
        throw ElectiveException.deadlinePassed(new Date(part.choiceDeadline));
      if ((await this.repo.allocations(cohortPartId)).some((a) => a.published)) throw ElectiveException.choicesClosed();
      await this.repo.replaceChoices(cohortPartId, user.id, dto.moduleIds);
    });
    return this.myChoices(user, cohortId, cohortPartId);
  }

  // --- allocation ----------------------------------------------------------------------------

  /** Runs the allocation over the confirmed participants' choices and stores it as a draft (replacing an earlier draft). */
  async run(user: AuthUser, cohortId: string, cohortPartId: string, dto: RunAllocationDto): Promise<AllocationDto> {
    await this.access.requireOrganiser(user, cohortId);
    await this.electivePart(cohortId, cohortPartId);
    const seed = dto.seed ?? randomBytes(6).toString('hex');
    await this.db.transaction(async () => {
      await this.repo.lockPart(cohortPartId);
      if ((await this.repo.allocations(cohortPartId)).some((a) => a.published)) throw ElectiveException.published();
      const [modules, participants, choices] = await Promise.all([
        this.repo.modules(cohortPartId),
        this.access.participants(cohortId),
        this.repo.choices(cohortPartId),
      ]);
      if (!modules.length) throw ElectiveException.noModules();
      const rankings = rankingsOf(choices);
      const result = allocate({
        seed,
        modules: modules.map((m) => ({ id: m.id, cap: m.cap })),
        participants: participants.map((p) => ({ id: p.userId, ranking: rankings.get(p.userId) ?? [] })),
      });
      const rows: NewAllocation[] = participants.map((p) => ({
        userId: p.userId,
        moduleId: result.assignments.get(p.userId) ?? null,
        rankObtained: result.rankObtained.get(p.userId) ?? null,
        seed,
        source: 'run',
        published: false,
      }));
      await this.repo.replaceAllocation(cohortPartId, rows);
    });
    return this.allocationDto(cohortPartId);
  }

  /** Publishes the draft: each participant is told their module (or that no place was left). */
  async publish(user: AuthUser, cohortId: string, cohortPartId: string): Promise<AllocationDto> {
    await this.access.requireOrganiser(user, cohortId);
    const part = await this.electivePart(cohortId, cohortPartId);
    const cohort = await this.access.cohort(cohortId);
    await this.db.transaction(async () => {
      await this.repo.lockPart(cohortPartId);
      const rows = await this.repo.allocations(cohortPartId);
      if (!rows.length) throw ElectiveException.noAllocation();
      if (rows.every((r) => r.published)) throw ElectiveException.published();
      await this.repo.publish(cohortPartId);
      const modules = new Map((await this.repo.modules(cohortPartId)).map((m) => [m.id, m]));
      for (const r of rows)
        await this.tell(
          cohort,
          part,
          r.userId,
          r.moduleId ? modules.get(r.moduleId) : undefined,
          r.rankObtained,
          'elective.allocated',
        );
    });
    return this.allocationDto(cohortPartId);
  }

  /** The organiser moves someone to another module of the part, within its cap. */
  async move(
    user: AuthUser,
    cohortId: string,
    cohortPartId: string,
    userId: string,
    dto: MoveAllocationDto,
  ): Promise<AllocationDto> {
    await this.access.requireOrganiser(user, cohortId);
    const part = await this.electivePart(cohortId, cohortPartId);
    const target = await this.repo.module(dto.moduleId);
    if (target?.cohortPartId !== cohortPartId) throw ElectiveException.moduleNotFound(dto.moduleId);
    if (!(await this.access.isParticipant(userId, cohortId))) throw ElectiveException.notParticipant(userId);
    const cohort = await this.access.cohort(cohortId);
    await this.db.transaction(async () => {
      await this.repo.lockPart(cohortPartId);
      const rows = await this.repo.allocations(cohortPartId);
      if (!rows.length) throw ElectiveException.noAllocation();
      const current = rows.find((r) => r.userId === userId);
      if (current?.moduleId === target.id) return;
      const taken = rows.filter((r) => r.moduleId === target.id).length;
      if (taken >= target.cap) throw ElectiveException.full(target.cap);
      const ranking = await this.repo.choicesOf(cohortPartId, userId);
      const rank = ranking.indexOf(target.id) + 1 || null;
      const published = rows.some((r) => r.published);
      await this.repo.upsertAllocation(cohortPartId, {
        userId,
        moduleId: target.id,
        rankObtained: rank,
        seed: current?.seed ?? rows[0].seed,
        source: 'moved',
        published,
      });
      if (published) await this.tell(cohort, part, userId, target, rank, 'elective.moved');
    });
    return this.allocationDto(cohortPartId);
  }

  /** Staff see everything; a participant sees their own module once published. */
  async allocation(user: AuthUser, cohortId: string, cohortPartId: string): Promise<AllocationDto> {
    const role = await this.access.role(user, cohortId);
    if (!role || !STAFF.includes(role)) {
      await this.access.requireParticipant(user, cohortId);
      await this.electivePart(cohortId, cohortPartId);
      await this.placeLate(cohortId, cohortPartId);
      return this.ownAllocationDto(user.id, cohortPartId);
    }
    await this.electivePart(cohortId, cohortPartId);
    await this.placeLate(cohortId, cohortPartId);
    return this.allocationDto(cohortPartId);
  }

  /** My published modules in every cohort I am in. */
  async myModules(user: AuthUser): Promise<MyModuleDto[]> {
    for (const p of await this.repo.lateParts(user.id)) await this.placeLate(p.cohortId, p.cohortPartId);
    const mine = await this.repo.myAllocations(user.id, null);
    const out: MyModuleDto[] = [];
    const modules = new Map((await this.repo.modulesByIds(mine.map((a) => a.moduleId))).map((m) => [m.id, m]));
    for (const a of mine) {
      if (!(await this.access.isParticipant(user.id, a.cohortId))) continue;
      const [cohort, parts] = await Promise.all([this.access.cohort(a.cohortId), this.access.parts(a.cohortId)]);
      const part = parts.find((p) => p.id === a.cohortPartId);
      const module = modules.get(a.moduleId);
      if (!part || !module) continue;
      out.push({
        cohortId: a.cohortId,
        cohortName: cohort.name,
        programmeTitle: cohort.title,
        cohortPartId: a.cohortPartId,
        partTitle: part.title,
        startsAt: new Date(part.startsAt).toISOString(),
        endsAt: new Date(part.endsAt).toISOString(),
        module: toModuleDto(module),
        rankObtained: a.rankObtained,
      });
    }
    return out;
  }

  /**
   * For the cohort's calendar entries: the person's published module per elective part (title and
   * place replace the part's own), so the event shows where they actually go.
   */
  async calendarOverlays(userId: string, cohortIds: string[]): Promise<Map<string, ModuleCalendarOverlay>> {
    const mine = await this.repo.myAllocations(userId, cohortIds);
    const modules = new Map((await this.repo.modulesByIds(mine.map((a) => a.moduleId))).map((m) => [m.id, m]));
    const out = new Map<string, ModuleCalendarOverlay>();
    for (const a of mine) {
      const m = modules.get(a.moduleId);
      if (!m) continue;
      out.set(a.cohortPartId, {
        cohortPartId: a.cohortPartId,
        title: m.title,
        location: placeOf(m),
        onlineUrl: m.onlineUrl,
        version: a.version,
      });
    }
    return out;
  }

  /**
   * Late enrolments: once a part's allocation is published, confirmed participants without a row
   * (or without a module, once a module has room again) get a remaining place — their best-ranked module with room, else the module with the most room
   * — and are told. Runs under the part's lock: from a sweep every minute, and whenever the
   * allocation or the person's modules are read.
   */
  async placeLate(cohortId: string, cohortPartId: string): Promise<void> {
    const [participants, before] = await Promise.all([
      this.access.participants(cohortId),
      this.repo.allocations(cohortPartId),
    ]);
    if (!before.some((r) => r.published)) return;
    const known = new Set(before.filter((r) => r.moduleId).map((r) => r.userId));
    if (participants.every((p) => known.has(p.userId))) return;
    const [cohort, part] = await Promise.all([this.access.cohort(cohortId), this.electivePart(cohortId, cohortPartId)]);
    await this.db.transaction(async () => {
      await this.repo.lockPart(cohortPartId);
      const rows = await this.repo.allocations(cohortPartId);
      const placed = new Set(rows.map((r) => r.userId));
      const waiting = new Set(rows.filter((r) => !r.moduleId).map((r) => r.userId));
      const modules = await this.repo.modules(cohortPartId);
      const taken = new Map(modules.map((m) => [m.id, rows.filter((r) => r.moduleId === m.id).length]));
      const rankings = rankingsOf(await this.repo.choices(cohortPartId));
      for (const p of participants) {
        if (placed.has(p.userId) && !waiting.has(p.userId)) continue;
        const ranking = rankings.get(p.userId) ?? [];
        const room = (m: ModuleRow) => m.cap - (taken.get(m.id) ?? 0);
        const ranked = ranking.map((id) => modules.find((m) => m.id === id)).find((m) => m && room(m) > 0);
        const fallback = [...modules]
          .sort((a, b) => room(b) - room(a) || (a.id < b.id ? -1 : 1))
          .find((m) => room(m) > 0);
        const chosen = ranked ?? fallback;
        // Someone already told there is no place hears again only when a place turns up.
        if (!chosen && waiting.has(p.userId)) continue;
        const rank = chosen ? ranking.indexOf(chosen.id) + 1 || null : null;
        if (chosen) taken.set(chosen.id, (taken.get(chosen.id) ?? 0) + 1);
        await this.repo.upsertAllocation(cohortPartId, {
          userId: p.userId,
          moduleId: chosen?.id ?? null,
          rankObtained: rank,
          seed: rows[0].seed,
          source: 'late',
          published: true,
        });
        await this.tell(cohort, part, p.userId, chosen, rank, 'elective.allocated');
      }
    });
  }

  // --- helpers -------------------------------------------------------------------------------

  private async tell(
    cohort: CohortRow,
    part: CohortPartRow,
    userId: string,
    module: ModuleRow | undefined,
    rank: number | null,
    code: 'elective.allocated' | 'elective.moved',
  ): Promise<void> {
    const base = {
      programmeTitle: cohort.title,
      cohortName: cohort.name,
      partTitle: part.title,
      startsAt: new Date(part.startsAt).toISOString(),
    };
    if (!module) {
      await this.notifications.notify(userId, electiveMessage('elective.no_place', base, cohort.id, part.id));
      return;
    }
    const params = { ...base, moduleTitle: module.title, place: placeOf(module), onlineUrl: module.onlineUrl };
    await this.notifications.notify(
      userId,
      code === 'elective.allocated'
        ? electiveMessage(code, { ...params, rankObtained: rank }, cohort.id, part.id)
        : electiveMessage(code, params, cohort.id, part.id),
    );
  }

  private async requireStaffOrParticipant(user: AuthUser, cohortId: string): Promise<void> {
    const role = await this.access.role(user, cohortId);
    if (!role) await this.access.requireParticipant(user, cohortId);
  }

  private async electivePart(cohortId: string, cohortPartId: string): Promise<CohortPartRow> {
    const part = (await this.access.parts(cohortId)).find((p) => p.id === cohortPartId);
    if (!part) throw ElectiveException.partNotFound(cohortPartId);
    if (part.kind !== 'elective') throw ElectiveException.notElective();
    return part;
  }

  private async requireModule(cohortId: string, moduleId: string): Promise<ModuleRow> {
    const m = await this.repo.module(moduleId);
    if (m?.cohortId !== cohortId) throw ElectiveException.moduleNotFound(moduleId);
    return m;
  }

  private async checkReferences(courseId: string | null, teacherUserId: string | null): Promise<void> {
    if (courseId && !(await this.repo.courseExists(courseId)))
      throw ElectiveException.invalidModule('courseId', 'courseId must name a catalogue course');
    if (teacherUserId && !(await this.repo.activeUserExists(teacherUserId)))
      throw ElectiveException.invalidModule('teacherUserId', 'teacherUserId must name an active user');
  }

  private choicesDto(
    part: CohortPartRow,
    moduleIds: string[],
    moduleCount: number,
    allocations: AllocationRow[],
  ): MyChoicesDto {
    const deadline = part.choiceDeadline ? new Date(part.choiceDeadline) : null;
    return {
      cohortPartId: part.id,
      moduleIds,
      choiceDeadline: deadline ? deadline.toISOString() : null,
      minimumChoices: Math.min(MINIMUM_CHOICES, moduleCount),
      open: (!deadline || deadline > new Date()) && !allocations.some((a) => a.published),
    };
  }

  private async ownAllocationDto(userId: string, cohortPartId: string): Promise<AllocationDto> {
    const own = await this.repo.allocationOf(cohortPartId, userId);
    const published = own?.published ?? false;
    const module = published && own?.moduleId ? await this.repo.module(own.moduleId) : null;
    return {
      cohortPartId,
      published,
      seed: null,
      mine: published ? { module: module ? toModuleDto(module) : null, rankObtained: own?.rankObtained ?? null } : null,
      modules: [],
      unassigned: [],
      figures: null,
      explanation: [],
    };
  }

  private async allocationDto(cohortPartId: string): Promise<AllocationDto> {
    const [rows, modules, choices] = await Promise.all([
      this.repo.allocations(cohortPartId),
      this.repo.modules(cohortPartId),
      this.repo.choices(cohortPartId),
    ]);
    const inAllocation = new Set(rows.map((r) => r.userId));
    const rankings = rankingsOf(choices.filter((c) => inAllocation.has(c.userId)));
    const person = (r: AllocationRow): AllocatedPersonDto => ({
      userId: r.userId,
      name: r.name,
      organisationName: r.organisationName,
      rankObtained: r.rankObtained,
      source: r.source,
    });
    const maxRank = Math.max(0, ...[...rankings.values()].map((r) => r.length));
    const perRank = new Array<number>(maxRank).fill(0);
    for (const r of rows) if (r.moduleId && r.rankObtained && r.rankObtained <= maxRank) perRank[r.rankObtained - 1]++;
    const unassigned = rows.filter((r) => !r.moduleId);
    const unranked = rows.filter((r) => r.moduleId && !r.rankObtained).length;
    const firstChoices = new Map<string, number>();
    for (const ranking of rankings.values())
      if (ranking.length) firstChoices.set(ranking[0], (firstChoices.get(ranking[0]) ?? 0) + 1);
    const seed = rows.length ? rows[0].seed : '';
    const moved = rows.filter((r) => r.source === 'moved').length;
    const late = rows.filter((r) => r.source === 'late').length;
    return {
      cohortPartId,
      published: rows.length > 0 && rows.some((r) => r.published),
      seed,
      mine: null,
      modules: modules.map((m) => ({
        moduleId: m.id,
        title: m.title,
        cap: m.cap,
        participants: rows.filter((r) => r.moduleId === m.id).map(person),
      })),
      unassigned: unassigned.map(person),
      figures: {
        participants: rows.length,
        places: modules.reduce((s, m) => s + m.cap, 0),
        firstChoices: perRank[0] ?? 0,
        perRank,
        unrankedPlacements: unranked,
        unassigned: unassigned.length,
        moved,
      },
      explanation: rows.length
        ? explainAllocation({
            seed,
            participants: rows.length,
            modules: modules.map((m) => ({ label: m.title, cap: m.cap, firstChoices: firstChoices.get(m.id) ?? 0 })),
            perRank,
            noRanking: rows.filter((r) => !(rankings.get(r.userId) ?? []).length).length,
            unrankedPlacements: unranked,
            unassigned: unassigned.length,
            late,
            moved,
          })
        : [],
    };
  }
}

function rankingsOf(choices: ChoiceRow[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of [...choices].sort((a, b) => a.rank - b.rank))
    out.set(c.userId, [...(out.get(c.userId) ?? []), c.moduleId]);
  return out;
}

function placeOf(m: Pick<ModuleRow, 'venueName' | 'city'>): string | null {
  return [m.venueName, m.city].filter(Boolean).join(', ') || null;
}

function toModuleDto(m: ModuleRow): ModuleDto {
  return {
    id: m.id,
    cohortPartId: m.cohortPartId,
    title: m.title,
    description: m.description,
    courseId: m.courseId,
    teacher: m.teacherUserId ? { id: m.teacherUserId, name: m.teacherName ?? '' } : null,
    venueName: m.venueName,
    city: m.city,
    onlineUrl: m.onlineUrl,
    cap: m.cap,
    allocated: m.allocated,
  };
}
