import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { CreateOrganisationDto, OrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto.js';
import { Organisation, type OrganisationKind } from './organisation.entity.js';
import { OrganisationException } from './organisations.exception.js';
import { OrganisationsRepository } from './organisations.repository.js';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly db: Db,
  ) {}

  async list(kind?: OrganisationKind): Promise<OrganisationDto[]> {
    return (await this.organisations.list({ kind })).map(toDto);
  }

  async get(id: string): Promise<OrganisationDto> {
    return toDto(await this.require(id));
  }

  async require(id: string): Promise<Organisation> {
    const org = await this.organisations.findById(id);
    if (!org) throw OrganisationException.notFound(id);
    return org;
  }

  /** The organisation whose e-mail domain matches, e.g. `a@minbzk.nl` → BZK. */
  findByEmail(email: string): Promise<Organisation | null> {
    const domain = email.split('@')[1]?.toLowerCase();
    return domain ? this.organisations.findByEmailDomain(domain) : Promise.resolve(null);
  }

  async findBySlug(slug: string): Promise<Organisation | null> {
    return this.organisations.findBySlug(slug);
  }

  /** Called by identity when an admin configures the organisation's single sign-on. */
  async setPasswordLoginDisabled(id: string, disabled: boolean): Promise<void> {
    await this.organisations.update(id, { passwordLoginDisabled: disabled });
  }

  create(dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.db.transaction(async () => {
      if (await this.organisations.findBySlug(dto.slug)) throw OrganisationException.slugTaken(dto.slug);
      const domains = unique(dto.emailDomains ?? []);
      await this.assertDomainsFree(domains);
      return toDto(await this.organisations.insert(Object.assign({}, dto, { emailDomains: domains })));
    });
  }

  update(id: string, dto: UpdateOrganisationDto): Promise<OrganisationDto> {
    return this.db.transaction(async () => {
      const org = await this.require(id);
      if (dto.slug && dto.slug !== org.slug && (await this.organisations.findBySlug(dto.slug))) {
        throw OrganisationException.slugTaken(dto.slug);
      }
      const emailDomains = dto.emailDomains ? unique(dto.emailDomains) : undefined;
      if (emailDomains) await this.assertDomainsFree(emailDomains, id);
      await this.organisations.update(id, Object.assign({}, dto, emailDomains ? { emailDomains } : {}));
      return toDto(await this.require(id));
    });
  }

  private async assertDomainsFree(domains: string[], exceptId?: string): Promise<void> {
    if (!domains.length) return;
    const claimed = await this.organisations.findClaimingDomains(domains, exceptId);
    const taken = domains.find((d) => claimed.some((o) => o.emailDomains.includes(d)));
    if (taken !== undefined) throw OrganisationException.domainTaken(taken);
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export function toDto(o: Organisation): OrganisationDto {
  return { id: o.id, slug: o.slug, name: o.name, kind: o.kind, region: o.region, emailDomains: o.emailDomains };
}
