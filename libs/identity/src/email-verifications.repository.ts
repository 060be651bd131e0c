import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Db } from '#libs/database';
import { EmailVerification } from './user.entity.js';

@Injectable()
export class EmailVerificationsRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.manager.getRepository(EmailVerification);
  }

  async create(values: Pick<EmailVerification, 'userId' | 'expiresAt' | 'passwordHash' | 'name'>): Promise<string> {
    const result = await this.repo.insert({ ...values, secretHash: null, usedAt: null });
    return (result.identifiers[0] as { id: string }).id;
  }

  /** The newest link still open for a user, with the password it carries. */
  latestOpen(userId: string): Promise<EmailVerification | null> {
    return this.repo
      .createQueryBuilder('v')
      .addSelect('v.passwordHash')
      .where('v.user_id = :userId AND v.used_at IS NULL AND v.expires_at > now()', { userId })
      .orderBy('v.created_at', 'DESC')
      .getOne();
  }

  findWithPassword(id: string): Promise<EmailVerification | null> {
    return this.repo.createQueryBuilder('v').addSelect('v.passwordHash').where('v.id = :id', { id }).getOne();
  }

  /** Locks the row so one link cannot be used twice at the same moment. */
  findForUpdate(id: string): Promise<EmailVerification | null> {
    return this.repo
      .createQueryBuilder('v')
      .addSelect('v.passwordHash')
      .where('v.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async setSecretHash(id: string, secretHash: string): Promise<void> {
    await this.repo.update({ id, usedAt: IsNull() }, { secretHash });
  }

  async markUsed(id: string): Promise<void> {
    await this.repo.update({ id }, { usedAt: new Date() });
  }

  /** Earlier links stop working once a newer one is sent or one is used. */
  async expireOthers(userId: string, exceptId: string | null): Promise<void> {
    const qb = this.repo
      .createQueryBuilder()
      .update(EmailVerification)
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND used_at IS NULL', { userId });
    if (exceptId) qb.andWhere('id <> :exceptId', { exceptId });
    await qb.execute();
  }
}
