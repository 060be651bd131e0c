import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '#libs/identity';
import type { MessageParams } from './message-catalogue.js';

/** An in-app message; the e-mail copy is sent by a job and stamped in `emailSentAt`. */
@Entity('notifications')
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user' })
  user?: Relation<User>;

  /** Stable kind, e.g. `enrolment.confirmed`, for clients that want icons or filters. */
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  /**
   * The message's key in its area's catalogue (e.g. `enrolment.offered`): with `params` it is
   * rendered in the reader's language. Null on rows from before the catalogues.
   */
  @Column({ type: 'varchar', length: 80, nullable: true })
  code: string | null;

  /** What the catalogue text is filled with (course title, start as ISO time, ...). */
  @Column({ type: 'jsonb', nullable: true })
  params: MessageParams | null;

  /** The text in Dutch as it was rendered when stored: shown when the code is unknown (older rows). */
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** Path in the web app the message is about, e.g. `/mijn-leren`. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailSentAt: Date | null;
}
