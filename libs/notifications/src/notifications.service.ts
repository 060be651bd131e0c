import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { OnModuleInit } from '@nestjs/common';
import { AppConfig, DomainException } from '#libs/common';
import { Db } from '#libs/database';
import { JobQueue } from '#libs/jobs';
import type { NotificationDto, NotificationPageDto } from './dto/notification.dto.js';
import { Mailer } from '#libs/mail';
import type { Notification } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';

export const EMAIL_JOB = 'notification.email';

export interface Message {
  kind: string;
  title: string;
  body: string;
  link?: string;
  data?: Record<string, unknown>;
}

@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly repo: NotificationsRepository,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ notificationId: string }>({
      name: EMAIL_JOB,
      handler: (d) => this.deliverEmail(d.notificationId),
      retryLimit: 8,
    });
  }

  /**
   * Stores the in-app message and enqueues its e-mail, inside the caller's transaction:
   * if the change rolls back, neither exists; if it commits, both do.
   */
  notify(userId: string, message: Message): Promise<void> {
    return this.db.transaction(async () => {
      const id = randomUUID();
      const row = this.repo.insertStatement(id, {
        userId,
        kind: message.kind,
        title: message.title,
        body: message.body,
        link: message.link ?? null,
        data: message.data ?? {},
      });
      // The row and its job in one statement: both or neither, in one round trip.
      await this.jobs.enqueue(EMAIL_JOB, { notificationId: id }, { singletonKey: id, alongside: row });
    });
  }

  /** Idempotent: a message already stamped as sent is not sent again. */
  async deliverEmail(notificationId: string): Promise<void> {
    await this.db.transaction(async () => {
      const n = await this.repo.findForDelivery(notificationId);
      if (!n || n.emailSentAt) return;
      const link = n.link
        ? `\n\nBekijk het in Collegiaal: ${this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`}${n.link}`
        : '';
      await this.mailer.send({
        id: n.id,
        to: `${n.name} <${n.email}>`,
        subject: n.title,
        text: `Beste ${n.name},\n\n${n.body}${link}\n\nMet collegiale groet,\nCollegiaal`,
      });
      await this.repo.markEmailSent(n.id);
    });
  }

  async list(userId: string, unreadOnly: boolean, page: number, pageSize: number): Promise<NotificationPageDto> {
    const [rows, total] = await this.repo.listForUser(userId, unreadOnly, page, pageSize);
    return { items: rows.map(toDto), page, pageSize, total, unread: await this.repo.countUnread(userId) };
  }

  async markRead(userId: string, id: string): Promise<void> {
    if (!(await this.repo.markRead(userId, id))) {
      throw new DomainException('NOTIFICATION_NOT_FOUND', 'not_found', `Notification ${id} does not exist.`);
    }
  }

  markAllRead(userId: string): Promise<number> {
    return this.repo.markAllRead(userId);
  }
}

function toDto(n: Notification): NotificationDto {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  };
}
