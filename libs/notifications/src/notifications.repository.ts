import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Db } from '#libs/database';
import { Notification } from './notification.entity.js';

/** Exported so the enrolment benchmark drives the same SQL. $1 is the id, made by the caller. */
export const INSERT_NOTIFICATION_SQL = `INSERT INTO notifications (id, user_id, kind, title, body, link, data, code, params) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.manager.getRepository(Notification);
  }

  /** The statement that stores a notification; the service sends it together with its e-mail job. */
  insertStatement(
    id: string,
    values: Pick<Notification, 'userId' | 'kind' | 'code' | 'params' | 'title' | 'body' | 'link' | 'data'>,
  ) {
    return {
      sql: INSERT_NOTIFICATION_SQL,
      values: [
        id,
        values.userId,
        values.kind,
        values.title,
        values.body,
        values.link,
        JSON.stringify(values.data),
        values.code,
        values.params === null ? null : JSON.stringify(values.params),
      ],
    };
  }

  listForUser(userId: string, unreadOnly: boolean, page: number, pageSize: number): Promise<[Notification[], number]> {
    return this.repo.findAndCount({
      where: { userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  countUnread(userId: string): Promise<number> {
    return this.repo.countBy({ userId, readAt: IsNull() });
  }

  /** Scoped by owner: marking someone else's notification changes nothing. */
  async markRead(userId: string, id: string): Promise<boolean> {
    const result = await this.repo.update({ id, userId, readAt: IsNull() }, { readAt: new Date() });
    if (result.affected) return true;
    return this.repo.existsBy({ id, userId });
  }

  async markAllRead(userId: string): Promise<number> {
    const result = await this.repo.update({ userId, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }

  /** Locks the row so two deliveries of the same job cannot both send. */
  findForDelivery(id: string): Promise<Notification | null> {
    return this.repo.createQueryBuilder('n').where('n.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async markEmailSent(id: string): Promise<void> {
    await this.repo.update({ id }, { emailSentAt: new Date() });
  }
}
