import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { Organisation, type OrganisationKind } from './organisation.entity.js';

@Injectable()
export class OrganisationsRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.manager.getRepository(Organisation);
  }

  list(filter: { kind?: OrganisationKind } = {}): Promise<Organisation[]> {
    return this.repo.find({ where: filter.kind ? { kind: filter.kind } : {}, order: { name: 'ASC' } });
  }

  findById(id: string): Promise<Organisation | null> {
    return this.repo.findOneBy({ id });
  }

  findBySlug(slug: string): Promise<Organisation | null> {
    return this.repo.findOneBy({ slug });
  }

  findByEmailDomain(domain: string): Promise<Organisation | null> {
    return this.repo
      .createQueryBuilder('o')
      .where(':domain = ANY(o.email_domains)', { domain: domain.toLowerCase() })
      .getOne();
  }

  /** Organisations other than `exceptId` that already claim one of `domains`. */
  findClaimingDomains(domains: string[], exceptId?: string): Promise<Organisation[]> {
    const qb = this.repo.createQueryBuilder('o').where('o.email_domains && :domains::text[]', { domains });
    if (exceptId) qb.andWhere('o.id <> :exceptId', { exceptId });
    return qb.getMany();
  }

  insert(
    values: Omit<Organisation, 'id' | 'createdAt' | 'updatedAt' | 'passwordLoginDisabled'>,
  ): Promise<Organisation> {
    return this.repo.save(this.repo.create(values));
  }

  async update(id: string, values: Partial<Omit<Organisation, 'id' | 'createdAt' | 'updatedAt'>>): Promise<void> {
    await this.repo.update({ id }, values);
  }
}
