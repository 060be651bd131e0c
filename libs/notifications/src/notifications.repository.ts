import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Db } from '#libs/database';
import { Notification } from './notification.entity.js';

/** Exported so the enrolment benchmark drives the same SQL. $1 is the id, made by the caller. */
export const INSERT_NOTIFICATION_SQL = `INSERT INTO notifications (id, user_id, kind, title, body, link, data) VALUES ($1, $2, $3, $4, $5, $6, $7)`;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.manager.getRepository(Notification);
  }

  /** The statement that stores a notification; the service sends it together with its e-mail job. */
  insertStatement(id: string, values: Pick<Notification, 'userId' | 'kind' | 'title' | 'body' | 'link' | 'data'>) {
    return {
      sql: INSERT_NOTIFICATION_SQL,
      values: [id, values.userId, values.kind, values.title, values.body, values.link, JSON.stringify(values.data)],
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
  async findForDelivery(id: string): Promise<(Notification & { email: string; name: string }) | null> {
    const rows = await this.db.manager.query(
      `SELECT n.id, n.kind, n.title, n.body, n.link, n.email_sent_at AS "emailSentAt", u.email, u.name
         FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.id = $1 FOR UPDATE OF n`,
      [id],
    );
    return rows[0] ?? null;
  }

  async markEmailSent(id: string): Promise<void> {
    await this.repo.update({ id }, { emailSentAt: new Date() });
  }
}
