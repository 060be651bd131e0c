import { DomainException } from '#libs/common';

export enum AuditErrorCode {
  EXPORT_TOO_LARGE = 'AUDIT_EXPORT_TOO_LARGE',
}

export class AuditException extends DomainException {
  static exportTooLarge(rows: number, limit: number) {
    return new AuditException(
      AuditErrorCode.EXPORT_TOO_LARGE,
      'validation',
      `${rows} audit events match; an export holds at most ${limit}. Narrow the period or add a filter.`,
    );
  }
}
