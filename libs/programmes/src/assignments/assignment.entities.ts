import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '#libs/identity';
import { Cohort, CohortPart } from '../cohorts/cohort.entities.js';

/** What the author of a comment was to the assignment when they wrote it. */
export const COMMENT_AUTHOR_ROLES = ['participant', 'manager', 'staff'] as const;
export type CommentAuthorRole = (typeof COMMENT_AUTHOR_ROLES)[number];

/**
 * A participant's learning-work assignment ("leerwerkopdracht") in one cohort: what they want to
 * change in their own work and how they will know. Their invited manager reads and comments.
 */
@Entity('learning_assignments')
@Index('uq_learning_assignments_cohort_user', ['cohortId', 'userId'], { unique: true })
@Index('ix_learning_assignments_user', ['userId'])
@Index('ix_learning_assignments_manager', ['managerId'])
export class LearningAssignment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_learning_assignments' })
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_learning_assignments_cohort' })
  cohort?: Relation<Cohort>;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_learning_assignments_user' })
  user?: Relation<User>;

  /** What the participant wants to change in their own work. */
  @Column({ type: 'text' })
  changeGoal: string;

  /** How they will know it has changed. */
  @Column({ type: 'text' })
  successSigns: string;

  /** The manager the participant invited to read and comment; null until invited. */
  @Column({ type: 'uuid', nullable: true })
  managerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'fk_learning_assignments_manager' })
  manager?: Relation<User>;

  /** Whether the participant's intervision group may read it. */
  @Column({ type: 'boolean', default: false })
  sharedWithGroup: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A comment on an assignment, by the participant, their manager or the cohort's trainers and organisers. */
@Entity('assignment_comments')
@Index('ix_assignment_comments_assignment', ['assignmentId', 'createdAt'])
@Index('ix_assignment_comments_author', ['authorId'])
export class AssignmentComment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_assignment_comments' })
  id: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => LearningAssignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_assignment_comments_assignment' })
  assignment?: Relation<LearningAssignment>;

  /** Null once the author's account is gone. */
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_assignment_comments_author' })
  author?: Relation<User>;

  @Column({ type: 'enum', enum: COMMENT_AUTHOR_ROLES, enumName: 'assignment_comment_role' })
  authorRole: CommentAuthorRole;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A short progress note per follow-up meeting (a part of the cohort). */
@Entity('assignment_progress')
@Index('uq_assignment_progress_part', ['assignmentId', 'cohortPartId'], { unique: true })
@Index('ix_assignment_progress_cohort_part', ['cohortPartId'])
export class AssignmentProgress {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_assignment_progress' })
  id: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => LearningAssignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_assignment_progress_assignment' })
  assignment?: Relation<LearningAssignment>;

  @Column({ type: 'uuid' })
  cohortPartId: string;

  @ManyToOne(() => CohortPart, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_part_id', foreignKeyConstraintName: 'fk_assignment_progress_cohort_part' })
  cohortPart?: Relation<CohortPart>;

  @Column({ type: 'text' })
  note: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
