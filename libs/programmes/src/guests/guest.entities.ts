import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '#libs/identity';
import { CohortPart } from '../cohorts/cohort.entities.js';

/**
 * An external guest a participant brings to a part that allows guests ("gast aan tafel"). Only
 * name, organisation and e-mail are kept: the guest has no account and gets a calendar invitation.
 * One guest per address per part: the unique index on (cohort_part_id, lower(email)) is an
 * expression index, so the migration declares it and TypeORM leaves it alone.
 */
@Entity('cohort_guests')
@Index('uq_cohort_guests_email', { synchronize: false })
@Index('ix_cohort_guests_invited_by', ['invitedById'])
export class CohortGuest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_cohort_guests' })
  id: string;

  @Column({ type: 'uuid' })
  cohortPartId: string;

  @ManyToOne(() => CohortPart, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_part_id', foreignKeyConstraintName: 'fk_cohort_guests_cohort_part' })
  cohortPart?: Relation<CohortPart>;

  /** The participant who invited the guest; the guest goes when their account does. */
  @Column({ type: 'uuid' })
  invitedById: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'fk_cohort_guests_invited_by' })
  invitedBy?: Relation<User>;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 160 })
  organisation: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
