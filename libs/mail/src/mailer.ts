import { Injectable } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { AppConfig } from '#libs/common';

export interface OutgoingMail {
  /** Also the Message-ID, so a retried delivery is recognisable as the same message. */
  id: string;
  to: string;
  subject: string;
  text: string;
  /** Where a reply goes, when not to us (e.g. the colleague who wrote the message). */
  replyTo?: string;
  /** The language the text is written in (BCP 47), for the Content-Language header; Dutch unless said. */
  contentLanguage?: string;
  /**
   * An iCalendar invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL) for people without an
   * account: sent as the text/calendar alternative mail clients show as an invitation, and attached.
   */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string; filename: string };
}

/** SMTP when SMTP_URL is set; otherwise each message is written to MAIL_DIR/<id>.eml. */
@Injectable()
export class Mailer {
  private transport?: Transporter;

  constructor(private readonly config: AppConfig) {}

  async send(mail: OutgoingMail): Promise<void> {
    this.transport ??= this.config.SMTP_URL
      ? nodemailer.createTransport(this.config.SMTP_URL)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const info = await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      messageId: `<${mail.id}@collegiaal>`,
      headers: { 'Content-Language': mail.contentLanguage ?? 'nl-NL' },
      ...(mail.calendar
        ? {
            icalEvent: { method: mail.calendar.method, content: mail.calendar.content },
            attachments: [
              {
                filename: mail.calendar.filename,
                content: mail.calendar.content,
                contentType: `application/ics; method=${mail.calendar.method}`,
              },
            ],
          }
        : {}),
    });
    if (!this.config.SMTP_URL) {
      const dir = path.resolve(this.config.MAIL_DIR);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `${mail.id}.eml`), (info as { message: Buffer }).message);
    }
  }
}
