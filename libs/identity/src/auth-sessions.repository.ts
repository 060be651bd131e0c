import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Db } from '#libs/database';
import { AuthSession, RefreshToken } from './user.entity.js';

@Injectable()
export class AuthSessionsRepository {
  constructor(private readonly db: Db) {}

  createSession(userId: string, expiresAt: Date): Promise<AuthSession> {
    const repo = this.db.manager.getRepository(AuthSession);
    return repo.save(repo.create({ userId, expiresAt, revokedAt: null, revokedReason: null }));
  }

  insertToken(sessionId: string, tokenHash: string, expiresAt: Date): Promise<RefreshToken> {
    const repo = this.db.manager.getRepository(RefreshToken);
    return repo.save(repo.create({ sessionId, tokenHash, expiresAt, usedAt: null }));
  }

  /** Locks the token row so two refreshes with the same token cannot both succeed. */
  findTokenForUpdate(id: string): Promise<(RefreshToken & { session: AuthSession }) | null> {
    return this.db.manager
      .getRepository(RefreshToken)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.session', 's')
      .where('t.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['t'])
      .getOne() as Promise<(RefreshToken & { session: AuthSession }) | null>;
  }

  async markTokenUsed(id: string): Promise<void> {
    await this.db.manager.getRepository(RefreshToken).update({ id }, { usedAt: new Date() });
  }

  async revokeSession(id: string, reason: string): Promise<void> {
    await this.db.manager
      .getRepository(AuthSession)
      .update({ id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  async revokeAllForUser(userId: string, reason: string): Promise<void> {
    await this.db.manager
      .getRepository(AuthSession)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }
}
