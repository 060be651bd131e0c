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
} from 'typeorm';
import type { Relation } from 'typeorm';
import { CourseSession } from '#libs/catalogue';
import { User } from '#libs/identity';
import { Programme, ProgrammePart } from '../programmes.entities.js';

export const COHORT_ROLES = ['organiser', 'trainer', 'versneller'] as const;
export type CohortRole = (typeof COHORT_ROLES)[number];

/**
 * One run ("tranche") of a programme. Its id is its catalogue session's: one enrolment in that
 * session books the whole package, under the enrolment engine's seat rules.
 */
@Entity('cohorts')
@Index('ix_cohorts_programme', ['programmeId'])
export class Cohort {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_cohorts' })
  sessionId: string;

  @ManyToOne(() => CourseSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_cohorts_session' })
  session?: Relation<CourseSession>;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_cohorts_programme' })
  programme?: Relation<Programme>;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** When and where a cohort holds one part of the programme. */
@Entity('cohort_parts')
@Index('uq_cohort_parts_part', ['cohortId', 'partId'], { unique: true })
@Check('ck_cohort_parts_period', '"ends_at" > "starts_at"')
@Check('ck_cohort_parts_guests', '"guest_capacity" >= 0')
export class CohortPart {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_cohort_parts' })
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_parts_cohort' })
  cohort?: Relation<Cohort>;

  @Column({ type: 'uuid' })
  partId: string;

  @ManyToOne(() => ProgrammePart, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'part_id', foreignKeyConstraintName: 'fk_cohort_parts_part' })
  part?: Relation<ProgrammePart>;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venueName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl: string | null;

  /** Elective parts: participants rank their modules until then. */
  @Column({ type: 'timestamptz', nullable: true })
  choiceDeadline: Date | null;

  @Column({ type: 'integer', default: 0 })
  guestCapacity: number;

  /** Grows with each change of date, place or link: the SEQUENCE of the part's calendar event. */
  @Column({ type: 'integer', default: 0 })
  scheduleVersion: number;
}

/** Who runs a cohort besides the programme's owners: organisers, trainers and versnellers. */
@Entity('cohort_staff')
@Index('ix_cohort_staff_user', ['userId'])
export class CohortStaff {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_cohort_staff' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_staff_cohort' })
  cohort?: Relation<Cohort>;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_cohort_staff' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_cohort_staff_user' })
  user?: Relation<User>;

  @Column({ type: 'enum', enum: COHORT_ROLES, enumName: 'cohort_role' })
  role: CohortRole;
}
