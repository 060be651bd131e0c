import { DomainException } from '#libs/common';
import type { FieldError } from '#libs/common';

export enum ElectiveErrorCode {
  PART_NOT_FOUND = 'ELECTIVE_PART_NOT_FOUND',
  NOT_ELECTIVE = 'PART_NOT_ELECTIVE',
  MODULE_NOT_FOUND = 'MODULE_NOT_FOUND',
  CAP_BELOW_ALLOCATED = 'MODULE_CAP_BELOW_ALLOCATED',
  MODULE_HAS_ALLOCATIONS = 'MODULE_HAS_ALLOCATIONS',
  MODULE_FULL = 'MODULE_FULL',
  CHOICE_DEADLINE_PASSED = 'CHOICE_DEADLINE_PASSED',
  CHOICES_CLOSED = 'CHOICES_CLOSED',
  INVALID_CHOICES = 'INVALID_CHOICES',
  INVALID_MODULE = 'INVALID_MODULE',
  ALLOCATION_PUBLISHED = 'ALLOCATION_PUBLISHED',
  NO_ALLOCATION = 'NO_ALLOCATION',
  NO_MODULES = 'NO_MODULES',
  NOT_A_PARTICIPANT = 'NOT_A_COHORT_PARTICIPANT',
  NOT_ALLOWED = 'ELECTIVE_NOT_ALLOWED',
}

/** Problems with an elective part's modules, choices and allocation, as problem+json with a stable code. */
export class ElectiveException extends DomainException {
  static partNotFound(cohortPartId: string) {
    return new ElectiveException(
      ElectiveErrorCode.PART_NOT_FOUND,
      'not_found',
      `Cohort part ${cohortPartId} is not a part of this cohort.`,
    );
  }
  static notElective() {
    return new ElectiveException(
      ElectiveErrorCode.NOT_ELECTIVE,
      'conflict',
      'This part is not an elective part: it has no modules to choose.',
    );
  }
  static moduleNotFound(moduleId: string) {
    return new ElectiveException(
      ElectiveErrorCode.MODULE_NOT_FOUND,
      'not_found',
      `Module ${moduleId} is not a module of this cohort.`,
    );
  }
  static capBelowAllocated(cap: number, allocated: number) {
    return new ElectiveException(
      ElectiveErrorCode.CAP_BELOW_ALLOCATED,
      'conflict',
      `${allocated} participants are allocated to this module; its cap cannot be ${cap}.`,
      [{ field: 'cap', messages: [`cap must be at least ${allocated}, the participants already allocated`] }],
    );
  }
  static hasAllocations(allocated: number) {
    return new ElectiveException(
      ElectiveErrorCode.MODULE_HAS_ALLOCATIONS,
      'conflict',
      `${allocated} participants are allocated to this module; move them first.`,
    );
  }
  static full(cap: number) {
    return new ElectiveException(
      ElectiveErrorCode.MODULE_FULL,
      'conflict',
      `All ${cap} places of this module are taken.`,
    );
  }
  static deadlinePassed(deadline: Date) {
    return new ElectiveException(
      ElectiveErrorCode.CHOICE_DEADLINE_PASSED,
      'conflict',
      `Choices for this part closed at ${deadline.toISOString()}.`,
    );
  }
  static choicesClosed() {
    return new ElectiveException(
      ElectiveErrorCode.CHOICES_CLOSED,
      'conflict',
      'The allocation of this part is published; choices can no longer change.',
    );
  }
  static invalidChoices(errors: FieldError[]) {
    return new ElectiveException(
      ElectiveErrorCode.INVALID_CHOICES,
      'validation',
      'These choices are not valid.',
      errors,
    );
  }
  static invalidModule(field: string, message: string) {
    return new ElectiveException(ElectiveErrorCode.INVALID_MODULE, 'validation', message, [
      { field, messages: [message] },
    ]);
  }
  static published() {
    return new ElectiveException(
      ElectiveErrorCode.ALLOCATION_PUBLISHED,
      'conflict',
      'The allocation of this part is already published; move participants one by one instead.',
    );
  }
  static noAllocation() {
    return new ElectiveException(
      ElectiveErrorCode.NO_ALLOCATION,
      'conflict',
      'There is no allocation for this part yet: run it first.',
    );
  }
  static noModules() {
    return new ElectiveException(
      ElectiveErrorCode.NO_MODULES,
      'conflict',
      'This part has no modules yet: add them first.',
    );
  }
  static notParticipant(userId: string) {
    return new ElectiveException(
      ElectiveErrorCode.NOT_A_PARTICIPANT,
      'not_found',
      `User ${userId} is not a confirmed participant of this cohort.`,
    );
  }
  static notAllowed(message: string) {
    return new ElectiveException(ElectiveErrorCode.NOT_ALLOWED, 'forbidden', message);
  }
}
