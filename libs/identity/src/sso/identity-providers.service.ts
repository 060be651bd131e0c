import { Injectable } from '@nestjs/common';
import { AppConfig } from '#libs/common';
import { Db } from '#libs/database';
import { OrganisationsService } from '#libs/organisations';
import type { IdentityProviderDto, PutIdentityProviderDto } from '../dto/sso.dto.js';
import { IdentityException } from '../identity.exception.js';
import { IdentityProvidersRepository } from './identity-providers.repository.js';
import { SecretBox } from './secret-box.js';
import type { IdentityProvider } from './sso.entities.js';
import { SsoService } from './sso.service.js';

/** Admins set up an organisation's identity provider; the client secret goes in and never comes out. */
@Injectable()
export class IdentityProvidersService {
  constructor(
    private readonly db: Db,
    private readonly providers: IdentityProvidersRepository,
    private readonly organisations: OrganisationsService,
    private readonly secrets: SecretBox,
    private readonly sso: SsoService,
    private readonly config: AppConfig,
  ) {}

  async get(organisationId: string): Promise<IdentityProviderDto> {
    const organisation = await this.organisations.require(organisationId);
    const provider = await this.providers.findByOrganisation(organisationId);
    if (!provider) throw IdentityException.identityProviderNotFound(organisationId);
    return this.toDto(provider, organisation.passwordLoginDisabled);
  }

  put(organisationId: string, dto: PutIdentityProviderDto): Promise<IdentityProviderDto> {
    return this.db.transaction(async () => {
      const organisation = await this.organisations.require(organisationId);
      const emailDomains = [...new Set(dto.emailDomains)];
      // A provider vouches for addresses: only for its own organisation's, or it could admit anyone into it.
      const foreign = emailDomains.find((d) => !organisation.emailDomains.includes(d));
      if (foreign) throw IdentityException.ssoDomainNotOfOrganisation(foreign);
      if (new URL(dto.issuer).protocol !== 'https:' && this.config.NODE_ENV === 'production')
        throw IdentityException.ssoIssuerNotHttps();
      if (dto.passwordLoginDisabled && !dto.enabled) throw IdentityException.passwordsOffNeedsSso();
      const existing = await this.providers.findByOrganisation(organisationId);
      if (!existing && !dto.clientSecret) throw IdentityException.ssoClientSecretRequired();
      const values = {
        issuer: dto.issuer,
        clientId: dto.clientId,
        emailDomains,
        emailClaim: dto.emailClaim ?? 'email',
        nameClaim: dto.nameClaim ?? 'name',
        enabled: dto.enabled,
      };
      const sealed = dto.clientSecret ? this.secrets.seal(dto.clientSecret, organisationId) : null;
      if (existing) await this.providers.update(organisationId, values, sealed);
      else if (sealed) await this.providers.insert(organisationId, values, sealed);
      else throw IdentityException.ssoClientSecretRequired();
      await this.organisations.setPasswordLoginDisabled(organisationId, dto.passwordLoginDisabled);
      const saved = await this.providers.findByOrganisation(organisationId);
      if (!saved) throw IdentityException.ssoClientSecretRequired();
      return this.toDto(saved, dto.passwordLoginDisabled);
    });
  }

  /** Without a provider nobody could sign in where passwords are off: they come back on. */
  remove(organisationId: string): Promise<void> {
    return this.db.transaction(async () => {
      await this.organisations.require(organisationId);
      if (!(await this.providers.delete(organisationId)))
        throw IdentityException.identityProviderNotFound(organisationId);
      await this.organisations.setPasswordLoginDisabled(organisationId, false);
    });
  }

  private toDto(p: IdentityProvider, passwordLoginDisabled: boolean): IdentityProviderDto {
    return {
      organisationId: p.organisationId,
      issuer: p.issuer,
      clientId: p.clientId,
      clientSecretSet: true,
      emailDomains: p.emailDomains,
      emailClaim: p.emailClaim,
      nameClaim: p.nameClaim,
      enabled: p.enabled,
      passwordLoginDisabled,
      redirectUri: this.sso.redirectUri(),
      updatedAt: p.updatedAt.toISOString(),
    };
  }
}
