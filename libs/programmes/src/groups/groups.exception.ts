import { DomainException } from '#libs/common';
import type { FieldError } from '#libs/common';

export enum GroupsErrorCode {
  GROUP_NOT_FOUND = 'COHORT_GROUP_NOT_FOUND',
  NOT_A_PARTICIPANT = 'GROUP_MEMBER_NOT_A_PARTICIPANT',
  GROUP_FULL = 'COHORT_GROUP_FULL',
  INVALID = 'GROUPS_INVALID',
}

/** Problems with a cohort's mixing groups, as problem+json with a stable code. */
export class GroupsException extends DomainException {
  static groupNotFound(groupId: string) {
    return new GroupsException(
      GroupsErrorCode.GROUP_NOT_FOUND,
      'not_found',
      `Group ${groupId} is not a group of this cohort.`,
    );
  }
  static notAParticipant(userId: string) {
    return new GroupsException(
      GroupsErrorCode.NOT_A_PARTICIPANT,
      'not_found',
      `User ${userId} is not a confirmed participant of this cohort.`,
    );
  }
  static groupFull(name: string, maxSize: number) {
    return new GroupsException(
      GroupsErrorCode.GROUP_FULL,
      'conflict',
      `${name} already has ${maxSize} members, the most its groups were formed with. Move someone out first, or move with override: true.`,
    );
  }
  static invalid(errors: FieldError[]) {
    return new GroupsException(GroupsErrorCode.INVALID, 'validation', 'The request is not valid.', errors);
  }
}
