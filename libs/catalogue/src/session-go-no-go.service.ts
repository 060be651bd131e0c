import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { GoNoGoOutcome } from './catalogue.entities.js';
import { goNoGoDue } from './session-go-no-go.js';
import type { GoNoGoDecision } from './session-go-no-go.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';

/**
 * Makes the go/no-go decision of one session, once: under the session's row lock it checks the
 * session is due, asks `countConfirmed` (enrolments, which owns the seats) and records the outcome;
 * with auto-cancel on and too few, it cancels through the one cancellation path (everyone is told
 * and the seats are released by enrolments' listener). A second run finds it decided: null.
 */
@Injectable()
export class SessionGoNoGo {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsRepository,
    private readonly service: SessionsService,
  ) {}

  decide(
    sessionId: string,
    countConfirmed: (sessionId: string) => Promise<number>,
    now = new Date(),
  ): Promise<GoNoGoDecision | null> {
    return this.db.transaction(async () => {
      const s = await this.sessions.findByIdForUpdate(sessionId);
      if (!s || !goNoGoDue(s, now)) return null;
      const confirmed = await countConfirmed(s.id);
      const outcome: GoNoGoOutcome =
        confirmed >= s.minParticipants ? 'go' : s.autoCancel ? 'cancelled' : 'below_minimum';
      await this.sessions.update(s.id, { goNoGoDecidedAt: now, goNoGoOutcome: outcome });
      if (outcome === 'cancelled') await this.service.cancelLocked(s, null);
      return {
        sessionId: s.id,
        courseId: s.courseId,
        minParticipants: s.minParticipants,
        confirmed,
        outcome,
        decidedAt: now,
      };
    });
  }

  /** Sessions whose go/no-go moment passed undecided (the sweep's list), oldest first. */
  due(now: Date, limit: number): Promise<string[]> {
    return this.sessions.dueForGoNoGo(now, limit);
  }
}
