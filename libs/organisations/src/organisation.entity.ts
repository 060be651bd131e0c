import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ORGANISATION_KINDS = [
  'ministerie',
  'uitvoeringsorganisatie',
  'gemeente',
  'provincie',
  'waterschap',
  'overig',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable external key (e.g. `bzk`, `gemeente-zwolle`), used by imports. */
  @Index('uq_organisations_slug', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: ORGANISATION_KINDS, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  /** Province of the head office. */
  @Column({ type: 'varchar', length: 60 })
  region: string;

  /** Lower-case e-mail domains; used to pick the organisation at registration. */
  @Index('ix_organisations_email_domains', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emailDomains: string[];

  /** Set with the organisation's identity provider: its people sign in only through that (single sign-on). */
  @Column({ type: 'boolean', default: false })
  passwordLoginDisabled: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
