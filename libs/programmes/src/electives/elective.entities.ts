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
import { Course } from '#libs/catalogue';
import { User } from '#libs/identity';
import { CohortPart } from '../cohorts/cohort.entities.js';

/**
 * A module participants can choose in an elective part (the werkatelier's day 3): a catalogue
 * course used as module, or one defined here, each with its own teacher, place and cap.
 */
@Entity('cohort_modules')
@Index('ix_cohort_modules_part', ['cohortPartId'])
@Index('ix_cohort_modules_teacher', ['teacherUserId'])
@Index('ix_cohort_modules_course', ['courseId'])
@Check('ck_cohort_modules_cap', '"cap" > 0')
export class CohortModule {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_cohort_modules' })
  id: string;

  @Column({ type: 'uuid' })
  cohortPartId: string;

  @ManyToOne(() => CohortPart, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_part_id', foreignKeyConstraintName: 'fk_cohort_modules_cohort_part' })
  cohortPart?: Relation<CohortPart>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** A catalogue course used as this module, if any. */
  @Column({ type: 'uuid', nullable: true })
  courseId: string | null;

  @ManyToOne(() => Course, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_cohort_modules_course' })
  course?: Relation<Course>;

  @Column({ type: 'uuid', nullable: true })
  teacherUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'teacher_user_id', foreignKeyConstraintName: 'fk_cohort_modules_teacher' })
  teacher?: Relation<User>;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venueName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'integer' })
  cap: number;

  /** Grows with each change of title, place or link: part of the SEQUENCE of its participants' calendar events. */
  @Column({ type: 'integer', default: 0 })
  scheduleVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One ranked choice of a participant in an elective part (rank 1 = first choice). */
@Entity('module_choices')
@Index('uq_module_choices_module', ['cohortPartId', 'userId', 'moduleId'], { unique: true })
@Index('ix_module_choices_module', ['moduleId'])
@Index('ix_module_choices_user', ['userId'])
@Check('ck_module_choices_rank', '"rank" >= 1')
export class ModuleChoice {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_module_choices' })
  cohortPartId: string;

  @ManyToOne(() => CohortPart, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_part_id', foreignKeyConstraintName: 'fk_module_choices_cohort_part' })
  cohortPart?: Relation<CohortPart>;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_module_choices' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_module_choices_user' })
  user?: Relation<User>;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_module_choices' })
  rank: number;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => CohortModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_module_choices_module' })
  module?: Relation<CohortModule>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A participant's module in an elective part: a draft until the organiser publishes it. module_id
 * is null when every place was taken; rank_obtained is null for a place in a module they did not rank.
 */
@Entity('module_allocations')
@Index('ix_module_allocations_module', ['moduleId'])
@Index('ix_module_allocations_user', ['userId'])
@Check('ck_module_allocations_rank', '"rank_obtained" >= 1')
export class ModuleAllocation {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_module_allocations' })
  cohortPartId: string;

  @ManyToOne(() => CohortPart, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_part_id', foreignKeyConstraintName: 'fk_module_allocations_cohort_part' })
  cohortPart?: Relation<CohortPart>;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_module_allocations' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_module_allocations_user' })
  user?: Relation<User>;

  @Column({ type: 'uuid', nullable: true })
  moduleId: string | null;

  // A module with allocations cannot be deleted (the service answers 409 first).
  @ManyToOne(() => CohortModule, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_module_allocations_module' })
  module?: Relation<CohortModule>;

  @Column({ type: 'smallint', nullable: true })
  rankObtained: number | null;

  @Column({ type: 'boolean', default: false })
  published: boolean;

  /** The lottery seed of the run that made this allocation. */
  @Column({ type: 'varchar', length: 100 })
  seed: string;

  /** How the row came about: the allocation run, a late enrolment's remaining place, or an organiser's move. */
  @Column({ type: 'varchar', length: 20, default: 'run' })
  source: 'run' | 'late' | 'moved';

  /** Grows when the published module changes (publishing, a move), so the calendar event's SEQUENCE grows. */
  @Column({ type: 'integer', default: 0 })
  calendarVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
