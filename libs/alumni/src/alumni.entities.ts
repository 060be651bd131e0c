import {
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
import { User } from '#libs/identity';

/**
 * A person's consent to be findable as alumnus: one switch for every course and programme they
 * attended (off by default: no row means no), and separately whether their e-mail address may
 * be shown. Lists are computed from this row at read time, so withdrawing it removes the person
 * from every list at once.
 */
@Entity('alumni_consents')
export class AlumniConsent {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_alumni_consents' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_alumni_consents_user' })
  user?: Relation<User>;

  @Column({ type: 'boolean', default: false })
  findable: boolean;

  @Column({ type: 'boolean', default: false })
  showEmail: boolean;

  /** What the person does, as they want alumni to see it; the teacher profile's when empty. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  jobTitle: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A message from a signed-in colleague to an alumnus, delivered by e-mail (its job is enqueued
 * with the row); replies go to the sender directly (Reply-To). Also the per-sender day count.
 */
@Entity('alumni_messages')
@Index('ix_alumni_messages_sender', ['senderId', 'createdAt'])
@Index('ix_alumni_messages_recipient', ['recipientId'])
export class AlumniMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_alumni_messages' })
  id: string;

  @Column({ type: 'uuid' })
  senderId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sender_id', foreignKeyConstraintName: 'fk_alumni_messages_sender' })
  sender?: Relation<User>;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'fk_alumni_messages_recipient' })
  recipient?: Relation<User>;

  /** The course the sender found the recipient through, if any (context for the mail). */
  @Column({ type: 'uuid', nullable: true })
  courseId: string | null;

  @Column({ type: 'varchar', length: 150, nullable: true })
  subject: string | null;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  emailSentAt: Date | null;
}
