import { Injectable } from '@nestjs/common';
import { CatalogueSeedingService } from '#libs/catalogue';
import { type FieldError } from '#libs/common';
import { Db } from '#libs/database';
import { UserSeedingService } from '#libs/identity';
import { type OrganisationRef, OrganisationSeedingService } from '#libs/organisations';
import { type CatalogueBundle, emailFor, type ImportResult } from './catalogue-format.js';
import { CatalogueImportException } from './catalogue-import.exception.js';

/** An unusable argon2 hash: imported trainers sign in only after an account is claimed. */
export const NO_PASSWORD = '!imported';

export interface ImportOptions {
  /** Password hash for the accounts of imported trainers (demo data); default: none usable. */
  passwordHash?: string;
}

/**
 * Imports a catalogue bundle in one transaction, idempotently: running it twice changes
 * nothing the second time, and a failing bundle leaves the database as it was. Every row is
 * written by the service of the lib that owns its table.
 */
@Injectable()
export class CatalogueImportService {
  constructor(
    private readonly db: Db,
    private readonly organisations: OrganisationSeedingService,
    private readonly users: UserSeedingService,
    private readonly catalogue: CatalogueSeedingService,
  ) {}

  async import(bundle: CatalogueBundle, options: ImportOptions = {}): Promise<ImportResult> {
    const result: ImportResult = {
      organisations: { created: 0, updated: 0 },
      trainers: { created: 0, updated: 0 },
      courses: { created: 0, updated: 0 },
    };
    return this.db.transaction(async () => {
      for (const o of bundle.organisations) {
        const { inserted } = await this.organisations.upsertBySlug({
          slug: o.id,
          name: o.name,
          kind: o.kind,
          region: o.region,
          emailDomains: o.emailDomains ?? [],
        });
        result.organisations[inserted ? 'created' : 'updated']++;
      }
      const orgs = await this.organisations.bySlug();
      this.check(bundle, orgs);
      const org = (slug: string) => required(orgs.get(slug), `organisation ${slug}`);
      for (const t of bundle.trainers) {
        const { id: organisationId, emailDomains } = org(t.organisationId);
        const existing = await this.catalogue.findTeacherByExternalId(t.id);
        let userId = existing?.userId;
        if (userId) {
          await this.users.updateNameAndOrganisation(userId, t.name, organisationId);
        } else {
          const email = await this.users.freeEmail(
            t.email ?? emailFor(t.name, emailDomains[0] ?? `${t.organisationId}.invalid`),
          );
          const passwordHash = options.passwordHash ?? NO_PASSWORD;
          userId = await this.users.create({ email, name: t.name, organisationId, passwordHash, roles: [] });
        }
        await this.catalogue.upsertTeacherProfile(userId, {
          externalId: t.id,
          jobTitle: t.jobTitle,
          bio: t.bio,
          expertise: t.expertise,
          formats: t.formats,
          regions: [t.region],
          languages: t.languages,
          inCompany: t.inCompany,
        });
        result.trainers[existing ? 'updated' : 'created']++;
      }
      const teachers = await this.catalogue.teacherIdsByExternalId();
      for (const c of bundle.courses) {
        const { id, inserted } = await this.catalogue.upsertPublishedCourse({
          externalId: c.id,
          title: c.title,
          summary: c.summary,
          description: c.description,
          learningGoals: c.learningGoals,
          topics: c.topics,
          level: c.level,
          durationHours: c.durationHours,
          format: c.format,
          language: c.language ?? 'nl',
          organisationId: org(c.organisationId).id,
          requiresManagerApproval: c.requiresManagerApproval ?? false,
        });
        await this.catalogue.replaceCourseTeachers(
          id,
          c.teacherIds.map((t) => required(teachers.get(t), `trainer ${t}`)),
        );
        result.courses[inserted ? 'created' : 'updated']++;
      }
      return result;
    });
  }

  /** References must resolve within the bundle or the database; all problems at once. */
  private check(bundle: CatalogueBundle, orgs: Map<string, OrganisationRef>): void {
    const errors: FieldError[] = [];
    const trainerIds = new Set(bundle.trainers.map((t) => t.id));
    bundle.trainers.forEach((t, i) => {
      if (!orgs.has(t.organisationId))
        errors.push({ field: `trainers[${i}].organisationId`, messages: [`unknown organisation ${t.organisationId}`] });
    });
    bundle.courses.forEach((c, i) => {
      if (!orgs.has(c.organisationId))
        errors.push({ field: `courses[${i}].organisationId`, messages: [`unknown organisation ${c.organisationId}`] });
      if (!c.teacherIds.length)
        errors.push({ field: `courses[${i}].teacherIds`, messages: ['a course needs at least one teacher'] });
      for (const t of c.teacherIds) {
        if (!trainerIds.has(t)) errors.push({ field: `courses[${i}].teacherIds`, messages: [`unknown trainer ${t}`] });
      }
    });
    if (errors.length) throw CatalogueImportException.invalid(errors.slice(0, 50));
  }
}

/** A reference `check` has resolved (or the trainer loop has just written). */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} was resolved but is missing`);
  return value;
}
