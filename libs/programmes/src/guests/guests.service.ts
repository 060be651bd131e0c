import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { SessionLifecycle } from '#libs/catalogue';
import { AppConfig } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import { JobQueue } from '#libs/jobs';
import { Mailer } from '#libs/mail';
import { CohortAccess } from '../cohorts/cohort-access.js';
import type { CohortAccessRole } from '../cohorts/cohort-access.js';
import type { CohortPartRow } from '../cohorts/cohorts.repository.js';
import type { GuestDto, GuestListDto, InviteGuestDto } from './dto/guest.dto.js';
import { guestMail } from './guest-mails.js';
import { GuestException } from './guests.exception.js';
import { GuestsRepository } from './guests.repository.js';
import type { GuestRow } from './guests.repository.js';

/** Each participant may bring at most this many guests to one part (the part's capacity still rules). */
export const GUESTS_PER_PARTICIPANT = 2;

export const GUEST_INVITATION_JOB = 'programmes.guest-invitation';
export const GUEST_CANCELLATION_JOB = 'programmes.guest-cancellation';

/** A withdrawn guest's row is gone when the job runs, so the job carries whom to tell. */
export interface GuestCancellationJob {
  guestId: string;
  cohortPartId: string;
  name: string;
  email: string;
  inviterName: string;
}

/** Who may remove anyone's guest: the programme's owners and the cohort's organisers. */
const REMOVERS: readonly CohortAccessRole[] = ['owner', 'organiser'];

/**
 * Guests at a part that allows them ("gast aan tafel", issue #11 item 7): a confirmed participant
 * invites up to GUESTS_PER_PARTICIPANT external guests, within the part's guest capacity. Only
 * name, organisation and e-mail are kept; the guest gets no account but a calendar invitation by
 * e-mail, enqueued in the same transaction (and a cancellation when removed).
 */
@Injectable()
export class GuestsService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly repo: GuestsRepository,
    private readonly access: CohortAccess,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly lifecycle: SessionLifecycle,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ guestId: string }>({
      name: GUEST_INVITATION_JOB,
      handler: (d) => this.deliverInvitation(d.guestId),
      retryLimit: 8,
    });
    this.jobs.define<GuestCancellationJob>({
      name: GUEST_CANCELLATION_JOB,
      handler: (d) => this.deliverCancellation(d),
      retryLimit: 8,
    });
    // A cancelled cohort (its session) withdraws every guest of its parts still to come.
    this.lifecycle.register({ cancelled: ({ sessionId }) => this.withdrawAllFor(sessionId) });
  }

  async invite(user: AuthUser, cohortId: string, cohortPartId: string, dto: InviteGuestDto): Promise<GuestDto> {
    await this.access.requireParticipant(user, cohortId);
    const part = await this.partOf(cohortId, cohortPartId);
    if (!part.allowsGuests) throw GuestException.notAllowedOnPart();
    if (new Date(part.startsAt) <= new Date()) throw GuestException.past();
    const id = await this.db.transaction(async () => {
      // Under the part's lock, counting and inserting are one step for every inviter of this part.
      const locked = await this.repo.lockPart(cohortPartId);
      if (!locked) throw GuestException.partNotFound(cohortPartId);
      const counts = await this.repo.counts(cohortPartId, user.id, dto.email);
      if (counts.emailTaken) throw GuestException.alreadyInvited();
      if (counts.total >= locked.guestCapacity) throw GuestException.full(locked.guestCapacity);
      if (counts.byInviter >= GUESTS_PER_PARTICIPANT) throw GuestException.limitReached(GUESTS_PER_PARTICIPANT);
      const guestId = await this.repo.insert({
        cohortPartId,
        invitedById: user.id,
        name: dto.name,
        organisation: dto.organisation,
        email: dto.email,
      });
      await this.jobs.enqueue(GUEST_INVITATION_JOB, { guestId }, { singletonKey: guestId });
      return guestId;
    });
    const guest = await this.repo.findById(id);
    if (!guest) throw GuestException.notFound(id);
    return toDto(guest);
  }

  /** Staff see every guest of the part with who invited them; a participant sees their own. */
  async list(user: AuthUser, cohortId: string, cohortPartId: string): Promise<GuestListDto> {
    const role = await this.access.role(user, cohortId);
    if (!role) await this.access.requireParticipant(user, cohortId);
    const part = await this.partOf(cohortId, cohortPartId);
    const [guests, invited] = await Promise.all([
      this.repo.forPart(cohortPartId, role ? null : user.id),
      this.repo.countForPart(cohortPartId),
    ]);
    return {
      cohortPartId,
      allowsGuests: part.allowsGuests,
      guestCapacity: part.guestCapacity,
      guestsInvited: invited,
      placesLeft: Math.max(0, part.guestCapacity - invited),
      perParticipantLimit: GUESTS_PER_PARTICIPANT,
      guests: guests.map(toDto),
    };
  }

  /** By whoever invited the guest, or an organiser; the guest is told (unless the part is over). */
  async remove(user: AuthUser, cohortId: string, guestId: string): Promise<void> {
    const role = await this.access.role(user, cohortId);
    await this.db.transaction(async () => {
      const guest = await this.repo.findById(guestId);
      if (!guest || guest.cohortId !== cohortId) throw GuestException.notFound(guestId);
      if (guest.invitedById !== user.id && !(role && REMOVERS.includes(role))) {
        if (role) throw GuestException.notAllowed('Only who invited a guest, or an organiser, removes them.');
        throw GuestException.notFound(guestId);
      }
      await this.repo.lockPart(guest.cohortPartId);
      await this.withdraw(guest, guest.inviterName);
    });
  }

  /**
   * A part moved (time, place or link): every guest gets the updated invitation (same UID, the
   * part's new schedule version as SEQUENCE). For the transaction that changes the part.
   */
  async partChanged(cohortPartId: string): Promise<void> {
    await this.db.transaction(async () => {
      const facts = await this.repo.partFacts(cohortPartId);
      if (!facts) return;
      for (const guest of await this.repo.forPart(cohortPartId, null))
        await this.jobs.enqueue(
          GUEST_INVITATION_JOB,
          { guestId: guest.id },
          { singletonKey: `${guest.id}:${facts.scheduleVersion}` },
        );
    });
  }

  /** How many guests a part has: a part's guest capacity may not go below it. */
  guestCount(cohortPartId: string): Promise<number> {
    return this.repo.countForPart(cohortPartId);
  }

  /** The cohort was cancelled: its guests go, and those of parts still to come get a cancellation. */
  private async withdrawAllFor(cohortId: string): Promise<void> {
    for (const guest of await this.repo.forCohort(cohortId)) await this.withdraw(guest, guest.inviterName);
  }

  private async withdraw(guest: GuestRow, inviterName: string): Promise<void> {
    await this.repo.delete(guest.id);
    const facts = await this.repo.partFacts(guest.cohortPartId);
    if (facts && facts.endsAt > new Date()) {
      const job: GuestCancellationJob = {
        guestId: guest.id,
        cohortPartId: guest.cohortPartId,
        name: guest.name,
        email: guest.email,
        inviterName,
      };
      await this.jobs.enqueue(GUEST_CANCELLATION_JOB, job, { singletonKey: `cancel-${guest.id}` });
    }
  }

  /**
   * Erasure of an inviter: their guests go, and those of parts still to come get a cancellation
   * (which no longer names the inviter).
   */
  async withdrawAllBy(userId: string): Promise<void> {
    await this.db.transaction(async () => {
      for (const guest of await this.repo.invitedBy(userId)) await this.withdraw(guest, '');
    });
  }

  /** Mail job. A guest removed before it ran gets nothing (their cancellation says nothing to undo). */
  async deliverInvitation(guestId: string): Promise<void> {
    const guest = await this.repo.findById(guestId);
    if (!guest) return;
    const part = await this.repo.partFacts(guest.cohortPartId);
    if (!part) return;
    const mail = guestMail(
      {
        guestId,
        name: guest.name,
        email: guest.email,
        inviterName: guest.inviterName,
        part,
        from: this.config.MAIL_FROM,
      },
      'invitation',
    );
    await this.mailer.send({
      id: `guest-invitation-${guestId}-${part.scheduleVersion}`,
      to: mailbox(guest.name, guest.email),
      ...mail,
    });
  }

  async deliverCancellation(job: GuestCancellationJob): Promise<void> {
    const part = await this.repo.partFacts(job.cohortPartId);
    if (!part) return;
    const mail = guestMail({ ...job, part, from: this.config.MAIL_FROM }, 'cancellation');
    await this.mailer.send({ id: `guest-cancellation-${job.guestId}`, to: mailbox(job.name, job.email), ...mail });
  }

  private async partOf(cohortId: string, cohortPartId: string): Promise<CohortPartRow> {
    const part = (await this.access.parts(cohortId)).find((p) => p.id === cohortPartId);
    if (!part) throw GuestException.partNotFound(cohortPartId);
    return part;
  }
}

/**
 * "Name" <address>, with the name quoted: a name typed by a participant for someone else (with a
 * comma or an @ in it) stays a name and never becomes a second recipient.
 */
function mailbox(name: string, email: string): string {
  const display = name.replace(/["\\\r\n]/g, '').trim();
  return `"${display}" <${email}>`;
}

function toDto(g: GuestRow): GuestDto {
  return {
    id: g.id,
    cohortPartId: g.cohortPartId,
    name: g.name,
    organisation: g.organisation,
    email: g.email,
    invitedBy: { id: g.invitedById, name: g.inviterName },
    createdAt: new Date(g.createdAt).toISOString(),
  };
}
