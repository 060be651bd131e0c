import {
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
import { Course } from '#libs/catalogue';
import { User } from '#libs/identity';
import { KnowledgeQuestion } from '#libs/knowledge-bank';

/**
 * "Laat me weten wanneer er een datum is": a person on a course's interest list. When a session
 * is scheduled they are told once and the row is marked notified (it stays, as their history,
 * until they sign up again or take it off).
 */
@Entity('course_interests')
@Index('uq_course_interests_user_course', ['userId', 'courseId'], { unique: true })
@Index('ix_course_interests_course', ['courseId'])
export class CourseInterest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_course_interests' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_course_interests_user' })
  user?: Relation<User>;

  @Column({ type: 'uuid' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_interests_course' })
  course?: Relation<Course>;

  /** When they were told of a new session; null while they wait. */
  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  notifiedSessionId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** "Ik wil dit ook" on a knowledge question: the same need, counted once per person. */
@Entity('question_interests')
@Index('uq_question_interests_user_question', ['userId', 'questionId'], { unique: true })
@Index('ix_question_interests_question', ['questionId'])
export class QuestionInterest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_question_interests' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_question_interests_user' })
  user?: Relation<User>;

  @Column({ type: 'uuid' })
  questionId: string;

  @ManyToOne(() => KnowledgeQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_question_interests_question' })
  question?: Relation<KnowledgeQuestion>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The course's teachers (and its organisation's L&D) were nudged that its waiting list reached
 * DEMAND_NUDGE_THRESHOLD. The row exists while the list stays at or above it; it goes when the
 * list drops below (sign-offs, everyone notified of a session), so the next crossing nudges again.
 */
@Entity('course_interest_nudges')
export class CourseInterestNudge {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_course_interest_nudges' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_interest_nudges_course' })
  course?: Relation<Course>;

  @Column({ type: 'integer' })
  threshold: number;

  @Column({ type: 'integer' })
  interestCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
