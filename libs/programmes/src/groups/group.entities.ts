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
import { User } from '#libs/identity';
import { Cohort } from '../cohorts/cohort.entities.js';
import { GROUP_KINDS } from './grouping.js';
import type { GroupKind } from './grouping.js';

/**
 * A mixing group of a cohort (issue #11 item 4): a werkatelier group (10–15) or an intervision group
 * (4–6), for one round of a rotation (round 1 when the groups stay the same). Forming a kind's groups
 * again replaces them.
 */
@Entity('cohort_groups')
@Index('ix_cohort_groups_cohort', ['cohortId', 'kind', 'round'])
@Check('ck_cohort_groups_round', '"round" >= 1')
@Check('ck_cohort_groups_sizes', '"min_size" >= 1 AND "max_size" >= "min_size"')
export class CohortGroup {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_cohort_groups' })
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_groups_cohort' })
  cohort?: Relation<Cohort>;

  @Column({ type: 'enum', enum: GROUP_KINDS, enumName: 'cohort_group_kind' })
  kind: GroupKind;

  @Column({ type: 'smallint', default: 1 })
  round: number;

  /** Order within the kind and round (1, 2, …). */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** The size bounds the groups were formed with (the kind's, or the organiser's own). */
  @Column({ type: 'smallint' })
  minSize: number;

  @Column({ type: 'smallint' })
  maxSize: number;

  /** The seed the grouping ran with: the same participants and seed give the same groups. */
  @Column({ type: 'integer' })
  seed: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A member of a group. Cohort, kind and round are copied from the group so the database itself holds
 * that a person is in at most one group per cohort, kind and round.
 */
@Entity('cohort_group_members')
@Index('uq_cohort_group_members_round', ['cohortId', 'kind', 'round', 'userId'], { unique: true })
@Index('ix_cohort_group_members_user', ['userId'])
export class CohortGroupMember {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_cohort_group_members' })
  groupId: string;

  @ManyToOne(() => CohortGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_cohort_group_members_group' })
  group?: Relation<CohortGroup>;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_cohort_group_members' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_cohort_group_members_user' })
  user?: Relation<User>;

  @Column({ type: 'uuid' })
  cohortId: string;

  @Column({ type: 'enum', enum: GROUP_KINDS, enumName: 'cohort_group_kind' })
  kind: GroupKind;

  @Column({ type: 'smallint' })
  round: number;
}
