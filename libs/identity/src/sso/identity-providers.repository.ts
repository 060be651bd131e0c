import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { IdentityProvider } from './sso.entities.js';

export type IdentityProviderValues = Pick<
  IdentityProvider,
  'issuer' | 'clientId' | 'emailDomains' | 'emailClaim' | 'nameClaim' | 'enabled'
>;

/** Every read is by organisation or by the provider's own id, which sign-in states carry. */
@Injectable()
export class IdentityProvidersRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.manager.getRepository(IdentityProvider);
  }

  findByOrganisation(organisationId: string): Promise<IdentityProvider | null> {
    return this.repo.findOneBy({ organisationId });
  }

  /** Includes the sealed client secret, which is otherwise never selected. */
  findWithSecret(id: string): Promise<IdentityProvider | null> {
    return this.repo.createQueryBuilder('p').addSelect('p.clientSecretEncrypted').where('p.id = :id', { id }).getOne();
  }

  async insert(organisationId: string, values: IdentityProviderValues, clientSecretEncrypted: string): Promise<void> {
    await this.repo.insert({ organisationId, ...values, clientSecretEncrypted });
  }

  /** A null secret keeps the stored one. */
  async update(
    organisationId: string,
    values: IdentityProviderValues,
    clientSecretEncrypted: string | null,
  ): Promise<void> {
    await this.repo.update(
      { organisationId },
      { ...values, ...(clientSecretEncrypted ? { clientSecretEncrypted } : {}) },
    );
  }

  async delete(organisationId: string): Promise<boolean> {
    return ((await this.repo.delete({ organisationId })).affected ?? 0) > 0;
  }
}
