import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { SESSION_CHANGED_JOB } from '#libs/catalogue';
import type { SessionChangedJob } from '#libs/catalogue';
import { Db } from '#libs/database';
import { JobQueue } from '#libs/jobs';
import { NotificationsService } from '#libs/notifications';
import { messages } from './enrolment-messages.js';
import { ACTIVE_STATUSES } from './enrolment.entities.js';
import { EnrolmentsRepository } from './enrolments.repository.js';

/**
 * A session whose date/time, place or link changed (catalogue's `session.changed` job): everyone
 * who holds or waits for a seat hears what changed, in-app and by e-mail, in their own language.
 * Their calendar events follow by themselves: the SEQUENCE includes the session's schedule version.
 */
@Injectable()
export class SessionChangeHandler implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly repo: EnrolmentsRepository,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<SessionChangedJob>({
      name: SESSION_CHANGED_JOB,
      handler: (job) => this.notifyParticipants(job).then(() => undefined),
    });
  }

  /** All participants or, on a failure, none (the job retries): nobody is told twice. Returns how many were told. */
  notifyParticipants(job: SessionChangedJob): Promise<number> {
    return this.db.transaction(async () => {
      const session = await this.repo.seatSession(job.sessionId);
      // A session cancelled meanwhile has told its participants that instead.
      if (!session || session.status === 'cancelled') return 0;
      const participants = await this.repo.findBySession(job.sessionId, [...ACTIVE_STATUSES]);
      for (const e of participants) await this.notifications.notify(e.userId, messages.sessionChanged(session, job));
      return participants.length;
    });
  }
}
