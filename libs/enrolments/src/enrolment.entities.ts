import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { CourseSession } from '#libs/catalogue';
import { User } from '#libs/identity';

export const ENROLMENT_STATUSES = [
  'pending_approval',
  'confirmed',
  'offered',
  'waitlisted',
  'cancelled',
  'rejected',
  'declined',
  'expired',
  'attended',
  'no_show',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** Statuses that hold a place (or a place in the queue): at most one per person per session. */
export const ACTIVE_STATUSES: readonly EnrolmentStatus[] = ['pending_approval', 'confirmed', 'offered', 'waitlisted'];

export const CANCEL_REASONS = ['ziekte', 'werkdruk_prioriteiten', 'andere_verplichting', 'anders'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

@Entity('enrolments')
@Index('uq_enrolments_active_person', ['sessionId', 'userId'], {
  unique: true,
  where: `status IN ('pending_approval', 'confirmed', 'offered', 'waitlisted')`,
})
@Index('ix_enrolments_session_status', ['sessionId', 'status'])
@Index('ix_enrolments_user', ['userId'])
@Index('ix_enrolments_manager_status', ['managerId', 'status'])
export class Enrolment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CourseSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_enrolments_session' })
  session?: Relation<CourseSession>;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_enrolments_user' })
  user?: Relation<User>;

  @Column({ type: 'enum', enum: ENROLMENT_STATUSES, enumName: 'enrolment_status' })
  status: EnrolmentStatus;

  /** Waitlist order: drawn from a sequence under the session lock, so FIFO is strict. */
  @Column({ type: 'bigint', nullable: true })
  queueNumber: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  offerExpiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvalExpiresAt: Date | null;

  /** The manager who approves, for courses that require approval. */
  @Column({ type: 'uuid', nullable: true })
  managerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'fk_enrolments_manager' })
  manager?: Relation<User>;

  @Column({ type: 'varchar', length: 40, nullable: true })
  cancelReason: CancelReason | 'session_cancelled' | null;

  /** Free text with a cancellation ("anders") or a rejection. */
  @Column({ type: 'text', nullable: true })
  reasonNote: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Every state change: who, what, when and why. */
@Entity('enrolment_events')
@Index('ix_enrolment_events_enrolment', ['enrolmentId', 'createdAt'])
export class EnrolmentEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_enrolment_events_enrolment' })
  enrolment?: Relation<Enrolment>;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: EnrolmentStatus | null;

  @Column({ type: 'varchar', length: 20 })
  toStatus: EnrolmentStatus;

  /** null: the system (expiry, promotion). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_enrolment_events_actor' })
  actor?: Relation<User>;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A personal calendar feed; the secret token is only stored hashed. */
@Entity('calendar_feeds')
export class CalendarFeed {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_calendar_feeds_user' })
  user?: Relation<User>;

  @Index('uq_calendar_feeds_token', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Seats held in a session (confirmed, pending approval, unexpired offers): the display cache
 * others read through the view session_availability, kept in the same transaction as every seat
 * decision (decisions themselves recount). Its row is also the lock that serialises the seat
 * decisions of one session; it is made by the first decision.
 */
@Entity('session_seats')
@Check('ck_session_seats_taken', '"seats_taken" >= 0')
export class SessionSeats {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_session_seats' })
  sessionId: string;

  @ManyToOne(() => CourseSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_seats_session' })
  session?: Relation<CourseSession>;

  @Column({ type: 'integer', default: 0 })
  seatsTaken: number;
}
