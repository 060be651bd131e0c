import { Injectable } from '@nestjs/common';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { AppConfig, DomainException } from '#libs/common';
import type { AuthUser } from '#libs/common';
import type {
  LearningRecordDto,
  LearningRecordEntryDto,
  ParticipationProofDto,
  VerifiedProofDto,
} from './dto/learning-record.dto.js';
import { LearningRecordRepository } from './learning-record.repository.js';
import type { LearningRecordRow } from './learning-record.repository.js';

export enum LearningRecordErrorCode {
  PROOF_NOT_FOUND = 'PROOF_NOT_FOUND',
  NOT_ATTENDED = 'ENROLMENT_NOT_ATTENDED',
}

export class LearningRecordException extends DomainException {
  /** A wrong code, or an enrolment that is not the caller's: the same answer, so nothing leaks. */
  static proofNotFound() {
    return new LearningRecordException(
      LearningRecordErrorCode.PROOF_NOT_FOUND,
      'not_found',
      'There is no proof of participation with this code.',
    );
  }
  static notAttended(status: string) {
    return new LearningRecordException(
      LearningRecordErrorCode.NOT_ATTENDED,
      'conflict',
      `Only an attended enrolment has a proof of participation; this one is ${status}.`,
    );
  }
}

/** 16 bytes of the enrolment id, then 16 bytes of the HMAC tag: 43 characters of base64url. */
const CODE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Verification codes: the enrolment id with an HMAC-SHA256 (truncated to 128 bits) over the
 * enrolment, the learner and their name as printed, the course, the session and its start, keyed by
 * PROOF_SECRET (or a key derived from JWT_SECRET). Nobody without the key can make one, and a code
 * stops verifying when any of these changes (an erased account loses its name, so its proofs go
 * with it) or the enrolment is no longer attended. Nothing is stored.
 */
export class ProofCodes {
  constructor(private readonly key: Buffer) {}

  static fromConfig(config: AppConfig): ProofCodes {
    if (config.PROOF_SECRET) return new ProofCodes(Buffer.from(config.PROOF_SECRET, 'utf8'));
    if (!config.JWT_SECRET) throw new Error('PROOF_SECRET or JWT_SECRET must be set');
    const derived = hkdfSync('sha256', config.JWT_SECRET, 'collegiaal', 'proof of participation v1', 32);
    return new ProofCodes(Buffer.from(derived));
  }

  private tag(r: LearningRecordRow): Buffer {
    const message = ['v1', r.id, r.user_id, r.learner_name, r.course_id, r.session_id, r.starts_at.toISOString()].join(
      '\n',
    );
    return createHmac('sha256', this.key).update(message).digest().subarray(0, 16);
  }

  codeFor(r: LearningRecordRow): string {
    return Buffer.concat([Buffer.from(r.id.replaceAll('-', ''), 'hex'), this.tag(r)]).toString('base64url');
  }

  /** The enrolment id a well-formed code names, or null; the tag is checked by `matches`. */
  enrolmentOf(code: string): string | null {
    if (!CODE.test(code)) return null;
    const hex = Buffer.from(code, 'base64url').subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  matches(code: string, r: LearningRecordRow): boolean {
    const given = Buffer.from(code, 'base64url');
    const expected = Buffer.from(this.codeFor(r), 'base64url');
    // A code is canonical base64url: re-encoding must give the same text (no trailing bits smuggled in).
    return given.length === expected.length && timingSafeEqual(given, expected) && given.toString('base64url') === code;
  }
}

function hours(r: LearningRecordRow): number {
  return Number(r.duration_hours);
}

/** Sums of hours in hundredths, so 0.1 + 0.2 stays 0.3. */
function sumHours(rows: LearningRecordRow[]): number {
  return rows.reduce((sum, r) => sum + Math.round(hours(r) * 100), 0) / 100;
}

function toEntry(r: LearningRecordRow): LearningRecordEntryDto {
  return {
    enrolmentId: r.id,
    courseId: r.course_id,
    title: r.course_title,
    kind: r.kind,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    durationHours: hours(r),
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
  };
}

/** The fields a proof and its public check share, as a plain object. */
function verified(r: LearningRecordRow, code: string) {
  return {
    learnerName: r.learner_name,
    title: r.course_title,
    kind: r.kind,
    organisationName: r.organisation_name,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    durationHours: hours(r),
    verificationCode: code,
  };
}

/** A learner's record of completed courses and programmes, its proofs and their public check. */
@Injectable()
export class LearningRecordService {
  private readonly codes: ProofCodes;

  constructor(
    private readonly repo: LearningRecordRepository,
    private readonly config: AppConfig,
  ) {
    this.codes = ProofCodes.fromConfig(config);
  }

  async record(user: AuthUser): Promise<LearningRecordDto> {
    const rows = await this.repo.attendedBy(user.id);
    return {
      learnerName: user.name,
      entries: rows.map(toEntry),
      totals: {
        completed: rows.length,
        hoursThisYear: sumHours(rows.filter((r) => r.this_year)),
        hoursAllTime: sumHours(rows),
      },
    };
  }

  /** Someone else's enrolment is 404 like an unknown one; one of the caller's that was not attended is 409. */
  async proof(user: AuthUser, enrolmentId: string): Promise<ParticipationProofDto> {
    const r = await this.repo.byId(enrolmentId);
    if (r?.user_id !== user.id) throw LearningRecordException.proofNotFound();
    if (r.status !== 'attended') throw LearningRecordException.notAttended(r.status);
    const code = this.codes.codeFor(r);
    return { ...verified(r, code), enrolmentId: r.id, verificationUrl: `${this.publicUrl()}/bewijs/${code}` };
  }

  /** Public: a code that is not well-formed, not signed by us, or of an enrolment no longer attended is 404. */
  async verify(code: string): Promise<VerifiedProofDto> {
    const enrolmentId = this.codes.enrolmentOf(code);
    const r = enrolmentId ? await this.repo.byId(enrolmentId) : null;
    if (r?.status !== 'attended' || !this.codes.matches(code, r)) throw LearningRecordException.proofNotFound();
    return verified(r, code);
  }

  private publicUrl(): string {
    return this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`;
  }
}
