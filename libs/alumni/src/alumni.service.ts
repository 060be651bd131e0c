import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { AppConfig, hasRole } from '#libs/common';
import type { AuthUser, Page } from '#libs/common';
import { Db } from '#libs/database';
import { UsersService } from '#libs/identity';
import { JobQueue } from '#libs/jobs';
import { Mailer } from '#libs/mail';
import type {
  AlumniConsentDto,
  AlumniMessageSentDto,
  AlumniSearchQueryDto,
  AlumnusDto,
  SendAlumniMessageDto,
  UpdateAlumniConsentDto,
} from './dto/alumni.dto.js';
import type { PageQueryDto } from '#libs/common';
import { ALUMNI_MESSAGES } from './alumni-messages.js';
import { AlumniException } from './alumni.exception.js';
import { AlumniRepository } from './alumni.repository.js';
import type { Alumnus, AlumniFilter, Viewer } from './alumni.repository.js';

export const ALUMNI_MESSAGE_JOB = 'alumni.message-email';
/** Messages one person may send to alumni in any 24 hours. */
export const ALUMNI_MESSAGES_PER_DAY = 5;
const DAY = 86_400_000;

/**
 * The alumni network: consent (off by default), "Wie deden deze cursus ook", search, and
 * messages delivered by e-mail with Reply-To the sender. Every list is computed from consent at
 * read time; any signed-in colleague may look (the consent says so).
 */
@Injectable()
export class AlumniService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly repo: AlumniRepository,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ messageId: string }>({
      name: ALUMNI_MESSAGE_JOB,
      handler: (d) => this.deliver(d.messageId),
      retryLimit: 8,
    });
  }

  async consent(user: AuthUser): Promise<AlumniConsentDto> {
    const c = await this.repo.consent(user.id);
    return c
      ? { findable: c.findable, showEmail: c.showEmail, jobTitle: c.jobTitle, updatedAt: c.updatedAt.toISOString() }
      : { findable: false, showEmail: false, jobTitle: null, updatedAt: null };
  }

  /** One switch for every course and programme attended; withdrawing it hides the person everywhere at once. */
  updateConsent(user: AuthUser, dto: UpdateAlumniConsentDto): Promise<AlumniConsentDto> {
    return this.db.transaction(async () => {
      const jobTitle = dto.jobTitle === undefined ? undefined : dto.jobTitle || null;
      const c = await this.repo.saveConsent(user.id, { findable: dto.findable, showEmail: dto.showEmail, jobTitle });
      return {
        findable: c.findable,
        showEmail: c.showEmail,
        jobTitle: c.jobTitle,
        updatedAt: c.updatedAt.toISOString(),
      };
    });
  }

  /** "Wie deden deze cursus ook": opted-in people who attended it, across organisations. */
  async ofCourse(user: AuthUser, courseId: string, q: PageQueryDto): Promise<Page<AlumnusDto>> {
    const viewer = viewerOf(user);
    if (!(await this.repo.courseVisible(viewer, courseId))) throw AlumniException.courseNotFound(courseId);
    return this.page(viewer, { courseId }, q);
  }

  search(user: AuthUser, q: AlumniSearchQueryDto): Promise<Page<AlumnusDto>> {
    return this.page(
      viewerOf(user),
      {
        courseId: q.courseId,
        topic: q.topic?.toLowerCase(),
        organisationId: q.organisationId,
        q: q.q ? q.q : undefined,
      },
      q,
    );
  }

  /** One alumnus, as the lists show them; 404 for anyone not findable (or yourself). */
  async one(user: AuthUser, userId: string): Promise<AlumnusDto> {
    return toDto(await this.findable(viewerOf(user), userId));
  }

  /**
   * The message is stored and its e-mail job enqueued in one transaction; only to findable
   * alumni (404 like an unknown id otherwise), at most ALUMNI_MESSAGES_PER_DAY per sender in 24 hours.
   */
  send(user: AuthUser, userId: string, dto: SendAlumniMessageDto): Promise<AlumniMessageSentDto> {
    return this.db.transaction(async () => {
      const recipient = await this.findable(viewerOf(user), userId);
      await this.repo.lockSender(user.id);
      const now = Date.now();
      const sent = await this.repo.sentSince(user.id, new Date(now - DAY));
      if (sent.count >= ALUMNI_MESSAGES_PER_DAY) {
        const oldest = sent.oldest?.getTime() ?? now;
        throw AlumniException.rateLimited(ALUMNI_MESSAGES_PER_DAY, Math.ceil((oldest + DAY - now) / 1000));
      }
      const courseId = dto.courseId ?? null;
      const saved = await this.repo.insertMessage({
        senderId: user.id,
        recipientId: recipient.userId,
        // Named in the mail only when the recipient is an alumnus of it.
        courseId: courseId && recipient.courses.some((c) => c.courseId === courseId) ? courseId : null,
        subject: dto.subject ? dto.subject : null,
        text: dto.text,
      });
      await this.jobs.enqueue(ALUMNI_MESSAGE_JOB, { messageId: saved.id }, { singletonKey: saved.id });
      return {
        id: saved.id,
        recipientName: recipient.name,
        createdAt: saved.createdAt.toISOString(),
        remainingToday: ALUMNI_MESSAGES_PER_DAY - sent.count - 1,
      };
    });
  }

  /**
   * Idempotent: a message already sent is not sent again. Not at all when the recipient has
   * withdrawn consent in the meantime. In the recipient's language, Reply-To the sender.
   */
  async deliver(messageId: string): Promise<void> {
    await this.db.transaction(async () => {
      const m = await this.repo.messageForDelivery(messageId);
      if (!m || m.emailSentAt || !m.recipientFindable) return;
      const recipient = await this.users.recipient(m.recipientId);
      if (!recipient) return;
      const base = this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`;
      const text = ALUMNI_MESSAGES[recipient.language]['alumni.message']({
        recipientName: recipient.name,
        senderName: m.senderName,
        senderOrganisation: m.senderOrganisation ?? '',
        subject: m.subject ?? '',
        text: m.text,
        courseTitle: m.courseTitle ?? '',
        settingsUrl: `${base}/alumni`,
      });
      await this.mailer.send({
        id: m.id,
        to: `${recipient.name} <${recipient.email}>`,
        replyTo: `${m.senderName} <${m.senderEmail}>`,
        subject: text.title,
        text: text.body,
        contentLanguage: recipient.language === 'en' ? 'en-GB' : 'nl-NL',
      });
      await this.repo.markSent(m.id);
    });
  }

  private async findable(viewer: Viewer, userId: string): Promise<Alumnus> {
    const [rows] = await this.repo.search(viewer, { userId }, 1, 1);
    if (!rows.length) throw AlumniException.notFound(userId);
    return rows[0];
  }

  private async page(viewer: Viewer, filter: AlumniFilter, q: PageQueryDto): Promise<Page<AlumnusDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await this.repo.search(viewer, filter, page, pageSize);
    return { items: rows.map(toDto), page, pageSize, total };
  }
}

const viewerOf = (user: AuthUser): Viewer => ({
  userId: user.id,
  organisationId: user.organisationId,
  admin: hasRole(user, 'admin'),
});

/** The e-mail address only with the alumnus' consent. */
function toDto(a: Alumnus): AlumnusDto {
  return {
    userId: a.userId,
    name: a.name,
    organisation: a.organisationId && a.organisationName ? { id: a.organisationId, name: a.organisationName } : null,
    jobTitle: a.jobTitle,
    email: a.showEmail ? a.email : null,
    courses: a.courses,
  };
}
