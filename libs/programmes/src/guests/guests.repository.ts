import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

export interface GuestRow {
  id: string;
  cohortPartId: string;
  cohortId: string;
  invitedById: string;
  inviterName: string;
  name: string;
  organisation: string;
  email: string;
  createdAt: Date;
}

/** What a guest's calendar invitation says about the part: when, where and of which programme. */
export interface GuestPartFacts {
  cohortPartId: string;
  cohortId: string;
  cohortName: string;
  programmeTitle: string;
  partTitle: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string | null;
  city: string | null;
  onlineUrl: string | null;
  scheduleVersion: number;
}

export interface NewGuest {
  cohortPartId: string;
  invitedById: string;
  name: string;
  organisation: string;
  email: string;
}

interface GuestRecord {
  id: string;
  cohort_part_id: string;
  cohort_id: string;
  invited_by_id: string;
  inviter_name: string;
  name: string;
  organisation: string;
  email: string;
  created_at: Date;
}

interface PartFactsRecord {
  cohort_part_id: string;
  cohort_id: string;
  cohort_name: string;
  programme_title: string;
  part_title: string;
  description: string;
  starts_at: Date;
  ends_at: Date;
  venue_name: string | null;
  city: string | null;
  online_url: string | null;
  schedule_version: number;
}

function toGuestRow(r: GuestRecord): GuestRow {
  return {
    id: r.id,
    cohortPartId: r.cohort_part_id,
    cohortId: r.cohort_id,
    invitedById: r.invited_by_id,
    inviterName: r.inviter_name,
    name: r.name,
    organisation: r.organisation,
    email: r.email,
    createdAt: r.created_at,
  };
}

function toPartFacts(r: PartFactsRecord): GuestPartFacts {
  return {
    cohortPartId: r.cohort_part_id,
    cohortId: r.cohort_id,
    cohortName: r.cohort_name,
    programmeTitle: r.programme_title,
    partTitle: r.part_title,
    description: r.description,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    venueName: r.venue_name,
    city: r.city,
    onlineUrl: r.online_url,
    scheduleVersion: r.schedule_version,
  };
}

const GUEST_SELECT = `
  SELECT g.id, g.cohort_part_id, cp.cohort_id, g.invited_by_id, u.name AS inviter_name,
         g.name, g.organisation, g.email, g.created_at
    FROM cohort_guests g
    JOIN cohort_parts cp ON cp.id = g.cohort_part_id
    JOIN user_directory u ON u.id = g.invited_by_id`;

/** Guests of cohort parts; every read is scoped by part, cohort or inviter. */
@Injectable()
export class GuestsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Locks the part's row for the rest of the transaction, so invitations to one part are counted
   * one at a time and never exceed its capacity. FOR NO KEY UPDATE, not FOR UPDATE: it serialises
   * inviters without blocking rows elsewhere that merely reference the part (their foreign-key
   * checks take KEY SHARE locks, which FOR UPDATE would block).
   */
  async lockPart(cohortPartId: string): Promise<{ guestCapacity: number } | null> {
    const rows = await this.db.manager.query<{ guest_capacity: number }[]>(
      `SELECT guest_capacity FROM cohort_parts WHERE id = $1 FOR NO KEY UPDATE`,
      [cohortPartId],
    );
    return rows.length ? { guestCapacity: rows[0].guest_capacity } : null;
  }

  /** How many guests the part has, how many of them this participant invited, and whether the address is among them. */
  async counts(
    cohortPartId: string,
    inviterId: string,
    email: string,
  ): Promise<{ total: number; byInviter: number; emailTaken: boolean }> {
    const rows = await this.db.manager.query<{ total: number; by_inviter: number; email_taken: boolean }[]>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE invited_by_id = $2)::int AS by_inviter,
              coalesce(bool_or(lower(email) = lower($3)), false) AS email_taken
         FROM cohort_guests WHERE cohort_part_id = $1`,
      [cohortPartId, inviterId, email],
    );
    return { total: rows[0].total, byInviter: rows[0].by_inviter, emailTaken: rows[0].email_taken };
  }

  async countForPart(cohortPartId: string): Promise<number> {
    const rows = await this.db.manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM cohort_guests WHERE cohort_part_id = $1`,
      [cohortPartId],
    );
    return rows[0].n;
  }

  async insert(guest: NewGuest): Promise<string> {
    const rows = await this.db.manager.query<{ id: string }[]>(
      `INSERT INTO cohort_guests (cohort_part_id, invited_by_id, name, organisation, email)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [guest.cohortPartId, guest.invitedById, guest.name, guest.organisation, guest.email],
    );
    return rows[0].id;
  }

  async findById(id: string): Promise<GuestRow | null> {
    const rows = await this.db.manager.query<GuestRecord[]>(`${GUEST_SELECT} WHERE g.id = $1`, [id]);
    return rows.length ? toGuestRow(rows[0]) : null;
  }

  /** The part's guests in the order they were invited; only one inviter's when `inviterId` is given. */
  async forPart(cohortPartId: string, inviterId: string | null): Promise<GuestRow[]> {
    const rows = await this.db.manager.query<GuestRecord[]>(
      `${GUEST_SELECT} WHERE g.cohort_part_id = $1 AND ($2::uuid IS NULL OR g.invited_by_id = $2)
        ORDER BY g.created_at, g.id`,
      [cohortPartId, inviterId],
    );
    return rows.map(toGuestRow);
  }

  async delete(id: string): Promise<void> {
    await this.db.manager.query(`DELETE FROM cohort_guests WHERE id = $1`, [id]);
  }

  async partFacts(cohortPartId: string): Promise<GuestPartFacts | null> {
    const rows = await this.db.manager.query<PartFactsRecord[]>(
      `SELECT cp.id AS cohort_part_id, cp.cohort_id, co.name AS cohort_name, c.title AS programme_title,
              pp.title AS part_title, pp.description, cp.starts_at, cp.ends_at, cp.venue_name, cp.city,
              cp.online_url, cp.schedule_version
         FROM cohort_parts cp
         JOIN programme_parts pp ON pp.id = cp.part_id
         JOIN cohorts co ON co.session_id = cp.cohort_id
         JOIN course_directory c ON c.id = co.programme_id
        WHERE cp.id = $1`,
      [cohortPartId],
    );
    return rows.length ? toPartFacts(rows[0]) : null;
  }

  /** Everything kept about guests a person invited, for their personal-data export. */
  async invitedBy(userId: string): Promise<GuestRow[]> {
    const rows = await this.db.manager.query<GuestRecord[]>(
      `${GUEST_SELECT} WHERE g.invited_by_id = $1 ORDER BY g.created_at, g.id`,
      [userId],
    );
    return rows.map(toGuestRow);
  }

  /** Every guest of the cohort's parts. */
  async forCohort(cohortId: string): Promise<GuestRow[]> {
    const rows = await this.db.manager.query<GuestRecord[]>(
      `${GUEST_SELECT} WHERE cp.cohort_id = $1 ORDER BY g.created_at, g.id`,
      [cohortId],
    );
    return rows.map(toGuestRow);
  }
}
