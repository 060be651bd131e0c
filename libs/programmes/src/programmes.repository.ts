import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { Programme, ProgrammeAudience, ProgrammeOwner, ProgrammePart } from './programmes.entities.js';
import type { PartKind, ProgrammeAudienceKind } from './programmes.entities.js';

/** A programme with its catalogue entry's fields (read through catalogue's course_directory). */
export interface ProgrammeRow {
  id: string;
  title: string;
  summary: string;
  description: string;
  learningGoals: string[];
  topics: string[];
  status: 'draft' | 'published' | 'archived';
  organisationId: string;
  organisationName: string;
  requiresManagerApproval: boolean;
  audience: ProgrammeAudienceKind;
}

export interface OrganisationName {
  id: string;
  name: string;
}

export interface ProgrammeSummaryRow {
  id: string;
  title: string;
  summary: string;
  status: 'draft' | 'published' | 'archived';
  organisationName: string;
  partCount: number;
  durationHours: number;
  nextCohortStartsAt: Date | null;
  seatsLeft: number;
}

export type NewPart = Omit<ProgrammePart, 'id' | 'programme'>;

const PROGRAMME_SELECT = `
  SELECT p.course_id AS id, c.title, c.summary, c.description, c.learning_goals AS "learningGoals", c.topics,
         c.status, c.organisation_id AS "organisationId", o.name AS "organisationName",
         c.requires_manager_approval AS "requiresManagerApproval", p.audience
    FROM programmes p JOIN course_directory c ON c.id = p.course_id
    JOIN organisation_directory o ON o.id = c.organisation_id`;

const SUMMARY_SELECT = `
  SELECT p.course_id AS id, c.title, c.summary, c.status, o.name AS "organisationName",
         (SELECT count(*)::int FROM programme_parts pp WHERE pp.programme_id = p.course_id) AS "partCount",
         (SELECT COALESCE(sum(pp.duration_hours), 0)::float FROM programme_parts pp WHERE pp.programme_id = p.course_id) AS "durationHours",
         (SELECT min(s.starts_at) FROM cohorts co JOIN session_directory s ON s.id = co.session_id
           WHERE co.programme_id = p.course_id AND s.status = 'scheduled' AND s.enrolment_deadline > now()) AS "nextCohortStartsAt",
         (SELECT COALESCE(sum(a.seats_left), 0)::int FROM cohorts co JOIN session_directory s ON s.id = co.session_id
            JOIN session_availability a ON a.session_id = co.session_id
           WHERE co.programme_id = p.course_id AND s.status = 'scheduled' AND s.enrolment_deadline > now()) AS "seatsLeft"
    FROM programmes p JOIN course_directory c ON c.id = p.course_id
    JOIN organisation_directory o ON o.id = c.organisation_id`;

/** Programmes' own tables; one method per query. */
@Injectable()
export class ProgrammesRepository {
  constructor(private readonly db: Db) {}

  async insert(courseId: string, audience: ProgrammeAudienceKind): Promise<void> {
    await this.db.manager.getRepository(Programme).insert({ courseId, audience });
  }

  async setAudience(courseId: string, audience: ProgrammeAudienceKind): Promise<void> {
    await this.db.manager.getRepository(Programme).update({ courseId }, { audience });
  }

  async findById(id: string): Promise<ProgrammeRow | null> {
    const rows = await this.db.manager.query<ProgrammeRow[]>(`${PROGRAMME_SELECT} WHERE p.course_id = $1`, [id]);
    return rows.at(0) ?? null;
  }

  /** Locks the programme row: structure changes of one programme are serialised. */
  async lock(id: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(`SELECT 1 FROM programmes WHERE course_id = $1 FOR UPDATE`, [
      id,
    ]);
    return rows.length > 0;
  }

  listPublished(): Promise<ProgrammeSummaryRow[]> {
    return this.db.manager.query<ProgrammeSummaryRow[]>(
      `${SUMMARY_SELECT} WHERE c.status = 'published' ORDER BY "nextCohortStartsAt" NULLS LAST, c.title`,
    );
  }

  /** Programmes an organisation owns or co-owns, any status (all for an administrator: null). */
  listManaged(organisationId: string | null): Promise<ProgrammeSummaryRow[]> {
    return this.db.manager.query<ProgrammeSummaryRow[]>(
      `${SUMMARY_SELECT}
        WHERE $1::uuid IS NULL OR c.organisation_id = $1
           OR EXISTS (SELECT 1 FROM programme_owners po WHERE po.programme_id = p.course_id AND po.organisation_id = $1)
        ORDER BY c.status, c.title`,
      [organisationId],
    );
  }

  coOwners(id: string): Promise<OrganisationName[]> {
    return this.db.manager.query<OrganisationName[]>(
      `SELECT o.id, o.name FROM programme_owners po JOIN organisation_directory o ON o.id = po.organisation_id
        WHERE po.programme_id = $1 ORDER BY o.name`,
      [id],
    );
  }

  audienceOrganisations(id: string): Promise<OrganisationName[]> {
    return this.db.manager.query<OrganisationName[]>(
      `SELECT o.id, o.name FROM programme_audiences pa JOIN organisation_directory o ON o.id = pa.organisation_id
        WHERE pa.programme_id = $1 ORDER BY o.name`,
      [id],
    );
  }

  async isInAudience(id: string, organisationId: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(
      `SELECT 1 FROM programme_audiences WHERE programme_id = $1 AND organisation_id = $2`,
      [id, organisationId],
    );
    return rows.length > 0;
  }

  async existingOrganisationIds(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.db.manager.query<{ id: string }[]>(
      `SELECT id FROM organisation_directory WHERE id = ANY($1)`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  async replaceCoOwners(id: string, organisationIds: string[]): Promise<void> {
    const repo = this.db.manager.getRepository(ProgrammeOwner);
    await repo.delete({ programmeId: id });
    if (organisationIds.length)
      await repo.insert(organisationIds.map((organisationId) => ({ programmeId: id, organisationId })));
  }

  async replaceAudience(id: string, organisationIds: string[]): Promise<void> {
    const repo = this.db.manager.getRepository(ProgrammeAudience);
    await repo.delete({ programmeId: id });
    if (organisationIds.length)
      await repo.insert(organisationIds.map((organisationId) => ({ programmeId: id, organisationId })));
  }

  parts(id: string): Promise<ProgrammePart[]> {
    return this.db.manager
      .getRepository(ProgrammePart)
      .find({ where: { programmeId: id }, order: { position: 'ASC' } });
  }

  /** Parts already scheduled in a cohort: they cannot be removed from the structure. */
  async scheduledPartIds(id: string): Promise<string[]> {
    const rows = await this.db.manager.query<{ part_id: string }[]>(
      `SELECT DISTINCT cp.part_id FROM cohort_parts cp JOIN programme_parts pp ON pp.id = cp.part_id
        WHERE pp.programme_id = $1`,
      [id],
    );
    return rows.map((r) => r.part_id);
  }

  /**
   * Writes the structure in the given order: positions first move out of the way (the unique
   * index on position holds at every statement), then each part takes its place.
   */
  async writeParts(id: string, keep: (NewPart & { id: string })[], add: NewPart[], removeIds: string[]): Promise<void> {
    const repo = this.db.manager.getRepository(ProgrammePart);
    if (removeIds.length) await repo.delete(removeIds);
    await this.db.manager.query(`UPDATE programme_parts SET position = position + 1000 WHERE programme_id = $1`, [id]);
    for (const p of keep) await repo.update({ id: p.id, programmeId: id }, p);
    if (add.length) await repo.insert(add);
  }

  async partKinds(ids: string[]): Promise<{ id: string; kind: PartKind }[]> {
    return this.db.manager
      .getRepository(ProgrammePart)
      .find({ select: { id: true, kind: true }, where: ids.map((i) => ({ id: i })) });
  }
}
