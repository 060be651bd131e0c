import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { PartKind } from '../programmes.entities.js';
import type { CohortRole } from './cohort.entities.js';

export type WorkDomain = 'beleid' | 'uitvoering' | 'toezicht' | 'bedrijfsvoering';

/** A cohort with its session's facts and the programme's owner organisations. */
export interface CohortRow {
  id: string;
  programmeId: string;
  name: string;
  title: string;
  /** The programme's why (its catalogue summary). */
  why: string;
  programmeStatus: string;
  organisationId: string;
  coOwnerIds: string[];
  startsAt: Date;
  endsAt: Date;
  status: 'scheduled' | 'cancelled';
  capacity: number;
  enrolmentDeadline: Date;
  cancellationDeadline: Date;
  seatsLeft: number;
}

export interface CohortPartRow {
  id: string;
  partId: string;
  position: number;
  title: string;
  kind: PartKind;
  durationHours: number;
  format: 'klassikaal' | 'online' | 'hybride';
  startsAt: Date;
  endsAt: Date;
  venueName: string | null;
  city: string | null;
  onlineUrl: string | null;
  choiceDeadline: Date | null;
  guestCapacity: number;
  allowsGuests: boolean;
  scheduleVersion: number;
}

export interface CohortParticipant {
  userId: string;
  enrolmentId: string;
  name: string;
  email: string;
  organisationId: string | null;
  organisationName: string | null;
  workDomain: WorkDomain | null;
  status: string;
}

/** A person's place (or place in the queue) in a cohort. */
export interface MyCohortRow {
  cohortId: string;
  status: string;
  enrolmentId: string;
  userId: string;
}

export interface CohortStaffRow {
  userId: string;
  name: string;
  organisationName: string | null;
  role: CohortRole;
}

const COHORT_SELECT = `
  SELECT co.session_id AS "id", co.programme_id AS "programmeId", co.name, c.title, c.summary AS "why", c.status AS "programmeStatus",
         c.organisation_id AS "organisationId",
         COALESCE((SELECT array_agg(po.organisation_id) FROM programme_owners po WHERE po.programme_id = co.programme_id), '{}') AS "coOwnerIds",
         s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.status, s.capacity,
         s.enrolment_deadline AS "enrolmentDeadline", s.cancellation_deadline AS "cancellationDeadline",
         COALESCE(a.seats_left, s.capacity)::int AS "seatsLeft"
    FROM cohorts co
    JOIN session_directory s ON s.id = co.session_id
    JOIN course_directory c ON c.id = co.programme_id
    LEFT JOIN session_availability a ON a.session_id = co.session_id`;

const PART_SELECT = `
  SELECT cp.id, cp.part_id AS "partId", pp.position, pp.title, pp.kind, pp.duration_hours::float AS "durationHours",
         pp.format, cp.starts_at AS "startsAt", cp.ends_at AS "endsAt", cp.venue_name AS "venueName", cp.city,
         cp.online_url AS "onlineUrl", cp.choice_deadline AS "choiceDeadline", cp.guest_capacity AS "guestCapacity",
         pp.allows_guests AS "allowsGuests", cp.schedule_version AS "scheduleVersion", cp.cohort_id AS "cohortId",
         pp.programme_id AS "programmeId"
    FROM cohort_parts cp JOIN programme_parts pp ON pp.id = cp.part_id`;

/** Reads of cohorts, their parts, staff and participants; every query is scoped by cohort (or programme). */
@Injectable()
export class CohortsRepository {
  constructor(private readonly db: Db) {}

  async findById(cohortId: string): Promise<CohortRow | null> {
    const rows = await this.db.manager.query<CohortRow[]>(`${COHORT_SELECT} WHERE co.session_id = $1`, [cohortId]);
    return rows.at(0) ?? null;
  }

  findForProgramme(programmeId: string): Promise<CohortRow[]> {
    return this.db.manager.query<CohortRow[]>(`${COHORT_SELECT} WHERE co.programme_id = $1 ORDER BY s.starts_at`, [
      programmeId,
    ]);
  }

  findByIds(cohortIds: string[]): Promise<CohortRow[]> {
    return this.db.manager.query<CohortRow[]>(`${COHORT_SELECT} WHERE co.session_id = ANY($1) ORDER BY s.starts_at`, [
      cohortIds,
    ]);
  }

  parts(cohortId: string): Promise<CohortPartRow[]> {
    return this.db.manager.query<CohortPartRow[]>(`${PART_SELECT} WHERE cp.cohort_id = $1 ORDER BY pp.position`, [
      cohortId,
    ]);
  }

  partsOf(cohortIds: string[]): Promise<(CohortPartRow & { cohortId: string; programmeId: string })[]> {
    return this.db.manager.query<(CohortPartRow & { cohortId: string; programmeId: string })[]>(
      `${PART_SELECT} WHERE cp.cohort_id = ANY($1) ORDER BY cp.cohort_id, pp.position`,
      [cohortIds],
    );
  }

  async staffRole(cohortId: string, userId: string): Promise<CohortRole | null> {
    const rows = await this.db.manager.query<{ role: CohortRole }[]>(
      `SELECT role FROM cohort_staff WHERE cohort_id = $1 AND user_id = $2`,
      [cohortId, userId],
    );
    return rows.at(0)?.role ?? null;
  }

  staff(cohortId: string): Promise<CohortStaffRow[]> {
    return this.db.manager.query<CohortStaffRow[]>(
      `SELECT cs.user_id AS "userId", u.name, o.name AS "organisationName", cs.role
         FROM cohort_staff cs JOIN user_directory u ON u.id = cs.user_id
         LEFT JOIN organisation_directory o ON o.id = u.organisation_id
        WHERE cs.cohort_id = $1 ORDER BY cs.role, u.name`,
      [cohortId],
    );
  }

  /** Confirmed (and, after a meeting, attended) participants: those who are in the cohort. */
  participants(cohortId: string): Promise<CohortParticipant[]> {
    return this.db.manager.query<CohortParticipant[]>(
      `SELECT p.user_id AS "userId", p.enrolment_id AS "enrolmentId", u.name, u.email,
              u.organisation_id AS "organisationId", o.name AS "organisationName",
              u.work_domain AS "workDomain", p.status
         FROM session_participants p JOIN user_directory u ON u.id = p.user_id
         LEFT JOIN organisation_directory o ON o.id = u.organisation_id
        WHERE p.session_id = $1 AND p.status IN ('confirmed', 'attended')
        ORDER BY u.name, p.user_id`,
      [cohortId],
    );
  }

  /** Everyone with an active or attended enrolment, for organisers' enrolment list. */
  enrolments(cohortId: string): Promise<CohortParticipant[]> {
    return this.db.manager.query<CohortParticipant[]>(
      `SELECT p.user_id AS "userId", p.enrolment_id AS "enrolmentId", u.name, u.email,
              u.organisation_id AS "organisationId", o.name AS "organisationName",
              u.work_domain AS "workDomain", p.status
         FROM session_participants p JOIN user_directory u ON u.id = p.user_id
         LEFT JOIN organisation_directory o ON o.id = u.organisation_id
        WHERE p.session_id = $1
        ORDER BY p.created_at, p.user_id`,
      [cohortId],
    );
  }

  async isParticipant(cohortId: string, userId: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(
      `SELECT 1 FROM session_participants WHERE session_id = $1 AND user_id = $2 AND status IN ('confirmed', 'attended')`,
      [cohortId, userId],
    );
    return rows.length > 0;
  }

  /** The cohorts a person holds or waits for a place in. */
  async cohortsOf(userId: string): Promise<MyCohortRow[]> {
    return this.db.manager.query<MyCohortRow[]>(
      `SELECT p.session_id AS "cohortId", p.status, p.enrolment_id AS "enrolmentId", p.user_id AS "userId"
         FROM session_participants p JOIN cohorts co ON co.session_id = p.session_id
        WHERE p.user_id = $1`,
      [userId],
    );
  }

  /** The person's place on the cohort's waitlist (1 is next). */
  async waitlistPosition(cohortId: string, userId: string): Promise<number | null> {
    const rows = await this.db.manager.query<{ position: number }[]>(
      `SELECT position FROM (
         SELECT user_id, row_number() OVER (ORDER BY queue_number, created_at)::int AS position
           FROM session_participants WHERE session_id = $1 AND status = 'waitlisted') q
        WHERE user_id = $2`,
      [cohortId, userId],
    );
    return rows.at(0)?.position ?? null;
  }

  /** Cohorts where the person is staff. */
  staffCohortsOf(userId: string): Promise<{ cohortId: string; role: CohortRole }[]> {
    return this.db.manager.query<{ cohortId: string; role: CohortRole }[]>(
      `SELECT cohort_id AS "cohortId", role FROM cohort_staff WHERE user_id = $1`,
      [userId],
    );
  }
}
