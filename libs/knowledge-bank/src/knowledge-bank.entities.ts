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
import { TeacherProfile } from '#libs/catalogue';
import { User } from '#libs/identity';
import { Organisation } from '#libs/organisations';

/** A question asked of the knowledge bank: kept so L&D can see demand per topic. */
@Entity('knowledge_questions')
@Index('ix_knowledge_questions_org_created', ['organisationId', 'createdAt'])
export class KnowledgeQuestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  filters: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  askedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'asked_by_id', foreignKeyConstraintName: 'fk_knowledge_questions_user' })
  askedBy?: Relation<User>;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_knowledge_questions_organisation' })
  organisation?: Relation<Organisation>;

  /** Topic tags of the best matches: what the question was about, for demand figures. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'integer', default: 0 })
  resultCount: number;

  @Column({ type: 'boolean', default: false })
  strongMatch: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** An admin-maintained entry of the vocabulary: a term and what it also means. */
@Entity('search_synonyms')
export class SearchSynonym {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_search_synonyms_term', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  term: string;

  @Column({ type: 'text', array: true })
  synonyms: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** What L&D said of a suggested trainer: a good or no match, or invited for an in-company request. */
export const MATCH_VERDICTS = ['good', 'bad', 'invited'] as const;
export type MatchVerdict = (typeof MATCH_VERDICTS)[number];

/**
 * One L&D verdict on one suggested trainer for one question (issue #13 item 3): marked on an
 * answer of the knowledge bank (`questionId`; its text is read from the question, so retention
 * and erasure of the question's text apply), or recorded when an in-company request's owner
 * invited the trainer (`requestId` of incompany's table, no foreign key across owners; `text` is
 * the request's topic and notes). One per question, trainer and giver: a new mark replaces it.
 * Only the giver's organisation's later questions use it.
 */
@Entity('match_feedback')
@Index('uq_match_feedback_question', ['questionId', 'teacherId', 'givenById'], { unique: true })
@Index('uq_match_feedback_request', ['requestId', 'teacherId', 'givenById'], { unique: true })
@Index('ix_match_feedback_organisation', ['organisationId', 'createdAt'])
@Check('ck_match_feedback_verdict', `"verdict" IN ('good', 'bad', 'invited')`)
@Check('ck_match_feedback_subject', `("question_id" IS NULL) <> ("request_id" IS NULL)`)
export class MatchFeedback {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_match_feedback' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  questionId: string | null;

  @ManyToOne(() => KnowledgeQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_match_feedback_question' })
  question?: Relation<KnowledgeQuestion>;

  /** The in-company request whose suggestion was invited (owned by incompany: no foreign key). */
  @Column({ type: 'uuid', nullable: true })
  requestId: string | null;

  /** The judged text when there is no question row (an in-company request's topic and notes). */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  /** The trainer: a teacher profile, the matcher's document id. */
  @Column({ type: 'uuid' })
  teacherId: string;

  @ManyToOne(() => TeacherProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'fk_match_feedback_teacher' })
  teacher?: Relation<TeacherProfile>;

  @Column({ type: 'varchar', length: 10 })
  verdict: MatchVerdict;

  /** Who gave it; null once their account is gone (the verdict stays, for their organisation). */
  @Column({ type: 'uuid', nullable: true })
  givenById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'given_by_id', foreignKeyConstraintName: 'fk_match_feedback_user' })
  givenBy?: Relation<User>;

  /** The giver's organisation: only its own later questions are lifted or lowered by it. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_match_feedback_organisation' })
  organisation?: Relation<Organisation>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
