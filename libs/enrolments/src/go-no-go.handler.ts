import { Injectable, Logger } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { GO_NO_GO_JOB, SessionGoNoGo } from '#libs/catalogue';
import type { GoNoGoDecision, GoNoGoJob } from '#libs/catalogue';
import { Db } from '#libs/database';
import { JobQueue } from '#libs/jobs';
import { NotificationsService } from '#libs/notifications';
import { goNoGoMessage } from './go-no-go-messages.js';
import { GoNoGoRepository } from './go-no-go.repository.js';
import { EnrolmentsRepository } from './enrolments.repository.js';

/** Safety net for the per-session jobs: every five minutes, the sessions whose moment passed undecided. */
export const SWEEP_GO_NO_GO_JOB = 'session.sweep-go-no-go';

/** Who else organises a session (a programme's cohort has its own organisers); by session and course. */
export type GoNoGoRecipientSource = (session: { id: string; courseId: string }) => Promise<string[]>;

/**
 * Areas built on enrolments (programmes) add whom the go/no-go notice also goes to, without
 * enrolments depending on them. Register in onModuleInit.
 */
@Injectable()
export class GoNoGoRecipients {
  private readonly sources: GoNoGoRecipientSource[] = [];

  register(source: GoNoGoRecipientSource): void {
    this.sources.push(source);
  }

  async of(session: { id: string; courseId: string }): Promise<string[]> {
    const lists = await Promise.all(this.sources.map((source) => source(session)));
    return lists.flat();
  }
}

/**
 * A session's go/no-go moment (catalogue's `session.go-no-go` job, enqueued with the session's
 * write): catalogue records the decision once, under the session's row lock; enrolments counts
 * the confirmed participants under the seat lock (so no enrolment decides meanwhile) and tells the
 * organisers (the course's teachers and its organisation's L&D) in the same transaction. With
 * auto-cancel and too few, catalogue's cancellation path tells every participant and releases the
 * seats (the engine's listener).
 */
@Injectable()
export class GoNoGoHandler implements OnModuleInit {
  private readonly logger = new Logger('GoNoGo');

  constructor(
    private readonly db: Db,
    private readonly goNoGo: SessionGoNoGo,
    private readonly repo: GoNoGoRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly notifications: NotificationsService,
    private readonly recipients: GoNoGoRecipients,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.define<GoNoGoJob>({
      name: GO_NO_GO_JOB,
      handler: (job) => this.decide(job.sessionId).then(() => undefined),
    });
    this.jobs.define<object>({
      name: SWEEP_GO_NO_GO_JOB,
      cron: '*/5 * * * *',
      handler: () => this.sweep().then(() => undefined),
    });
  }

  /** Decides one session if it is due; null when it is not (or already decided: a second run changes nothing). */
  decide(sessionId: string, now = new Date()): Promise<GoNoGoDecision | null> {
    return this.db.transaction(async () => {
      const decision = await this.goNoGo.decide(
        sessionId,
        async (id) => {
          await this.enrolments.lockSeats(id);
          return this.repo.confirmedCount(id);
        },
        now,
      );
      if (!decision) return null;
      const session = await this.enrolments.seatSession(sessionId);
      if (!session) return decision;
      const extra = await this.recipients.of({ id: session.id, courseId: session.courseId });
      const organisers = [...new Set([...(await this.repo.organisers(session.courseId)), ...extra])];
      const message = goNoGoMessage(session, decision);
      for (const userId of organisers) await this.notifications.notify(userId, message);
      return decision;
    });
  }

  /** Every session whose go/no-go moment passed undecided; one failure does not stop the rest. */
  async sweep(now = new Date()): Promise<number> {
    let decided = 0;
    for (const sessionId of await this.goNoGo.due(now, 200)) {
      try {
        if (await this.decide(sessionId, now)) decided++;
      } catch (e) {
        this.logger.warn(`Go/no-go of session ${sessionId} failed: ${(e as Error).message}`);
      }
    }
    return decided;
  }
}
