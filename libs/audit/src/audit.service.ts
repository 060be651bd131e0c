import { Injectable } from '@nestjs/common';
import { AuditException } from './audit.exception.js';
import { AuditRepository, type AuditFilter, type AuditRow } from './audit.repository.js';
import { csvLine } from './csv.js';
import type { AuditEventDto, AuditEventPageDto, AuditQueryDto } from './dto/audit.dto.js';

/**
 * The most rows one export may hold: about 25 MB of CSV (≈ 250 bytes a row), which a spreadsheet
 * opens and a browser downloads in seconds; a longer period is exported in parts.
 */
export const AUDIT_EXPORT_LIMIT = 100_000;
// Rows per query while exporting: memory stays flat whatever the export's size.
const EXPORT_BATCH = 5_000;

const CSV_HEADER = [
  'id',
  'occurred_at',
  'transaction_id',
  'actor_type',
  'actor_id',
  'actor_name',
  'actor_email',
  'actor_label',
  'ip',
  'request_id',
  'action',
  'table',
  'record_id',
  'changed_columns',
];

@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  async list(query: AuditQueryDto): Promise<AuditEventPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const filter = toFilter(query);
    const [rows, total] = await Promise.all([
      this.repo.page(filter, pageSize, (page - 1) * pageSize),
      this.repo.count(filter),
    ]);
    return { items: rows.map(toDto), page, pageSize, total };
  }

  /** Checks the size first (so a too-large export is a clear 400, not a cut-off file), then streams CSV oldest first. */
  async exportCsv(query: AuditFilter): Promise<AsyncIterable<string>> {
    const filter = toFilter(query);
    const { rows, lastId } = await this.repo.extent(filter);
    if (rows > AUDIT_EXPORT_LIMIT) throw AuditException.exportTooLarge(rows, AUDIT_EXPORT_LIMIT);
    const repo = this.repo;
    return (async function* () {
      // A byte-order mark, so spreadsheet programs read the file as UTF-8 (names with accents).
      yield '\uFEFF' + csvLine(CSV_HEADER);
      if (!lastId) return;
      let after = '0';
      for (;;) {
        const batch = await repo.batch(filter, after, lastId, EXPORT_BATCH);
        if (!batch.length) return;
        yield batch.map(toCsvLine).join('');
        after = batch[batch.length - 1].id;
      }
    })();
  }
}

function toFilter(q: AuditFilter): AuditFilter {
  return { from: q.from, to: q.to, actorId: q.actorId, table: q.table, recordId: q.recordId };
}

function toDto(r: AuditRow): AuditEventDto {
  return { ...r, occurredAt: r.occurredAt.toISOString() };
}

function toCsvLine(r: AuditRow): string {
  return csvLine([
    r.id,
    r.occurredAt.toISOString(),
    r.transactionId,
    r.actorType,
    r.actorId,
    r.actorName,
    r.actorEmail,
    r.actorLabel,
    r.ip,
    r.requestId,
    r.action,
    r.table,
    r.recordId,
    r.changedColumns.join(' '),
  ]);
}
