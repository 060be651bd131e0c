import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { OrganisationKind } from './organisation.entity.js';

/** An organisation as the catalogue import and the demo seed give it, keyed by its slug. */
export interface SeededOrganisation {
  slug: string;
  name: string;
  kind: OrganisationKind;
  region: string;
  /** Lower-case; an empty list keeps the domains the organisation already has. */
  emailDomains: string[];
}

export interface UpsertedOrganisation {
  id: string;
  inserted: boolean;
}

export interface OrganisationRef {
  id: string;
  slug: string;
  emailDomains: string[];
}

@Injectable()
export class OrganisationSeedingRepository {
  constructor(private readonly db: Db) {}

  async upsertBySlug(o: SeededOrganisation): Promise<UpsertedOrganisation> {
    const [row] = await this.db.manager.query<UpsertedOrganisation[]>(
      `INSERT INTO organisations (slug, name, kind, region, email_domains)
       VALUES ($1, $2, $3, $4, $5::text[])
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, region = EXCLUDED.region,
         email_domains = CASE WHEN cardinality(EXCLUDED.email_domains) > 0 THEN EXCLUDED.email_domains ELSE organisations.email_domains END,
         updated_at = now()
       RETURNING id, (xmax = 0) AS inserted`,
      [o.slug, o.name, o.kind, o.region, o.emailDomains],
    );
    return { id: row.id, inserted: row.inserted };
  }

  listRefs(): Promise<OrganisationRef[]> {
    return this.db.manager.query<OrganisationRef[]>(
      `SELECT id, slug, email_domains AS "emailDomains" FROM organisations`,
    );
  }

  async count(): Promise<number> {
    const [row] = await this.db.manager.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM organisations`);
    return row.n;
  }
}
