import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import { UsersService } from '#libs/identity';
import { NotificationsService } from '#libs/notifications';
import { CohortAccess } from '../cohorts/cohort-access.js';
import type { CohortParticipant, CohortPartRow } from '../cohorts/cohorts.repository.js';
import type {
  FormGroupsDto,
  GroupingDto,
  CohortGroupsDto,
  GroupMemberDto,
  MoveGroupMemberDto,
} from './dto/groups.dto.js';
import { GROUP_SIZE_BOUNDS, explainGroups, formGroups } from './grouping.js';
import type { GroupKind, GroupingParticipant, UnmetExplanation } from './grouping.js';
import { renderExplanation } from './grouping-explanations.js';
import type { ExplanationLanguage } from './grouping-explanations.js';
import { groupMessage } from './group-messages.js';
import { GroupsException } from './groups.exception.js';
import { GroupsRepository } from './groups.repository.js';
import type { GroupMemberRow, GroupRow, NewGroup } from './groups.repository.js';
import { MAX_SEED } from './dto/groups.dto.js';

/** The meetings a kind of group has: werkatelier groups the group meetings, intervision groups the intervision. */
const MEETING_KIND = { werkatelier: 'group_meeting', intervision: 'intervision' } as const;

const GROUP_NAME: Record<GroupKind, string> = { werkatelier: 'Werkateliergroep', intervision: 'Intervisiegroep' };

function groupName(kind: GroupKind, position: number, round: number, rounds: number): string {
  const name = `${GROUP_NAME[kind]} ${String(position)}`;
  return rounds > 1 ? `${name} · ronde ${String(round)}` : name;
}

function asGroupingParticipant(p: CohortParticipant): GroupingParticipant {
  return {
    id: p.userId,
    organisationId: p.organisationId,
    organisationName: p.organisationName,
    workDomain: p.workDomain,
  };
}

/**
 * Mixing groups of a cohort (issue #11 item 4). Organisers (the programme's owners and the cohort's
 * organisers) form a kind's groups — replacing the earlier ones — and move people between groups;
 * cohort staff see every group with the explanations of the rules the groups do not meet as they
 * stand; a participant sees only their own groups, with the members' names and organisations and the
 * group's meetings. Moves are recorded in the audit trail by the tables' trigger.
 */
@Injectable()
export class GroupsService {
  constructor(
    private readonly db: Db,
    private readonly repo: GroupsRepository,
    private readonly access: CohortAccess,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  async form(user: AuthUser, cohortId: string, dto: FormGroupsDto): Promise<GroupingDto> {
    await this.access.requireOrganiser(user, cohortId);
    const defaults = GROUP_SIZE_BOUNDS[dto.kind];
    const min = dto.min ?? Math.min(defaults.min, dto.max ?? defaults.min);
    const max = dto.max ?? Math.max(defaults.max, dto.min ?? defaults.max);
    if (min > max) {
      throw GroupsException.invalid([
        { field: 'min', messages: [`min (${String(min)}) must not be larger than max (${String(max)})`] },
      ]);
    }
    const rounds = dto.rounds ?? 1;
    const seed = dto.seed ?? randomInt(0, MAX_SEED);
    const cohort = await this.access.cohort(cohortId);
    const language = await this.languageOf(user);
    const stored = await this.db.transaction(async () => {
      await this.repo.lock(cohortId, dto.kind);
      const participants = await this.access.participants(cohortId);
      const result = formGroups({
        participants: participants.map(asGroupingParticipant),
        kind: { min, max },
        rounds,
        seed,
      });
      const groups: NewGroup[] = result.rounds.flatMap((groupsOfRound, r) =>
        groupsOfRound.map((userIds, j) => ({
          round: r + 1,
          position: j + 1,
          name: groupName(dto.kind, j + 1, r + 1, rounds),
          minSize: min,
          maxSize: max,
          seed,
          userIds,
        })),
      );
      await this.repo.replace(cohortId, dto.kind, groups);
      if (dto.notify) {
        for (const userId of participants.map((p) => p.userId)) {
          const own = groups.find((g) => g.round === 1 && g.userIds.includes(userId));
          if (!own) continue;
          await this.notifications.notify(
            userId,
            groupMessage(
              'groups.assigned',
              {
                kind: dto.kind,
                groupName: own.name,
                programmeTitle: cohort.title,
                cohortName: cohort.name,
                otherMembers: own.userIds.length - 1,
                rounds,
              },
              cohortId,
              cohort.programmeId,
            ),
          );
        }
      }
      return { participants, unmet: result.unmet };
    });
    const view = await this.view(cohortId, stored.participants, language, null);
    const grouping = view.find((g) => g.kind === dto.kind);
    return {
      kind: dto.kind,
      rounds,
      minSize: min,
      maxSize: max,
      seed,
      groups: grouping?.groups ?? [],
      explanations: render(stored.unmet, language),
      ungrouped: grouping?.ungrouped ?? [],
    };
  }

  async list(user: AuthUser, cohortId: string): Promise<CohortGroupsDto> {
    const role = await this.access.role(user, cohortId);
    const language = await this.languageOf(user);
    if (role) {
      const participants = await this.access.participants(cohortId);
      return { cohortId, view: 'staff', groupings: await this.view(cohortId, participants, language, null) };
    }
    await this.access.requireParticipant(user, cohortId);
    const participants = await this.access.participants(cohortId);
    return {
      cohortId,
      view: 'participant',
      groupings: await this.view(cohortId, participants, language, user.id),
    };
  }

  /**
   * Moves someone (a confirmed participant) into a group, out of the group of the same kind and round
   * they were in (or into one when they were in none, e.g. after enrolling late). Refused with 409
   * when the group already has the largest size its groups were formed with, unless override is set;
   * every other rule the move breaks is explained in the answer.
   */
  async move(
    user: AuthUser,
    cohortId: string,
    groupId: string,
    userId: string,
    dto: MoveGroupMemberDto,
  ): Promise<GroupingDto> {
    await this.access.requireOrganiser(user, cohortId);
    const language = await this.languageOf(user);
    const found = await this.repo.group(cohortId, groupId);
    if (!found) throw GroupsException.groupNotFound(groupId);
    const participants = await this.access.participants(cohortId);
    if (!participants.some((p) => p.userId === userId)) throw GroupsException.notAParticipant(userId);
    const group = await this.db.transaction(async () => {
      await this.repo.lock(cohortId, found.kind);
      // Read again under the lock: a regrouping may have replaced the group meanwhile.
      const current = await this.repo.group(cohortId, groupId);
      if (!current) throw GroupsException.groupNotFound(groupId);
      const stillIn = new Set(participants.map((p) => p.userId));
      const inGroup = (await this.repo.members(cohortId)).filter(
        (m) => m.groupId === current.id && stillIn.has(m.userId),
      );
      if (inGroup.some((m) => m.userId === userId)) return current;
      if (!dto.override && inGroup.length >= current.maxSize) {
        throw GroupsException.groupFull(current.name, current.maxSize);
      }
      await this.repo.move(current, userId);
      return current;
    });
    const view = await this.view(cohortId, participants, language, null);
    const grouping = view.find((g) => g.kind === group.kind);
    if (!grouping) throw GroupsException.groupNotFound(groupId);
    return grouping;
  }

  private async languageOf(user: AuthUser): Promise<ExplanationLanguage> {
    return this.users.languageOf(user.id);
  }

  /**
   * The groupings of a cohort as they stand: every kind formed, its groups with members (current
   * participants only) and meetings; for staff (onlyFor = null) the explanations and who is in no
   * group; for a participant only the groups they are in, without explanations or work domains.
   */
  private async view(
    cohortId: string,
    participants: CohortParticipant[],
    language: ExplanationLanguage,
    onlyFor: string | null,
  ): Promise<GroupingDto[]> {
    const [groups, members, parts] = await Promise.all([
      this.repo.groups(cohortId),
      this.repo.members(cohortId),
      this.access.parts(cohortId),
    ]);
    const current = new Set(participants.map((p) => p.userId));
    const membersOf = new Map<string, GroupMemberRow[]>();
    for (const m of members) {
      if (!current.has(m.userId)) continue;
      const list = membersOf.get(m.groupId) ?? [];
      list.push(m);
      membersOf.set(m.groupId, list);
    }
    const staff = onlyFor === null;
    const out: GroupingDto[] = [];
    for (const kind of ['werkatelier', 'intervision'] as const) {
      const ofKind = groups.filter((g) => g.kind === kind);
      if (ofKind.length === 0) continue;
      const rounds = Math.max(...ofKind.map((g) => g.round));
      const first = ofKind[0];
      const shown = staff
        ? ofKind
        : ofKind.filter((g) => (membersOf.get(g.id) ?? []).some((m) => m.userId === onlyFor));
      if (!staff && shown.length === 0) continue;
      const grouped = new Set(ofKind.flatMap((g) => (membersOf.get(g.id) ?? []).map((m) => m.userId)));
      const byRound = Array.from({ length: rounds }, (_, r) =>
        ofKind.filter((g) => g.round === r + 1).map((g) => (membersOf.get(g.id) ?? []).map((m) => m.userId)),
      );
      out.push({
        kind,
        rounds,
        minSize: first.minSize,
        maxSize: first.maxSize,
        seed: first.seed,
        groups: shown.map((g) => ({
          id: g.id,
          kind: g.kind,
          round: g.round,
          position: g.position,
          name: g.name,
          members: (membersOf.get(g.id) ?? []).map((m) => member(m, staff)),
          meetings: meetings(parts, g, rounds),
        })),
        explanations: staff
          ? render(
              explainGroups({
                participants: participants.map(asGroupingParticipant),
                kind: { min: first.minSize, max: first.maxSize },
                rounds: byRound,
              }),
              language,
            )
          : [],
        ungrouped: staff
          ? participants
              .filter((p) => !grouped.has(p.userId))
              .map((p) => ({
                userId: p.userId,
                name: p.name,
                organisationName: p.organisationName,
                workDomain: p.workDomain,
              }))
          : [],
      });
    }
    return out;
  }
}

function member(m: GroupMemberRow, staff: boolean): GroupMemberDto {
  const base = { userId: m.userId, name: m.name, organisationName: m.organisationName };
  return staff ? { ...base, workDomain: m.workDomain } : base;
}

/** A group's meetings: the cohort's parts of its kind; with rotation, those of its round (cycling). */
function meetings(parts: CohortPartRow[], g: GroupRow, rounds: number) {
  return parts
    .filter((p) => p.kind === MEETING_KIND[g.kind])
    .filter((_, i) => rounds === 1 || (i % rounds) + 1 === g.round)
    .map((p) => ({
      cohortPartId: p.id,
      title: p.title,
      kind: MEETING_KIND[g.kind],
      startsAt: new Date(p.startsAt).toISOString(),
      endsAt: new Date(p.endsAt).toISOString(),
      venueName: p.venueName,
      city: p.city,
      onlineUrl: p.onlineUrl,
    }));
}

function render(unmet: UnmetExplanation[], language: ExplanationLanguage) {
  return unmet.map((u) => ({
    rule: u.rule,
    code: u.code,
    params: u.params,
    message: renderExplanation(u.code, u.params, language),
  }));
}
