import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { Db } from '#libs/database';
import { SsoHandoff, SsoLoginState } from './sso.entities.js';

export type NewLoginState = Pick<
  SsoLoginState,
  'stateHash' | 'browserHash' | 'providerId' | 'codeVerifier' | 'nonce' | 'returnTo' | 'expiresAt'
>;

/** Sign-ins under way and their hand-off codes: single use, locked while being used. */
@Injectable()
export class SsoStatesRepository {
  constructor(private readonly db: Db) {}

  private get states() {
    return this.db.manager.getRepository(SsoLoginState);
  }

  private get handoffs() {
    return this.db.manager.getRepository(SsoHandoff);
  }

  async createState(values: NewLoginState): Promise<void> {
    await this.states.insert({ ...values, usedAt: null });
  }

  /** Locks the row so one state cannot be redeemed twice at the same moment. */
  findStateForUpdate(stateHash: string): Promise<SsoLoginState | null> {
    return this.states
      .createQueryBuilder('s')
      .where('s.state_hash = :stateHash', { stateHash })
      .setLock('pessimistic_write')
      .getOne();
  }

  async markStateUsed(id: string): Promise<void> {
    await this.states.update({ id }, { usedAt: new Date() });
  }

  async createHandoff(userId: string, codeHash: string, expiresAt: Date): Promise<SsoHandoff> {
    return this.handoffs.save(this.handoffs.create({ userId, codeHash, expiresAt, usedAt: null }));
  }

  findHandoffForUpdate(id: string): Promise<SsoHandoff | null> {
    return this.handoffs.createQueryBuilder('h').where('h.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async markHandoffUsed(id: string): Promise<void> {
    await this.handoffs.update({ id }, { usedAt: new Date() });
  }

  /** Expired rows are useless (used or not); removed as new sign-ins start. */
  async deleteExpired(before: Date): Promise<void> {
    await this.states.delete({ expiresAt: LessThan(before) });
    await this.handoffs.delete({ expiresAt: LessThan(before) });
  }
}
