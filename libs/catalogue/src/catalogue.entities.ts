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
import { User } from '#libs/identity';
import { Organisation } from '#libs/organisations';

export const FORMATS = ['klassikaal', 'online', 'hybride'] as const;
export type Format = (typeof FORMATS)[number];
export const LEVELS = ['basis', 'verdieping', 'expert'] as const;
export type Level = (typeof LEVELS)[number];
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];
export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
/** A course, or a learning programme (whose cohorts are its sessions; see libs/programmes). */
export const COURSE_KINDS = ['course', 'programme'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];
/** What the go/no-go moment decided: enough participants, too few (told only), too few and cancelled. */
export const GO_NO_GO_OUTCOMES = ['go', 'below_minimum', 'cancelled'] as const;
export type GoNoGoOutcome = (typeof GO_NO_GO_OUTCOMES)[number];

const numeric = { to: (v?: number | null) => v, from: (v?: string | null) => (v == null ? v : Number(v)) };

@Entity('teacher_profiles')
export class TeacherProfile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_teacher_profiles_user', { unique: true })
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_teacher_profiles_user' })
  user?: Relation<User>;

  /** External id from an import (e.g. `t001`); null for profiles made in the app. */
  @Index('uq_teacher_profiles_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 80, nullable: true })
  externalId: string | null;

  @Column({ type: 'varchar', length: 160, default: '' })
  jobTitle: string;

  @Column({ type: 'text', default: '' })
  bio: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  formats: Format[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regions: string[];

  @Column({ type: 'text', array: true, default: () => "'{nl}'" })
  languages: Language[];

  @Column({ type: 'boolean', default: false })
  inCompany: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  photoUrl: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('courses')
@Index('ix_courses_status_created', ['status', 'createdAt'])
@Index('ix_courses_organisation', ['organisationId'])
@Check('ck_courses_duration', '"duration_hours" > 0')
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_courses_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 80, nullable: true })
  externalId: string | null;

  /** Trigram index on public titles, for suggestions (migration CatalogueFacetIndexes). */
  @Index('ix_courses_public_title_trgm', { synchronize: false })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 500 })
  summary: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  learningGoals: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  /** Lower-cased topics, kept by the service, for case-insensitive filtering (GIN index). */
  @Index('ix_courses_topic_keys', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topicKeys: string[];

  @Column({ type: 'enum', enum: LEVELS, enumName: 'course_level' })
  level: Level;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numeric })
  durationHours: number;

  @Column({ type: 'enum', enum: FORMATS, enumName: 'course_format' })
  format: Format;

  @Column({ type: 'varchar', length: 5, default: 'nl' })
  language: Language;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_courses_organisation' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'boolean', default: false })
  requiresManagerApproval: boolean;

  /** Set for in-company courses: only this organisation sees them. */
  @Column({ type: 'uuid', nullable: true })
  visibleToOrganisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visible_to_organisation_id', foreignKeyConstraintName: 'fk_courses_visible_to' })
  visibleToOrganisation?: Relation<Organisation>;

  @Column({ type: 'enum', enum: COURSE_STATUSES, enumName: 'course_status', default: 'draft' })
  status: CourseStatus;

  @Column({ type: 'enum', enum: COURSE_KINDS, enumName: 'course_kind', default: 'course' })
  kind: CourseKind;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_courses_created_by' })
  createdBy?: Relation<User>;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('course_teachers')
@Index('ix_course_teachers_teacher', ['teacherProfileId'])
export class CourseTeacher {
  @PrimaryColumn({ type: 'uuid' })
  courseId: string;

  @PrimaryColumn({ type: 'uuid' })
  teacherProfileId: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_teachers_course' })
  course?: Relation<Course>;

  @ManyToOne(() => TeacherProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teacher_profile_id', foreignKeyConstraintName: 'fk_course_teachers_teacher' })
  teacherProfile?: Relation<TeacherProfile>;

  /** Display order; 0 is the lead teacher. */
  @Column({ type: 'smallint', default: 0 })
  position: number;
}

@Entity('course_sessions')
@Index('ix_course_sessions_course_start', ['courseId', 'startsAt'])
@Index('ix_course_sessions_go_no_go_due', ['goNoGoAt'], {
  where: '"min_participants" IS NOT NULL AND "go_no_go_decided_at" IS NULL',
})
@Check(
  'ck_course_sessions_minimum',
  `"min_participants" IS NULL OR ("min_participants" >= 1 AND "min_participants" <= "capacity" AND "go_no_go_at" IS NOT NULL AND "go_no_go_at" < "starts_at") OR "go_no_go_decided_at" IS NOT NULL`,
)
@Check(
  'ck_course_sessions_go_no_go_outcome',
  `"go_no_go_outcome" IS NULL OR "go_no_go_outcome" IN ('go', 'below_minimum', 'cancelled')`,
)
@Index('ix_course_sessions_start', ['startsAt'])
@Check('ck_course_sessions_period', '"ends_at" > "starts_at"')
@Check('ck_course_sessions_capacity', '"capacity" > 0')
export class CourseSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_sessions_course' })
  course?: Relation<Course>;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venueName: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'timestamptz' })
  enrolmentDeadline: Date;

  @Column({ type: 'timestamptz' })
  cancellationDeadline: Date;

  @Column({ type: 'enum', enum: SESSION_STATUSES, enumName: 'session_status', default: 'scheduled' })
  status: SessionStatus;

  /** Set for in-company sessions: only this organisation sees them and may enrol. */
  @Column({ type: 'uuid', nullable: true })
  visibleToOrganisationId: string | null;

  /**
   * Grows by one with each change of date/time, place or online link: participants' calendar
   * events take it into their SEQUENCE, so a client replaces the event it already has.
   */
  @Column({ type: 'integer', default: 0 })
  scheduleVersion: number;

  /** Goes ahead only with at least this many confirmed participants, decided at `goNoGoAt` (issue #11). */
  @Column({ type: 'integer', nullable: true })
  minParticipants: number | null;

  /** When the minimum is checked; set whenever `minParticipants` is, before the start. */
  @Column({ type: 'timestamptz', nullable: true })
  goNoGoAt: Date | null;

  /** Below the minimum at `goNoGoAt`: cancel the session (else only the organisers are told). */
  @Column({ type: 'boolean', default: false })
  autoCancel: boolean;

  /** When the go/no-go decision was made: it is made once. */
  @Column({ type: 'timestamptz', nullable: true })
  goNoGoDecidedAt: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  goNoGoOutcome: GoNoGoOutcome | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visible_to_organisation_id', foreignKeyConstraintName: 'fk_course_sessions_visible_to' })
  visibleToOrganisation?: Relation<Organisation>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
