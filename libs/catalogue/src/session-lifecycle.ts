import { Injectable } from '@nestjs/common';

export interface SessionLifecycleListener {
  /** Runs inside the transaction that changed the capacity (session row locked); may refuse by throwing. */
  capacityChanged?(event: { sessionId: string; capacity: number; actorId: string }): Promise<void>;
  /** Runs inside the transaction that cancelled the session; no actor when the go/no-go decision cancelled it. */
  cancelled?(event: { sessionId: string; actorId: string | null }): Promise<void>;
}

/**
 * Lets areas built on the catalogue (enrolments) act on session changes in the same
 * transaction, without the catalogue depending on them.
 */
@Injectable()
export class SessionLifecycle {
  private readonly listeners: SessionLifecycleListener[] = [];

  register(listener: SessionLifecycleListener): void {
    this.listeners.push(listener);
  }

  async capacityChanged(event: { sessionId: string; capacity: number; actorId: string }): Promise<void> {
    for (const l of this.listeners) await l.capacityChanged?.(event);
  }

  async cancelled(event: { sessionId: string; actorId: string | null }): Promise<void> {
    for (const l of this.listeners) await l.cancelled?.(event);
  }
}
