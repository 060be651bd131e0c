import { Injectable } from '@nestjs/common';

/** A person's attendance of a session was marked (a programme's cohort is a session too). */
export interface AttendanceMarked {
  enrolmentId: string;
  userId: string;
  sessionId: string;
  courseId: string;
  status: 'attended' | 'no_show';
}

/** Runs inside the transaction that marked the attendance (seat lock held); may write, may refuse by throwing. */
export type AttendanceListener = (event: AttendanceMarked) => Promise<void>;

/**
 * Where another area (evaluations) acts on attendance in the same transaction, without
 * enrolments knowing it: the listener registers itself at start-up.
 */
@Injectable()
export class AttendanceHooks {
  private readonly listeners: AttendanceListener[] = [];

  register(listener: AttendanceListener): void {
    this.listeners.push(listener);
  }

  async marked(event: AttendanceMarked): Promise<void> {
    for (const listener of this.listeners) await listener(event);
  }
}
