import { Injectable } from '@nestjs/common';
import { type FieldError } from '#libs/common';
import { topicKeys } from '#libs/catalogue';
import { Db } from '#libs/database';
import { type CatalogueBundle, emailFor, type ImportResult } from './catalogue-format.js';
import { CatalogueImportException } from './catalogue-import.exception.js';
import { CatalogueImportRepository } from './catalogue-import.repository.js';

/** An unusable argon2 hash: imported trainers sign in only after an account is claimed. */
export const NO_PASSWORD = '!imported';

export interface ImportOptions {
  /** Password hash for the accounts of imported trainers (demo data); default: none usable. */
  passwordHash?: string;
}

/**
 * Imports a catalogue bundle in one transaction, idempotently: running it twice changes
 * nothing the second time, and a failing bundle leaves the database as it was.
 */
@Injectable()
export class CatalogueImportService {
  constructor(
    private readonly db: Db,
    private readonly repo: CatalogueImportRepository,
  ) {}

  async import(bundle: CatalogueBundle, options: ImportOptions = {}): Promise<ImportResult> {
    const result: ImportResult = {
      organisations: { created: 0, updated: 0 },
      trainers: { created: 0, updated: 0 },
      courses: { created: 0, updated: 0 },
    };
    return this.db.transaction(async () => {
      for (const o of bundle.organisations) {
        const { inserted } = await this.repo.upsertOrganisation(o);
        result.organisations[inserted ? 'created' : 'updated']++;
      }
      const orgs = await this.repo.organisationsBySlug();
      this.check(bundle, orgs);
      for (const t of bundle.trainers) {
        const org = orgs.get(t.organisationId)!;
        const existing = await this.repo.findTeacherByExternalId(t.id);
        let userId = existing?.userId;
        if (userId) {
          await this.repo.updateUser(userId, t.name, org.id);
        } else {
          const email = await this.freeEmail(
            t.email ?? emailFor(t.name, org.domains[0] ?? `${t.organisationId}.invalid`),
          );
          userId = await this.repo.insertUser(email, t.name, org.id, options.passwordHash ?? NO_PASSWORD);
        }
        await this.repo.upsertTeacherProfile(userId, t);
        result.trainers[existing ? 'updated' : 'created']++;
      }
      const teachers = await this.repo.teacherIdsByExternalId();
      for (const c of bundle.courses) {
        const { id, inserted } = await this.repo.upsertCourse(c, orgs.get(c.organisationId)!.id, topicKeys(c.topics));
        await this.repo.replaceCourseTeachers(
          id,
          c.teacherIds.map((t) => teachers.get(t)!),
        );
        result.courses[inserted ? 'created' : 'updated']++;
      }
      return result;
    });
  }

  /** References must resolve within the bundle or the database; all problems at once. */
  private check(bundle: CatalogueBundle, orgs: Map<string, unknown>): void {
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

  private async freeEmail(email: string): Promise<string> {
    const [local, domain] = email.toLowerCase().split('@');
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? `${local}@${domain}` : `${local}${n}@${domain}`;
      if (!(await this.repo.emailExists(candidate))) return candidate;
    }
  }
}
