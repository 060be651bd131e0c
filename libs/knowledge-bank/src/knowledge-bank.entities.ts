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
