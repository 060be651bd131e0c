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
import type { Role } from '#libs/common';
import { Organisation } from '#libs/organisations';

/** Languages a person reads their notifications and e-mails in; the web app's switch offers the same. */
export const USER_LANGUAGES = ['nl', 'en'] as const;
export type UserLanguage = (typeof USER_LANGUAGES)[number];

/** The part of government work a person does (issue #11): for mixing learning groups across domains. */
export const WORK_DOMAINS = ['beleid', 'uitvoering', 'toezicht', 'bedrijfsvoering'] as const;
export type WorkDomain = (typeof WORK_DOMAINS)[number];

@Entity('users')
@Check('ck_users_language', `"language" IN ('nl', 'en')`)
@Check(
  'ck_users_work_domain',
  `"work_domain" IS NULL OR "work_domain" IN ('beleid', 'uitvoering', 'toezicht', 'bedrijfsvoering')`,
)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; unique. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash: string;

  /**
   * Set only from proof: a verified address in one of the organisation's domains, its identity
   * provider, or an admin. Null: learns from public courses only until an admin assigns one.
   */
  @Index('ix_users_organisation')
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_users_organisation' })
  organisation?: Relation<Organisation>;

  /** Granted roles beyond learner; teacher follows from having a teacher profile. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: Role[];

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** Null until the owner proved the address is theirs; unverified accounts can only verify. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** What messages to this person are written in: set from the web app's language switch. */
  @Column({ type: 'varchar', length: 2, default: 'nl' })
  language: UserLanguage;

  /** Policy, operations, supervision or business operations; set by the person (PUT /me/preferences). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  workDomain: WorkDomain | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One signed-in device; its refresh tokens rotate, and revoking it ends its access tokens too. */
@Entity('auth_sessions')
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_auth_sessions_user')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_auth_sessions_user' })
  user?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  revokedReason: string | null;
}

@Entity('refresh_tokens')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_refresh_tokens_session')
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => AuthSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_refresh_tokens_session' })
  session?: Relation<AuthSession>;

  /** SHA-256 of the secret part; the secret itself is never stored. */
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

/** A single-use, expiring proof of an e-mail address; only the secret's hash is stored. */
@Entity('email_verifications')
export class EmailVerification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_email_verifications_user')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_email_verifications_user' })
  user?: Relation<User>;

  /** SHA-256 of the secret mailed in the link; null until the mail job has made one. */
  @Column({ type: 'char', length: 64, nullable: true })
  secretHash: string | null;

  /**
   * The password of the registration that asked for this link: it becomes the account's only
   * when the link is opened with it (so a stranger's earlier sign-up with the address is void).
   */
  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash: string;

  /** The name given with that registration. */
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

/**
 * Failed sign-in attempts per key (`account:<email>`, `address:<ip>`), shared by every API
 * replica; `blockedUntil` is the exponential back-off in force.
 */
@Entity('auth_throttles')
export class AuthThrottle {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'int' })
  failures: number;

  @Column({ type: 'timestamptz' })
  lastFailureAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;

  /** Whether the last attempt found the key blocked (read back by the same statement). */
  @Column({ type: 'boolean', default: false })
  lastBlocked: boolean;
}
