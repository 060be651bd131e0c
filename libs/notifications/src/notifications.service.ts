import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { OnModuleInit } from '@nestjs/common';
import { AppConfig, DomainException } from '#libs/common';
import { Db } from '#libs/database';
import { JobQueue } from '#libs/jobs';
import { UsersService } from '#libs/identity';
import type { UserLanguage } from '#libs/identity';
import { Mailer } from '#libs/mail';
import type { NotificationDto, NotificationPageDto } from './dto/notification.dto.js';
import { renderMessage } from './message-catalogue.js';
import type { MessageParams, MessageText } from './message-catalogue.js';
import { NOTIFICATION_MAIL } from './notification-mail.js';
import type { Notification } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';

export const EMAIL_JOB = 'notification.email';

/** A message to a person: its catalogue code and parameters; the text follows from the reader's language. */
export interface Message {
  /** Stable kind for clients that want icons or filters, e.g. `enrolment.confirmed`. */
  kind: string;
  /** A code declared by an area's catalogue (defineMessages). */
  code: string;
  params: MessageParams;
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
    private readonly users: UsersService,
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
    // Stored also in Dutch, the default language, for readers that know no catalogue (the export, older clients).
    const dutch = renderMessage(message.code, message.params, 'nl');
    if (!dutch) throw new Error(`No catalogue declares message code ${message.code}`);
    return this.db.transaction(async () => {
      const id = randomUUID();
      const row = this.repo.insertStatement(id, {
        userId,
        kind: message.kind,
        code: message.code,
        params: message.params,
        title: dutch.title,
        body: dutch.body,
        link: message.link ?? null,
        data: message.data ?? {},
      });
      // The row and its job in one statement: both or neither, in one round trip.
      await this.jobs.enqueue(EMAIL_JOB, { notificationId: id }, { singletonKey: id, alongside: row });
    });
  }

  /** Idempotent: a message already stamped as sent is not sent again. In the recipient's language at sending time. */
  async deliverEmail(notificationId: string): Promise<void> {
    await this.db.transaction(async () => {
      const n = await this.repo.findForDelivery(notificationId);
      if (!n || n.emailSentAt) return;
      const recipient = await this.users.recipient(n.userId);
      if (!recipient) return;
      const text = textOf(n, recipient.language);
      const frame = NOTIFICATION_MAIL[recipient.language];
      const url = n.link ? `${this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`}${n.link}` : null;
      await this.mailer.send({
        id: n.id,
        to: `${recipient.name} <${recipient.email}>`,
        subject: text.title,
        text: frame.text(recipient.name, text.body, url),
        contentLanguage: frame.contentLanguage,
      });
      await this.repo.markEmailSent(n.id);
    });
  }

  /** In the reader's language as it is now: changing it re-renders earlier messages too. */
  async list(userId: string, unreadOnly: boolean, page: number, pageSize: number): Promise<NotificationPageDto> {
    const language = await this.users.languageOf(userId);
    const [rows, total] = await this.repo.listForUser(userId, unreadOnly, page, pageSize);
    return {
      items: rows.map((n) => toDto(n, language)),
      page,
      pageSize,
      total,
      unread: await this.repo.countUnread(userId),
    };
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

/** The catalogue's text in the language; a row from before the catalogues keeps its stored text. */
function textOf(n: Notification, language: UserLanguage): MessageText {
  return renderMessage(n.code, n.params, language) ?? { title: n.title, body: n.body };
}

function toDto(n: Notification, language: UserLanguage): NotificationDto {
  const text = textOf(n, language);
  return {
    id: n.id,
    kind: n.kind,
    title: text.title,
    body: text.body,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  };
}
