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
import { Organisation } from '#libs/organisations';
import { User } from '../user.entity.js';

/** An organisation's own OpenID provider (at most one): its people sign in through it. */
@Entity('identity_providers')
export class IdentityProvider {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_identity_providers_organisation', { unique: true })
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_identity_providers_organisation' })
  organisation?: Relation<Organisation>;

  /** Issuer identifier exactly as the provider states it in its discovery document and ID tokens. */
  @Column({ type: 'varchar', length: 500 })
  issuer: string;

  @Column({ type: 'varchar', length: 255 })
  clientId: string;

  /** AES-256-GCM, bound to the organisation (see secret-box.ts); never returned by the API. Absent unless selected. */
  @Column({ type: 'text', select: false })
  clientSecretEncrypted?: string;

  /** The domains this provider vouches for: always domains of its own organisation. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emailDomains: string[];

  /** ID-token (or userinfo) claim that holds the e-mail address, e.g. `email` or `upn`. */
  @Column({ type: 'varchar', length: 100, default: 'email' })
  emailClaim: string;

  @Column({ type: 'varchar', length: 100, default: 'name' })
  nameClaim: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One sign-in on its way through the provider: what the callback must check (state, nonce, the
 * browser that started it) and the PKCE verifier. Single use, minutes long.
 */
@Entity('sso_login_states')
export class SsoLoginState {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** SHA-256 of the `state` sent to the provider. */
  @Index('uq_sso_login_states_state', { unique: true })
  @Column({ type: 'char', length: 64 })
  stateHash: string;

  /** SHA-256 of the cookie set in the browser that started the sign-in (login CSRF). */
  @Column({ type: 'char', length: 64 })
  browserHash: string;

  @Index('ix_sso_login_states_provider')
  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => IdentityProvider, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_sso_login_states_provider' })
  provider?: Relation<IdentityProvider>;

  @Column({ type: 'varchar', length: 128 })
  codeVerifier: string;

  @Column({ type: 'varchar', length: 128 })
  nonce: string;

  /** Same-site path to open after signing in. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  returnTo: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Index('ix_sso_login_states_expires_at')
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

/**
 * The one-time code that carries a finished sign-in from the callback to the web app, which
 * exchanges it for tokens (tokens never appear in a URL). Only the secret's hash is stored.
 */
@Entity('sso_handoffs')
export class SsoHandoff {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_sso_handoffs_user')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sso_handoffs_user' })
  user?: Relation<User>;

  @Column({ type: 'char', length: 64 })
  codeHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
