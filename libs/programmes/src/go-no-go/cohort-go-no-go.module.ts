import { Module } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { EnrolmentsModule, GoNoGoRecipients } from '#libs/enrolments';
import { CohortOrganisersRepository } from './cohort-organisers.repository.js';

/**
 * A cohort is a catalogue session, so its minimum participants and go/no-go moment work as for
 * any session (issue #11 item 2). Its notice also goes to the cohort's organisers and to the L&D
 * of the programme's co-owner organisations.
 */
@Module({
  imports: [EnrolmentsModule],
  providers: [CohortOrganisersRepository],
})
export class CohortGoNoGoModule implements OnModuleInit {
  constructor(
    private readonly recipients: GoNoGoRecipients,
    private readonly organisers: CohortOrganisersRepository,
  ) {}

  onModuleInit(): void {
    this.recipients.register((session) => this.organisers.organisers(session.id));
  }
}
