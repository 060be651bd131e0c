import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from './user.entity.js';

/**
 * A manager that L&D set for a person: the one a learner's approvals go to, and the way to
 * name a manager from another organisation (a secondment, a shared service).
 */
@Entity('manager_links')
export class ManagerLink {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_manager_links_user' })
  user?: Relation<User>;

  @Index('ix_manager_links_manager')
  @Column({ type: 'uuid' })
  managerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'fk_manager_links_manager' })
  manager?: Relation<User>;

  /** The L&D coordinator (or admin) who set it. */
  @Column({ type: 'uuid', nullable: true })
  linkedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'linked_by_id', foreignKeyConstraintName: 'fk_manager_links_linked_by' })
  linkedBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
