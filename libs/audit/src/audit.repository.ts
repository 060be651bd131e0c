import { Injectable } from '@nestjs/common';
import { Db, type ActorType } from '#libs/database';
import type { AuditAction } from './audit.entities.js';

export interface AuditFilter {
  from?: Date;
  /** Exclusive. */
  to?: Date;
  actorId?: string;
  table?: string;
  recordId?: string;
}

export interface AuditRow {
  id: string;
  occurredAt: Date;
  transactionId: string;
  actorType: ActorType;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  actorLabel: string | null;
  ip: string | null;
  requestId: string | null;
  action: AuditAction;
  table: string;
  recordId: string;
  changedColumns: string[];
}

// One WHERE for every read: a left-out filter is a NULL parameter, which PostgreSQL folds away
// when it plans the (unnamed) statement with its values, so each filter's index still applies.
const WHERE = `($1::timestamptz IS NULL OR a.occurred_at >= $1)
   AND ($2::timestamptz IS NULL OR a.occurred_at < $2)
   AND ($3::uuid IS NULL OR a.actor_id = $3)
   AND ($4::text IS NULL OR a.table_name = $4)
   AND ($5::text IS NULL OR a.record_id = $5)`;

// The person's current name and address, looked up now: once an account is erased only its id remains.
const SELECT = `SELECT a.id, a.occurred_at AS "occurredAt", a.transaction_id AS "transactionId", a.actor_type AS "actorType",
       a.actor_id AS "actorId", u.name AS "actorName", u.email AS "actorEmail", a.actor_label AS "actorLabel",
       host(a.ip) AS ip, a.request_id AS "requestId", a.action, a.table_name AS "table", a.record_id AS "recordId",
       a.changed_columns AS "changedColumns"
  FROM audit_events a LEFT JOIN user_directory u ON u.id = a.actor_id`;

const params = (f: AuditFilter): unknown[] => [
  f.from ?? null,
  f.to ?? null,
  f.actorId ?? null,
  f.table ?? null,
  f.recordId ?? null,
];

/** Reads of the trail; nothing here writes it (the audit trigger does). */
@Injectable()
export class AuditRepository {
  constructor(private readonly db: Db) {}

  /** Newest first. */
  page(filter: AuditFilter, limit: number, offset: number): Promise<AuditRow[]> {
    return this.db.manager.query(`${SELECT} WHERE ${WHERE} ORDER BY a.id DESC LIMIT $6 OFFSET $7`, [
      ...params(filter),
      limit,
      offset,
    ]);
  }

  async count(filter: AuditFilter): Promise<number> {
    const [row] = await this.db.manager.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM audit_events a WHERE ${WHERE}`,
      params(filter),
    );
    return row.n;
  }

  /** How many rows match, and the newest of them: an export covers exactly those, however long it streams. */
  async extent(filter: AuditFilter): Promise<{ rows: number; lastId: string | null }> {
    // An aggregate without GROUP BY always answers one row.
    const [row] = await this.db.manager.query<[{ rows: number; lastId: string | null }]>(
      `SELECT count(*)::int AS rows, max(a.id)::text AS "lastId" FROM audit_events a WHERE ${WHERE}`,
      params(filter),
    );
    return row;
  }

  /** Oldest first, after `afterId` and up to `lastId`: keyset batches for the export. */
  batch(filter: AuditFilter, afterId: string, lastId: string, limit: number): Promise<AuditRow[]> {
    return this.db.manager.query(`${SELECT} WHERE ${WHERE} AND a.id > $6 AND a.id <= $7 ORDER BY a.id LIMIT $8`, [
      ...params(filter),
      afterId,
      lastId,
      limit,
    ]);
  }
}
