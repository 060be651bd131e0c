import {
  Check,
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
import { Enrolment } from '#libs/enrolments';

/** The three scores of an evaluation, each 1–5. */
export const EVALUATION_SCORES = ['overall', 'usefulness', 'teacher'] as const;
export type EvaluationScore = (typeof EVALUATION_SCORES)[number];

/**
 * A learner's evaluation of a session they attended: one per enrolment, editable for a while.
 * It names no person: who wrote it follows only from the enrolment, which teachers never see
 * through evaluations (they read aggregates only).
 */
@Entity('evaluations')
@Index('uq_evaluations_enrolment', ['enrolmentId'], { unique: true })
@Index('ix_evaluations_session', ['sessionId'])
@Index('ix_evaluations_course', ['courseId'])
@Check('ck_evaluations_overall', '"overall" BETWEEN 1 AND 5')
@Check('ck_evaluations_usefulness', '"usefulness" BETWEEN 1 AND 5')
@Check('ck_evaluations_teacher', '"teacher" BETWEEN 1 AND 5')
export class Evaluation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_evaluations' })
  id: string;

  @Column({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_evaluations_enrolment' })
  enrolment?: Relation<Enrolment>;

  /** The session and its course, copied from the enrolment so aggregates need no join. */
  @Column({ type: 'uuid' })
  sessionId: string;

  @Column({ type: 'uuid' })
  courseId: string;

  @Column({ type: 'smallint' })
  overall: number;

  @Column({ type: 'smallint' })
  usefulness: number;

  @Column({ type: 'smallint' })
  teacher: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
