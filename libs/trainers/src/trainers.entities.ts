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
import { TeacherProfile } from '#libs/catalogue';
import { User } from '#libs/identity';

/**
 * A trainer's uploaded photo: a square WebP without metadata, made from whatever image they
 * uploaded (the original is not kept). One per teacher profile.
 */
@Entity('trainer_photos')
export class TrainerPhoto {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_trainer_photos' })
  teacherProfileId: string;

  @ManyToOne(() => TeacherProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teacher_profile_id', foreignKeyConstraintName: 'fk_trainer_photos_teacher_profile' })
  teacherProfile?: Relation<TeacherProfile>;

  @Column({ type: 'bytea' })
  image: Buffer;

  /** Content hash, the photo's ETag and the version in its URL. */
  @Column({ type: 'varchar', length: 64 })
  etag: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Where a question to a trainer stands; open is the only state a trainer acts on. */
export const TRAINER_QUESTION_STATUSES = ['open', 'answered', 'declined', 'session_proposed'] as const;
export type TrainerQuestionStatus = (typeof TRAINER_QUESTION_STATUSES)[number];

/**
 * "Stel je vraag aan deze collega": a signed-in colleague's question to one trainer, and the
 * trainer's one reaction (an answer, a refusal with an optional reason, or a session proposal).
 */
@Entity('trainer_questions')
@Index('ix_trainer_questions_teacher', ['teacherProfileId', 'createdAt'])
@Index('ix_trainer_questions_asker', ['askerId', 'createdAt'])
@Check('ck_trainer_questions_status', `"status" IN ('open', 'answered', 'declined', 'session_proposed')`)
export class TrainerQuestion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_trainer_questions' })
  id: string;

  @Column({ type: 'uuid' })
  teacherProfileId: string;

  @ManyToOne(() => TeacherProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teacher_profile_id', foreignKeyConstraintName: 'fk_trainer_questions_teacher_profile' })
  teacherProfile?: Relation<TeacherProfile>;

  @Column({ type: 'uuid' })
  askerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asker_id', foreignKeyConstraintName: 'fk_trainer_questions_asker' })
  asker?: Relation<User>;

  @Column({ type: 'text' })
  text: string;

  /** The knowledge-bank question the asker came from, if any (their own). */
  @Column({ type: 'uuid', nullable: true })
  knowledgeQuestionId: string | null;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status: TrainerQuestionStatus;

  /** The answer, the reason for declining (may be empty) or the proposal's message. */
  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
