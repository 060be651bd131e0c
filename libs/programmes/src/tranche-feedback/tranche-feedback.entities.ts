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
import { Cohort } from '../cohorts/cohort.entities.js';

/**
 * "Jullie zeiden, wij deden": what the participants of one cohort said and what the organisers
 * changed for the next tranche. One per cohort; a draft until published, then public with the
 * programme.
 */
@Entity('tranche_feedback_notes')
@Index('uq_tranche_feedback_notes_cohort', ['cohortId'], { unique: true })
@Index('ix_tranche_feedback_notes_author', ['authorId'])
export class TrancheFeedbackNote {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_tranche_feedback_notes' })
  id: string;

  /** The cohort the note is about. */
  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_tranche_feedback_notes_cohort' })
  cohort?: Relation<Cohort>;

  /** What the participants said ("Jullie zeiden"). */
  @Column({ type: 'text' })
  youSaid: string;

  /** What the organisers changed for the next tranche ("wij deden"). */
  @Column({ type: 'text' })
  weDid: string;

  /** Who last wrote it; null once their account is gone. Shown to organisers only. */
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_tranche_feedback_notes_author' })
  author?: Relation<User>;

  /** Null while a draft. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** When upcoming cohorts' participants were told: once, at the first publication. */
  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
