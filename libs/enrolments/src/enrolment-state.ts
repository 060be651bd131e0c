import type { EnrolmentStatus } from './enrolment.entities.js';

/** The enrolment state machine: every allowed transition, and nothing else. */
export const TRANSITIONS: Record<EnrolmentStatus, readonly EnrolmentStatus[]> = {
  waitlisted: ['offered', 'confirmed', 'pending_approval', 'cancelled'],
  offered: ['confirmed', 'pending_approval', 'declined', 'expired', 'cancelled'],
  pending_approval: ['confirmed', 'rejected', 'expired', 'cancelled'],
  confirmed: ['cancelled', 'attended', 'no_show'],
  attended: ['no_show'],
  no_show: ['attended'],
  cancelled: [],
  rejected: [],
  declined: [],
  expired: [],
};

export function canTransition(from: EnrolmentStatus, to: EnrolmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
