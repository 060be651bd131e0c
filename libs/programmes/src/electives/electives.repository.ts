import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

export interface ModuleRow {
  id: string;
  cohortPartId: string;
  cohortId: string;
  title: string;
  description: string;
  courseId: string | null;
  teacherUserId: string | null;
  teacherName: string | null;
  venueName: string | null;
  city: string | null;
  onlineUrl: string | null;
  cap: number;
  allocated: number;
}

export interface NewModule {
  cohortPartId: string;
  title: string;
  description: string;
  courseId: string | null;
  teacherUserId: string | null;
  venueName: string | null;
  city: string | null;
  onlineUrl: string | null;
  cap: number;
}

export interface ChoiceRow {
  userId: string;
  moduleId: string;
  rank: number;
}

export type AllocationSource = 'run' | 'late' | 'moved';

export interface AllocationRow {
  userId: string;
  name: string;
  email: string;
  organisationName: string | null;
  moduleId: string | null;
  rankObtained: number | null;
  published: boolean;
  seed: string;
  source: AllocationSource;
}

export interface NewAllocation {
  userId: string;
  moduleId: string | null;
  rankObtained: number | null;
  seed: string;
  source: AllocationSource;
  published: boolean;
}

/** A published allocation of a person, with what their calendar and "Mijn leren" say about it. */
export interface MyAllocationRow {
  cohortId: string;
  cohortPartId: string;
  moduleId: string;
  rankObtained: number | null;
  /** The allocation's calendar version plus the module's schedule version: only grows. */
  version: number;
}

interface ModuleRecord {
  id: string;
  cohort_part_id: string;
  cohort_id: string;
  title: string;
  description: string;
  course_id: string | null;
  teacher_user_id: string | null;
  teacher_name: string | null;
  venue_name: string | null;
  city: string | null;
  online_url: string | null;
  cap: number;
  allocated: number;
}

interface AllocationRecord {
  user_id: string;
  name: string;
  email: string;
  organisation_name: string | null;
  module_id: string | null;
  rank_obtained: number | null;
  published: boolean;
  seed: string;
  source: AllocationSource;
}

function toModuleRow(r: ModuleRecord): ModuleRow {
  return {
    id: r.id,
    cohortPartId: r.cohort_part_id,
    cohortId: r.cohort_id,
    title: r.title,
    description: r.description,
    courseId: r.course_id,
    teacherUserId: r.teacher_user_id,
    teacherName: r.teacher_name,
    venueName: r.venue_name,
    city: r.city,
    onlineUrl: r.online_url,
    cap: r.cap,
    allocated: r.allocated,
  };
}

function toAllocationRow(r: AllocationRecord): AllocationRow {
  return {
    userId: r.user_id,
    name: r.name,
    email: r.email,
    organisationName: r.organisation_name,
    moduleId: r.module_id,
    rankObtained: r.rank_obtained,
    published: r.published,
    seed: r.seed,
    source: r.source,
  };
}

const MODULE_SELECT = `
  SELECT m.id, m.cohort_part_id, cp.cohort_id, m.title, m.description, m.course_id, m.teacher_user_id,
         u.name AS teacher_name, m.venue_name, m.city, m.online_url, m.cap,
         (SELECT count(*) FROM module_allocations a WHERE a.module_id = m.id)::int AS allocated
    FROM cohort_modules m
    JOIN cohort_parts cp ON cp.id = m.cohort_part_id
    LEFT JOIN user_directory u ON u.id = m.teacher_user_id`;

const ALLOCATION_SELECT = `
  SELECT a.user_id, u.name, u.email, o.name AS organisation_name, a.module_id, a.rank_obtained, a.published,
         a.seed, a.source
    FROM module_allocations a
    JOIN user_directory u ON u.id = a.user_id
    LEFT JOIN organisation_directory o ON o.id = u.organisation_id`;

/** Modules, choices and allocations of elective parts; every query is scoped by part, module or person. */
@Injectable()
export class ElectivesRepository {
  constructor(private readonly db: Db) {}

  /**
   * Locks the part's row for the rest of the transaction: choices, runs, moves and cap changes of
   * one part happen one at a time. FOR NO KEY UPDATE leaves foreign-key checks of other rows free.
   */
  async lockPart(cohortPartId: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(`SELECT 1 FROM cohort_parts WHERE id = $1 FOR NO KEY UPDATE`, [
      cohortPartId,
    ]);
    return rows.length > 0;
  }

  async modules(cohortPartId: string): Promise<ModuleRow[]> {
    const rows = await this.db.manager.query<ModuleRecord[]>(
      `${MODULE_SELECT} WHERE m.cohort_part_id = $1 ORDER BY m.title, m.id`,
      [cohortPartId],
    );
    return rows.map(toModuleRow);
  }

  async modulesByIds(moduleIds: string[]): Promise<ModuleRow[]> {
    const rows = await this.db.manager.query<ModuleRecord[]>(`${MODULE_SELECT} WHERE m.id = ANY($1)`, [moduleIds]);
    return rows.map(toModuleRow);
  }

  async module(moduleId: string): Promise<ModuleRow | null> {
    const rows = await this.db.manager.query<ModuleRecord[]>(`${MODULE_SELECT} WHERE m.id = $1`, [moduleId]);
    return rows.length ? toModuleRow(rows[0]) : null;
  }

  async insertModule(m: NewModule): Promise<string> {
    const rows = await this.db.manager.query<{ id: string }[]>(
      `INSERT INTO cohort_modules (cohort_part_id, title, description, course_id, teacher_user_id, venue_name, city, online_url, cap)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [m.cohortPartId, m.title, m.description, m.courseId, m.teacherUserId, m.venueName, m.city, m.onlineUrl, m.cap],
    );
    return rows[0].id;
  }

  async updateModule(moduleId: string, m: Omit<NewModule, 'cohortPartId'>): Promise<void> {
    await this.db.manager.query(
      `UPDATE cohort_modules SET title = $2, description = $3, course_id = $4, teacher_user_id = $5, venue_name = $6,
              city = $7, online_url = $8, cap = $9, updated_at = now(),
              schedule_version = schedule_version
                + CASE WHEN (title, venue_name, city, online_url) IS DISTINCT FROM ($2::varchar, $6::varchar, $7::varchar, $8::varchar) THEN 1 ELSE 0 END
        WHERE id = $1`,
      [moduleId, m.title, m.description, m.courseId, m.teacherUserId, m.venueName, m.city, m.onlineUrl, m.cap],
    );
  }

  async deleteModule(moduleId: string): Promise<void> {
    await this.db.manager.query(`DELETE FROM cohort_modules WHERE id = $1`, [moduleId]);
  }

  async courseExists(courseId: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(`SELECT 1 FROM course_directory WHERE id = $1`, [courseId]);
    return rows.length > 0;
  }

  async activeUserExists(userId: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(
      `SELECT 1 FROM user_directory WHERE id = $1 AND disabled_at IS NULL`,
      [userId],
    );
    return rows.length > 0;
  }

  choices(cohortPartId: string): Promise<ChoiceRow[]> {
    return this.db.manager.query<ChoiceRow[]>(
      `SELECT user_id AS "userId", module_id AS "moduleId", rank FROM module_choices
        WHERE cohort_part_id = $1 ORDER BY user_id, rank`,
      [cohortPartId],
    );
  }

  async choicesOf(cohortPartId: string, userId: string): Promise<string[]> {
    const rows = await this.db.manager.query<{ module_id: string }[]>(
      `SELECT module_id FROM module_choices WHERE cohort_part_id = $1 AND user_id = $2 ORDER BY rank`,
      [cohortPartId, userId],
    );
    return rows.map((r) => r.module_id);
  }

  /** Replaces the person's ranking of the part. */
  async replaceChoices(cohortPartId: string, userId: string, moduleIds: string[]): Promise<void> {
    await this.db.manager.query(`DELETE FROM module_choices WHERE cohort_part_id = $1 AND user_id = $2`, [
      cohortPartId,
      userId,
    ]);
    if (!moduleIds.length) return;
    await this.db.manager.query(
      `INSERT INTO module_choices (cohort_part_id, user_id, module_id, rank)
       SELECT $1, $2, m.id, m.ord FROM unnest($3::uuid[]) WITH ORDINALITY AS m(id, ord)`,
      [cohortPartId, userId, moduleIds],
    );
  }

  async allocations(cohortPartId: string): Promise<AllocationRow[]> {
    const rows = await this.db.manager.query<AllocationRecord[]>(
      `${ALLOCATION_SELECT} WHERE a.cohort_part_id = $1 ORDER BY u.name, a.user_id`,
      [cohortPartId],
    );
    return rows.map(toAllocationRow);
  }

  async allocationOf(cohortPartId: string, userId: string): Promise<AllocationRow | null> {
    const rows = await this.db.manager.query<AllocationRecord[]>(
      `${ALLOCATION_SELECT} WHERE a.cohort_part_id = $1 AND a.user_id = $2`,
      [cohortPartId, userId],
    );
    return rows.length ? toAllocationRow(rows[0]) : null;
  }

  async moduleParticipants(moduleId: string): Promise<AllocationRow[]> {
    const rows = await this.db.manager.query<AllocationRecord[]>(
      `${ALLOCATION_SELECT} WHERE a.module_id = $1 ORDER BY u.name, a.user_id`,
      [moduleId],
    );
    return rows.map(toAllocationRow);
  }

  /** Replaces the draft of a part with a fresh run. */
  async replaceAllocation(cohortPartId: string, rows: NewAllocation[]): Promise<void> {
    await this.db.manager.query(`DELETE FROM module_allocations WHERE cohort_part_id = $1`, [cohortPartId]);
    if (!rows.length) return;
    await this.db.manager.query(
      `INSERT INTO module_allocations (cohort_part_id, user_id, module_id, rank_obtained, seed, source, published)
       SELECT $1, r.user_id, r.module_id, r.rank_obtained, r.seed, r.source, r.published
         FROM jsonb_to_recordset($2::jsonb)
           AS r(user_id uuid, module_id uuid, rank_obtained smallint, seed varchar, source varchar, published boolean)`,
      [
        cohortPartId,
        JSON.stringify(
          rows.map((r) => ({
            user_id: r.userId,
            module_id: r.moduleId,
            rank_obtained: r.rankObtained,
            seed: r.seed,
            source: r.source,
            published: r.published,
          })),
        ),
      ],
    );
  }

  /**
   * One person's row: a late enrolment's place or an organiser's move. A published change raises
   * the calendar version past the old module's, so the event's SEQUENCE only grows.
   */
  async upsertAllocation(cohortPartId: string, row: NewAllocation): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO module_allocations (cohort_part_id, user_id, module_id, rank_obtained, seed, source, published, calendar_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7::boolean, CASE WHEN $7::boolean THEN 1 ELSE 0 END)
       ON CONFLICT (cohort_part_id, user_id) DO UPDATE
         SET module_id = EXCLUDED.module_id, rank_obtained = EXCLUDED.rank_obtained, source = EXCLUDED.source,
             calendar_version = CASE WHEN module_allocations.published
               THEN module_allocations.calendar_version + 1
                    + COALESCE((SELECT m.schedule_version FROM cohort_modules m WHERE m.id = module_allocations.module_id), 0)
               ELSE module_allocations.calendar_version END,
             updated_at = now()`,
      [cohortPartId, row.userId, row.moduleId, row.rankObtained, row.seed, row.source, row.published],
    );
  }

  async publish(cohortPartId: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE module_allocations SET published = true, calendar_version = calendar_version + 1, updated_at = now()
        WHERE cohort_part_id = $1 AND NOT published`,
      [cohortPartId],
    );
  }

  /**
   * Parts whose allocation is published while a confirmed participant has no row yet (a late
   * enrolment), or none with a module while a module has room, before the part ends; of one
   * person, or of everyone when null.
   */
  lateParts(userId: string | null): Promise<{ cohortId: string; cohortPartId: string }[]> {
    return this.db.manager.query<{ cohortId: string; cohortPartId: string }[]>(
      `SELECT DISTINCT cp.cohort_id AS "cohortId", cp.id AS "cohortPartId"
         FROM cohort_parts cp
         JOIN session_participants sp ON sp.session_id = cp.cohort_id AND sp.status IN ('confirmed', 'attended')
        WHERE ($1::uuid IS NULL OR sp.user_id = $1::uuid)
          AND cp.ends_at > now()
          AND EXISTS (SELECT 1 FROM module_allocations a WHERE a.cohort_part_id = cp.id AND a.published)
          AND (NOT EXISTS (SELECT 1 FROM module_allocations b WHERE b.cohort_part_id = cp.id AND b.user_id = sp.user_id)
               OR (EXISTS (SELECT 1 FROM module_allocations b
                            WHERE b.cohort_part_id = cp.id AND b.user_id = sp.user_id AND b.module_id IS NULL)
                   AND EXISTS (SELECT 1 FROM cohort_modules m WHERE m.cohort_part_id = cp.id
                                 AND m.cap > (SELECT count(*) FROM module_allocations x WHERE x.module_id = m.id))))
        ORDER BY 1, 2`,
      [userId],
    );
  }

  /** Published modules of a person, in the given cohorts (all cohorts when null). */
  myAllocations(userId: string, cohortIds: string[] | null): Promise<MyAllocationRow[]> {
    return this.db.manager.query<MyAllocationRow[]>(
      `SELECT cp.cohort_id AS "cohortId", a.cohort_part_id AS "cohortPartId", a.module_id AS "moduleId",
              a.rank_obtained AS "rankObtained", (a.calendar_version + m.schedule_version)::int AS version
         FROM module_allocations a JOIN cohort_parts cp ON cp.id = a.cohort_part_id
         JOIN cohort_modules m ON m.id = a.module_id
        WHERE a.user_id = $1 AND a.published AND a.module_id IS NOT NULL
          AND ($2::uuid[] IS NULL OR cp.cohort_id = ANY($2::uuid[]))
        ORDER BY cp.starts_at, a.cohort_part_id`,
      [userId, cohortIds],
    );
  }
}
