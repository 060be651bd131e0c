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
import { Course, FORMATS } from '#libs/catalogue';
import type { Format } from '#libs/catalogue';
import { Organisation } from '#libs/organisations';

export const PROGRAMME_AUDIENCES = ['all', 'listed'] as const;
export type ProgrammeAudienceKind = (typeof PROGRAMME_AUDIENCES)[number];
export const PART_KINDS = ['plenary', 'group_meeting', 'elective', 'intervision'] as const;
export type PartKind = (typeof PART_KINDS)[number];

const numeric = { to: (v?: number | null) => v, from: (v?: string | null) => (v == null ? v : Number(v)) };

/**
 * A learning programme: the catalogue course of kind 'programme' that carries its title, why,
 * goals, owner and status (so it is found beside courses), with what only a programme has.
 */
@Entity('programmes')
export class Programme {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_programmes' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_programmes_course' })
  course?: Relation<Course>;

  /** Who may enrol: all government, or the organisations listed in programme_audiences. */
  @Column({ type: 'enum', enum: PROGRAMME_AUDIENCES, enumName: 'programme_audience', default: 'all' })
  audience: ProgrammeAudienceKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A co-owning organisation (a chain or consortium): its L&D runs the programme too. */
@Entity('programme_owners')
export class ProgrammeOwner {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_programme_owners' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_owners_programme' })
  programme?: Relation<Programme>;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_programme_owners' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_programme_owners_organisation' })
  organisation?: Relation<Organisation>;
}

/** An organisation whose people may enrol, for a programme with a listed audience. */
@Entity('programme_audiences')
export class ProgrammeAudience {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_programme_audiences' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_audiences_programme' })
  programme?: Relation<Programme>;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_programme_audiences' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_programme_audiences_organisation' })
  organisation?: Relation<Organisation>;
}

/** One part of a programme's structure, in order ("Verkenning", "Keuzemodule", "Intervisie"). */
@Entity('programme_parts')
@Index('uq_programme_parts_position', ['programmeId', 'position'], { unique: true })
@Check('ck_programme_parts_duration', '"duration_hours" > 0')
export class ProgrammePart {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_programme_parts' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_parts_programme' })
  programme?: Relation<Programme>;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'enum', enum: PART_KINDS, enumName: 'part_kind' })
  kind: PartKind;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numeric })
  durationHours: number;

  @Column({ type: 'enum', enum: FORMATS, enumName: 'course_format' })
  format: Format;

  @Column({ type: 'text', default: '' })
  description: string;

  /** "Gast aan tafel": participants may bring external guests to this part. */
  @Column({ type: 'boolean', default: false })
  allowsGuests: boolean;
}
