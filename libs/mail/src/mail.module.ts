import { Module } from '@nestjs/common';
import { Mailer } from './mailer.js';

/** Outgoing e-mail, for every area that mails people (notifications, address verification). */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
