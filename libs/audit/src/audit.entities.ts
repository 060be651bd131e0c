import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ActorType } from '#libs/database';

export const AUDIT_ACTIONS = ['insert', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One changed row of a business table. Written only by the audit trigger (migration AuditTrail),
 * in the transaction of the change itself; append-only (a trigger refuses UPDATE, DELETE and
 * TRUNCATE). Holds ids and column names, never values: no foreign keys either, so erasing a
 * person keeps the trail, which then shows only an id nobody can resolve.
 */
@Entity('audit_events')
@Check('ck_audit_events_actor_type', `actor_type IN ('user', 'anonymous', 'job', 'system')`)
@Check('ck_audit_events_action', `action IN ('insert', 'update', 'delete')`)
@Index('ix_audit_events_actor', ['actorId', 'id'], { where: 'actor_id IS NOT NULL' })
@Index('ix_audit_events_record', ['recordId', 'id'])
export class AuditEvent {
  /** Insertion order; the list and the export are ordered by it. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** The change's transaction time: every row of one change carries the same moment. */
  // BRIN (in the migration): rows arrive in time order, so a period is found at almost no write cost.
  @Index('ix_audit_events_occurred_at', { synchronize: false })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** Groups the rows that one change (one transaction) wrote. */
  @Column({ type: 'bigint', default: () => 'txid_current()' })
  transactionId: string;

  @Column({ type: 'varchar', length: 10 })
  actorType: ActorType;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** A job's name; empty for persons (who are kept as ids only). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  actorLabel: string | null;

  @Column({ type: 'inet', nullable: true })
  ip: string | null;

  /** The HTTP request (X-Request-Id) or the pg-boss job that made the change. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 6 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 63 })
  tableName: string;

  /** The row's primary key; composite keys joined by commas in key order. */
  @Column({ type: 'varchar', length: 200 })
  recordId: string;

  /** Names of the columns written (insert: those set; update: those changed; delete: none). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  changedColumns: string[];
}
