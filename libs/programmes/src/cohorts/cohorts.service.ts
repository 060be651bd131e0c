import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { type AuthUser, type FieldError, subtractWorkingDays } from '#libs/common';
import { SessionsService } from '#libs/catalogue';
import { Db } from '#libs/database';
import { CalendarExpansions, EnrolmentsService } from '#libs/enrolments';
import type { CalendarEntry } from '#libs/enrolments';
import type {
  CohortDto,
  CohortEnrolDto,
  CohortEnrolmentDto,
  CohortEnrolmentResultDto,
  CohortPartDto,
  CreateCohortDto,
  MyProgrammeDto,
  OverlapDto,
  UpdateCohortDto,
  UpdateCohortPartDto,
} from '../dto/programme.dto.js';
import { ElectivesService } from '../electives/electives.service.js';
import type { ModuleCalendarOverlay } from '../electives/electives.service.js';
import { GuestsService } from '../guests/guests.service.js';
import { ProgrammeException } from '../programmes.exception.js';
import { ProgrammesRepository } from '../programmes.repository.js';
import { CohortAccess, isOwner } from './cohort-access.js';
import type { CohortRole } from './cohort.entities.js';
import { CohortWritesRepository } from './cohort-writes.repository.js';
import { CohortsRepository } from './cohorts.repository.js';
import type { CohortPartRow, CohortRow, MyCohortRow } from './cohorts.repository.js';

/** Default: choices for an elective part close this many working days before it. */
const CHOICE_DEADLINE_WORKING_DAYS = 5;
/** Default: learners may cancel until 2 working days before the first part (as for sessions). */
const CANCELLATION_WORKING_DAYS = 2;

/** Cohorts ("tranches"): one run of a programme, a catalogue session booked as one package. */
@Injectable()
export class CohortsService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly cohorts: CohortsRepository,
    private readonly writes: CohortWritesRepository,
    private readonly programmes: ProgrammesRepository,
    private readonly access: CohortAccess,
    private readonly sessions: SessionsService,
    private readonly enrolments: EnrolmentsService,
    private readonly calendar: CalendarExpansions,
    private readonly guests: GuestsService,
    private readonly electives: ElectivesService,
  ) {}

  onModuleInit(): void {
    this.calendar.register((userId, sessionIds) => this.calendarEntries(userId, sessionIds));
  }

  async create(user: AuthUser, programmeId: string, dto: CreateCohortDto): Promise<CohortDto> {
    const id = await this.db.transaction(async () => {
      const p = await this.programmes.findById(programmeId);
      if (!p) throw ProgrammeException.notFound(programmeId);
      const coOwners = (await this.programmes.coOwners(programmeId)).map((o) => o.id);
      if (!isOwner(user, p.organisationId, coOwners)) {
        if (p.status === 'published')
          throw ProgrammeException.notAllowed('Only the owners of this programme may plan cohorts.');
        throw ProgrammeException.notFound(programmeId);
      }
      if (p.status === 'archived') throw ProgrammeException.illegal('An archived programme gets no new cohorts.');
      const structure = await this.programmes.parts(programmeId);
      const now = new Date();
      const errors = checkParts(dto.parts, structure, now);
      const staffIds = (dto.staff ?? []).map((s) => s.userId);
      const found = new Set(await this.writes.existingUserIds(staffIds));
      (dto.staff ?? []).forEach((s, i) => {
        if (!found.has(s.userId)) errors.push({ field: `staff[${String(i)}].userId`, messages: ['unknown user'] });
      });
      if (new Set(staffIds).size !== staffIds.length)
        errors.push({ field: 'staff', messages: ['a person appears twice'] });
      if (errors.length) throw ProgrammeException.invalid(errors);
      const ordered = [...dto.parts].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      const first = ordered[0];
      const last = ordered.reduce((a, b) => (b.endsAt > a.endsAt ? b : a));
      const session = await this.sessions.createForProgramme(programmeId, {
        startsAt: first.startsAt,
        endsAt: last.endsAt,
        venueName: first.venueName ?? null,
        city: first.city ?? null,
        onlineUrl: first.onlineUrl ?? null,
        capacity: dto.capacity,
        enrolmentDeadline: dto.enrolmentDeadline,
        cancellationDeadline:
          dto.cancellationDeadline ?? subtractWorkingDays(first.startsAt, CANCELLATION_WORKING_DAYS),
        minParticipants: dto.minParticipants,
        goNoGoAt: dto.goNoGoAt,
        autoCancel: dto.autoCancel,
      });
      await this.writes.insert(session.id, programmeId, dto.name);
      const kinds = new Map(structure.map((s) => [s.id, s]));
      await this.writes.insertParts(
        dto.parts.map((cp) => ({
          cohortId: session.id,
          partId: cp.partId,
          startsAt: cp.startsAt,
          endsAt: cp.endsAt,
          venueName: cp.venueName ?? null,
          city: cp.city ?? null,
          onlineUrl: cp.onlineUrl ?? null,
          choiceDeadline:
            kinds.get(cp.partId)?.kind === 'elective'
              ? (cp.choiceDeadline ?? defaultChoiceDeadline(cp.startsAt, now))
              : null,
          guestCapacity: cp.guestCapacity ?? 0,
        })),
      );
      for (const s of dto.staff ?? []) await this.writes.setStaff(session.id, s.userId, s.role);
      return session.id;
    });
    return this.get(id, user);
  }

  async update(user: AuthUser, cohortId: string, dto: UpdateCohortDto): Promise<CohortDto> {
    await this.db.transaction(async () => {
      await this.access.requireOrganiser(user, cohortId);
      if (dto.name !== undefined) await this.writes.rename(cohortId, dto.name);
      const { name: _name, ...session } = dto;
      // Through the catalogue: a lower capacity, moved deadline or cancellation works as for any session.
      if (Object.keys(session).length) await this.sessions.updateForProgramme(cohortId, session, user.id);
    });
    return this.get(cohortId, user);
  }

  /** A part's date, place or link; the cohort's span follows, and its calendar events are updated. */
  async updatePart(
    user: AuthUser,
    cohortId: string,
    cohortPartId: string,
    dto: UpdateCohortPartDto,
  ): Promise<CohortDto> {
    await this.db.transaction(async () => {
      await this.access.requireOrganiser(user, cohortId);
      const part = await this.writes.partForUpdate(cohortId, cohortPartId);
      if (!part) throw ProgrammeException.cohortNotFound(cohortPartId);
      const structure = (await this.programmes.parts((await this.access.cohort(cohortId)).programmeId)).find(
        (p) => p.id === part.partId,
      );
      const next = {
        startsAt: dto.startsAt ?? part.startsAt,
        endsAt: dto.endsAt ?? part.endsAt,
        venueName: 'venueName' in dto ? (dto.venueName ?? null) : part.venueName,
        city: 'city' in dto ? (dto.city ?? null) : part.city,
        onlineUrl: 'onlineUrl' in dto ? (dto.onlineUrl ?? null) : part.onlineUrl,
        choiceDeadline: 'choiceDeadline' in dto ? (dto.choiceDeadline ?? null) : part.choiceDeadline,
        guestCapacity: dto.guestCapacity ?? part.guestCapacity,
      };
      const errors: FieldError[] = [];
      if (next.endsAt <= next.startsAt) errors.push({ field: 'endsAt', messages: ['endsAt must be after startsAt'] });
      if (dto.startsAt && dto.startsAt <= new Date())
        errors.push({ field: 'startsAt', messages: ['startsAt must be in the future'] });
      if (next.guestCapacity > 0 && !structure?.allowsGuests)
        errors.push({ field: 'guestCapacity', messages: ['this part does not allow guests'] });
      if (dto.choiceDeadline && structure?.kind !== 'elective')
        errors.push({ field: 'choiceDeadline', messages: ['only an elective part has a choice deadline'] });
      if (next.choiceDeadline && next.choiceDeadline > next.startsAt)
        errors.push({ field: 'choiceDeadline', messages: ['choiceDeadline must not be after the part starts'] });
      if (errors.length) throw ProgrammeException.invalid(errors);
      if (next.guestCapacity < (await this.guests.guestCount(part.id)))
        throw ProgrammeException.illegal('The guest capacity cannot go below the guests already invited.');
      const moved =
        next.startsAt.getTime() !== part.startsAt.getTime() ||
        next.endsAt.getTime() !== part.endsAt.getTime() ||
        next.venueName !== part.venueName ||
        next.city !== part.city ||
        next.onlineUrl !== part.onlineUrl;
      await this.writes.updatePart(part.id, {
        ...next,
        ...(moved ? { scheduleVersion: part.scheduleVersion + 1 } : {}),
      });
      // Guests have the part in their calendar too: they get the updated invitation.
      if (moved) await this.guests.partChanged(part.id);
      const span = await this.writes.span(cohortId);
      const c = await this.access.cohort(cohortId);
      if (span.startsAt.getTime() !== c.startsAt.getTime() || span.endsAt.getTime() !== c.endsAt.getTime()) {
        await this.sessions.updateForProgramme(cohortId, { startsAt: span.startsAt, endsAt: span.endsAt }, user.id);
      }
    });
    return this.get(cohortId, user);
  }

  async cancel(user: AuthUser, cohortId: string): Promise<CohortDto> {
    await this.db.transaction(async () => {
      await this.access.requireOrganiser(user, cohortId);
      // The one way a session is cancelled: every participant is told and the places are released.
      await this.sessions.cancelForProgramme(cohortId, user.id);
    });
    return this.get(cohortId, user);
  }

  async setStaff(user: AuthUser, cohortId: string, userId: string, role: CohortRole): Promise<CohortDto> {
    await this.db.transaction(async () => {
      await this.access.requireOrganiser(user, cohortId);
      if (!(await this.writes.existingUserIds([userId])).length)
        throw ProgrammeException.invalid([{ field: 'userId', messages: ['unknown user'] }]);
      await this.writes.setStaff(cohortId, userId, role);
    });
    return this.get(cohortId, user);
  }

  async removeStaff(user: AuthUser, cohortId: string, userId: string): Promise<CohortDto> {
    await this.db.transaction(async () => {
      await this.access.requireOrganiser(user, cohortId);
      if (!(await this.writes.removeStaff(cohortId, userId)))
        throw ProgrammeException.invalid([{ field: 'userId', messages: ['not on the staff of this cohort'] }]);
    });
    return this.get(cohortId, user);
  }

  /** A cohort of a published programme is public; otherwise only its owners and staff see it. */
  async get(cohortId: string, user?: AuthUser): Promise<CohortDto> {
    const c = await this.access.cohort(cohortId);
    const role = user ? await this.access.roleIn(user, c) : null;
    const mine = user ? (await this.cohorts.cohortsOf(user.id)).find((m) => m.cohortId === cohortId) : undefined;
    if (c.programmeStatus !== 'published' && !role && !mine) throw ProgrammeException.cohortNotFound(cohortId);
    return this.toDto(c, await this.cohorts.parts(cohortId), role, mine);
  }

  async forProgramme(programmeId: string, user: AuthUser | undefined, canEdit: boolean): Promise<CohortDto[]> {
    const rows = await this.cohorts.findForProgramme(programmeId);
    const [parts, mine] = await Promise.all([
      this.cohorts.partsOf(rows.map((r) => r.id)),
      user ? this.cohorts.cohortsOf(user.id) : Promise.resolve([]),
    ]);
    return Promise.all(
      rows.map(async (c) => {
        const role = canEdit ? 'owner' : user ? await this.access.roleIn(user, c) : null;
        return this.toDto(
          c,
          parts.filter((p) => p.cohortId === c.id),
          role,
          mine.find((m) => m.cohortId === c.id),
        );
      }),
    );
  }

  async enrolmentList(user: AuthUser, cohortId: string): Promise<CohortEnrolmentDto[]> {
    await this.access.requireStaff(user, cohortId);
    return (await this.cohorts.enrolments(cohortId)).map((e) => ({
      enrolmentId: e.enrolmentId,
      userId: e.userId,
      name: e.name,
      email: e.email,
      organisationName: e.organisationName,
      workDomain: e.workDomain,
      status: e.status,
    }));
  }

  /**
   * One enrolment books every part. The audience is checked first; overlaps with the person's
   * other bookings refuse the enrolment (409, listing them) unless they accept them.
   */
  async enrol(user: AuthUser, cohortId: string, dto: CohortEnrolDto): Promise<CohortEnrolmentResultDto> {
    return this.db.transaction(async () => {
      const c = await this.cohorts.findById(cohortId);
      if (!c || c.programmeStatus !== 'published') throw ProgrammeException.cohortNotFound(cohortId);
      const p = await this.programmes.findById(c.programmeId);
      if (
        p?.audience === 'listed' &&
        !(user.organisationId && (await this.programmes.isInAudience(p.id, user.organisationId)))
      )
        throw ProgrammeException.notInAudience();
      const overlaps = await this.overlapsFor(user.id, cohortId);
      if (overlaps.length && !dto.acceptOverlaps) throw ProgrammeException.overlaps(overlaps.map((o) => o.title));
      const { enrolment: e, position } = await this.enrolments.enrolInPackage(user, cohortId, {
        managerId: dto.managerId,
        managerEmail: dto.managerEmail,
      });
      return { enrolment: { id: e.id, status: e.status, position }, overlaps };
    });
  }

  async overlaps(user: AuthUser, cohortId: string): Promise<OverlapDto[]> {
    const c = await this.cohorts.findById(cohortId);
    if (!c || c.programmeStatus !== 'published') throw ProgrammeException.cohortNotFound(cohortId);
    return this.overlapsFor(user.id, cohortId);
  }

  /** "Mijn leren": the cohorts I hold or wait for a place in, with every part. */
  async mine(user: AuthUser): Promise<MyProgrammeDto[]> {
    const mine = await this.cohorts.cohortsOf(user.id);
    const rows = await this.cohorts.findByIds(mine.map((m) => m.cohortId));
    const parts = await this.cohorts.partsOf(rows.map((r) => r.id));
    return Promise.all(
      rows.map(async (c) => ({
        cohort: await this.toDto(
          c,
          parts.filter((p) => p.cohortId === c.id),
          await this.access.roleIn(user, c),
          mine.find((m) => m.cohortId === c.id),
        ),
        why: c.why,
      })),
    );
  }

  /** Every part of a booked cohort as its own calendar event; an elective part shows the person's module. */
  private async calendarEntries(userId: string, sessionIds: string[]): Promise<Map<string, CalendarEntry[]>> {
    const parts = await this.cohorts.partsOf(sessionIds);
    const cohortIds = [...new Set(parts.map((p) => p.cohortId))];
    const modules: Map<string, ModuleCalendarOverlay> = cohortIds.length
      ? await this.electives.calendarOverlays(userId, cohortIds)
      : new Map<string, ModuleCalendarOverlay>();
    const out = new Map<string, CalendarEntry[]>();
    for (const p of parts) {
      const m = modules.get(p.id);
      const entry: CalendarEntry = {
        key: p.id,
        title: m ? `${p.title}: ${m.title}` : p.title,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        location: m ? m.location : [p.venueName, p.city].filter(Boolean).join(', ') || null,
        onlineUrl: m ? m.onlineUrl : p.onlineUrl,
        version: p.scheduleVersion + (m?.version ?? 0),
        path: `/programmas/${p.programmeId}`,
      };
      out.set(p.cohortId, [...(out.get(p.cohortId) ?? []), entry]);
    }
    return out;
  }

  /** This cohort's parts against the person's other bookings: sessions, and other cohorts' parts. */
  private async overlapsFor(userId: string, cohortId: string): Promise<OverlapDto[]> {
    const mine = await this.cohorts.parts(cohortId);
    const bookings = (await this.enrolments.bookings(userId)).filter((b) => b.sessionId !== cohortId);
    const otherCohortParts = await this.cohorts.partsOf(bookings.map((b) => b.sessionId));
    const cohortIds = new Set(otherCohortParts.map((p) => p.cohortId));
    const titles = new Map(bookings.map((b) => [b.sessionId, b.title]));
    const intervals = [
      ...bookings.filter((b) => !cohortIds.has(b.sessionId)),
      ...otherCohortParts.map((p) => ({
        sessionId: p.cohortId,
        title: `${titles.get(p.cohortId) ?? ''} — ${p.title}`,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
      })),
    ];
    return mine.flatMap((part) =>
      intervals
        .filter((b) => b.startsAt < part.endsAt && part.startsAt < b.endsAt)
        .map((b) => ({
          partTitle: part.title,
          partStartsAt: part.startsAt,
          title: b.title,
          startsAt: b.startsAt,
          endsAt: b.endsAt,
        })),
    );
  }

  /** `own`: the viewer's enrolment in this cohort, read once by the caller for every cohort it shows. */
  private async toDto(
    c: CohortRow,
    parts: CohortPartRow[],
    role: string | null,
    own: MyCohortRow | undefined,
  ): Promise<CohortDto> {
    const staff = await this.cohorts.staff(c.id);
    const position = own?.status === 'waitlisted' ? await this.cohorts.waitlistPosition(c.id, own.userId) : null;
    return {
      id: c.id,
      programmeId: c.programmeId,
      programmeTitle: c.title,
      name: c.name,
      status: c.status,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      capacity: c.capacity,
      seatsLeft: c.seatsLeft,
      enrolmentDeadline: c.enrolmentDeadline,
      cancellationDeadline: c.cancellationDeadline,
      parts: parts.map(toPartDto),
      staff,
      myEnrolment: own ? { id: own.enrolmentId, status: own.status, position } : null,
      myRole: role,
    };
  }
}

function toPartDto(p: CohortPartRow): CohortPartDto {
  return {
    id: p.id,
    partId: p.partId,
    position: p.position,
    title: p.title,
    kind: p.kind,
    format: p.format,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    venueName: p.venueName,
    city: p.city,
    onlineUrl: p.onlineUrl,
    choiceDeadline: p.choiceDeadline,
    guestCapacity: p.guestCapacity,
    allowsGuests: p.allowsGuests,
  };
}

/** Every programme part scheduled once, in the future, with a place or link as its format needs. */
function checkParts(
  parts: CreateCohortDto['parts'],
  structure: { id: string; kind: string; format: string; allowsGuests: boolean }[],
  now: Date,
): FieldError[] {
  const errors: FieldError[] = [];
  const byId = new Map(structure.map((s) => [s.id, s]));
  const seen = new Set<string>();
  parts.forEach((p, i) => {
    const at = (f: string, m: string) => errors.push({ field: `parts[${String(i)}].${f}`, messages: [m] });
    const s = byId.get(p.partId);
    if (!s) return at('partId', 'not a part of this programme');
    if (seen.has(p.partId)) at('partId', 'this part is scheduled twice');
    seen.add(p.partId);
    if (p.startsAt <= now) at('startsAt', 'startsAt must be in the future');
    if (p.endsAt <= p.startsAt) at('endsAt', 'endsAt must be after startsAt');
    if (s.format !== 'online' && !p.venueName && !p.city) at('venueName', `a place is required for a ${s.format} part`);
    if (s.format !== 'klassikaal' && !p.onlineUrl) at('onlineUrl', `onlineUrl is required for a ${s.format} part`);
    if ((p.guestCapacity ?? 0) > 0 && !s.allowsGuests) at('guestCapacity', 'this part does not allow guests');
    if (p.choiceDeadline && s.kind !== 'elective') at('choiceDeadline', 'only an elective part has a choice deadline');
    if (p.choiceDeadline && p.choiceDeadline > p.startsAt)
      at('choiceDeadline', 'choiceDeadline must not be after the part starts');
  });
  const missing = structure.filter((s) => !seen.has(s.id));
  if (missing.length)
    errors.push({ field: 'parts', messages: [`every part must be scheduled; missing ${String(missing.length)}`] });
  return errors;
}

function defaultChoiceDeadline(partStart: Date, now: Date): Date {
  const d = subtractWorkingDays(partStart, CHOICE_DEADLINE_WORKING_DAYS);
  return d > now ? d : partStart;
}
