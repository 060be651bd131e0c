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
import { CourseSession, TeacherProfile } from '#libs/catalogue';
import { User } from '#libs/identity';
import { Organisation } from '#libs/organisations';

export const REQUEST_STATUSES = [
  'open',
  'inviting',
  'awaiting_release',
  'accepted',
  'scheduled',
  'delivered',
  'evaluated',
  'cancelled',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const INVITATION_STATUSES = ['invited', 'accepted', 'declined', 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** An organisation asks a colleague-trainer of another organisation to teach its own team. */
@Entity('incompany_requests')
@Index('ix_incompany_requests_org_status', ['organisationId', 'status'])
@Check('ck_incompany_requests_rating', 'rating IS NULL OR rating BETWEEN 1 AND 5')
export class InCompanyRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_incompany_requests_organisation' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_incompany_requests_created_by' })
  createdBy?: Relation<User>;

  @Column({ type: 'varchar', length: 300 })
  topic: string;

  @Column({ type: 'integer' })
  groupSize: number;

  @Column({ type: 'varchar', length: 100, default: '' })
  preferredPeriod: string;

  /** Where: the organisation's own location, or online. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Column({ type: 'boolean', default: false })
  online: boolean;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ type: 'enum', enum: REQUEST_STATUSES, enumName: 'incompany_status', default: 'open' })
  status: RequestStatus;

  /** The teacher profile that accepted. */
  @Column({ type: 'uuid', nullable: true })
  trainerId: string | null;

  @ManyToOne(() => TeacherProfile, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'trainer_id', foreignKeyConstraintName: 'fk_incompany_requests_trainer' })
  trainer?: Relation<TeacherProfile>;

  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => CourseSession, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_incompany_requests_session' })
  session?: Relation<CourseSession>;

  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ type: 'text', nullable: true })
  evaluation: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('incompany_invitations')
@Index('uq_incompany_invitations_request_trainer', ['requestId', 'teacherProfileId'], { unique: true })
@Index('ix_incompany_invitations_trainer', ['teacherProfileId'])
@Index('ix_incompany_invitations_manager', ['managerId'])
export class InCompanyInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => InCompanyRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_incompany_invitations_request' })
  request?: Relation<InCompanyRequest>;

  @Column({ type: 'uuid' })
  teacherProfileId: string;

  @ManyToOne(() => TeacherProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teacher_profile_id', foreignKeyConstraintName: 'fk_incompany_invitations_trainer' })
  teacherProfile?: Relation<TeacherProfile>;

  @Column({ type: 'enum', enum: INVITATION_STATUSES, enumName: 'invitation_status', default: 'invited' })
  status: InvitationStatus;

  /** The trainer's answer. */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** The trainer's manager, who releases the time. */
  @Column({ type: 'uuid', nullable: true })
  managerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'fk_incompany_invitations_manager' })
  manager?: Relation<User>;

  @Column({ type: 'varchar', length: 20, nullable: true })
  releaseStatus: 'pending' | 'released' | 'refused' | null;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
