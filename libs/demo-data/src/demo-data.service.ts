import { Injectable } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '#libs/common';
import { amsterdamOffsetMinutes, subtractWorkingDays } from '#libs/common';
import { type CatalogueBundle, CatalogueImportService, emailFor } from '#libs/catalogue-import';
import { Db } from '#libs/database';
import { PasswordHasher } from '#libs/identity';
import { DemoDataRepository } from './demo-data.repository.js';
import { DEMO_PLACES } from './demo-places.js';

export const DEMO_PASSWORD = 'Collegiaal2026!';

export interface DemoAccount {
  role: 'learner' | 'teacher' | 'manager' | 'ld' | 'admin';
  name: string;
  email: string;
  organisation: string;
  roles: Role[];
}

/** The accounts printed at start-up; the teacher is the first trainer of the catalogue. */
export const DEMO_LOGINS: { password: string; accounts: DemoAccount[] } = {
  password: DEMO_PASSWORD,
  accounts: [
    { role: 'learner', name: 'Sanne de Vries', email: 'sanne.devries@minbzk.nl', organisation: 'bzk', roles: [] },
    { role: 'teacher', name: 'Marieke van den Berg', email: emailFor('Marieke van den Berg', 'zwolle.nl'), organisation: 'gemeente-zwolle', roles: [] },
    { role: 'manager', name: 'Peter Jansen', email: 'peter.jansen@minbzk.nl', organisation: 'bzk', roles: [] },
    { role: 'ld', name: 'Fatima el Amrani', email: 'fatima.elamrani@uwv.nl', organisation: 'uwv', roles: ['ld'] },
    { role: 'admin', name: 'Beheer Collegiaal', email: 'beheer@minbzk.nl', organisation: 'bzk', roles: ['admin'] },
  ],
};

export interface SeedSummary {
  organisations: number;
  teachers: number;
  courses: number;
  sessions: number;
}

const SEED_LOCK_KEY = 4_224_091_002;

@Injectable()
export class DemoDataService {
  constructor(
    private readonly db: Db,
    private readonly importer: CatalogueImportService,
    private readonly hasher: PasswordHasher,
    private readonly repo: DemoDataRepository,
  ) {}

  /**
   * Seeds the Dutch demo catalogue when the database has no organisations yet. Replicas
   * starting together serialise on an advisory lock, so only one of them seeds.
   */
  async seedIfEmpty(now = new Date()): Promise<SeedSummary | null> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    return this.db.transaction(async () => {
      await this.repo.lock(SEED_LOCK_KEY);
      if ((await this.repo.countOrganisations()) > 0) return null;
      const bundle = loadDemoBundle();
      const imported = await this.importer.import(bundle, { passwordHash });
      const orgIds = await this.repo.organisationIdsBySlug();
      for (const account of DEMO_LOGINS.accounts.filter((a) => a.role !== 'teacher')) {
        await this.repo.insertUser(account.email, account.name, orgIds.get(account.organisation)!, passwordHash, account.roles);
      }
      const sessions = await this.scheduleSessions(now);
      return {
        organisations: imported.organisations.created,
        teachers: imported.trainers.created,
        courses: imported.courses.created,
        sessions,
      };
    });
  }

  /** 1–3 sessions per course on working days in the coming three months, in the organisation's own rooms. */
  private async scheduleSessions(now: Date): Promise<number> {
    const rng = mulberry32(20261122);
    const courses = await this.repo.coursesForScheduling();
    let count = 0;
    for (const course of courses) {
      const n = 1 + Math.floor(rng() * 3);
      const place = DEMO_PLACES[course.organisationSlug];
      for (let i = 0; i < n; i++) {
        const startsAt = workingDayAt(now, 3 + Math.floor(rng() * 85), rng() < 0.6 ? 9.5 : 13.5);
        const hours = Math.min(course.durationHours, 7);
        const endsAt = new Date(startsAt.getTime() + (hours + (hours > 4 ? 0.5 : 0)) * 3600_000);
        const venue = place?.venues[Math.floor(rng() * place.venues.length)];
        const inPerson = course.format !== 'online';
        const online = course.format !== 'klassikaal';
        await this.repo.insertSession({
          courseId: course.id,
          startsAt,
          endsAt,
          venueName: inPerson ? (venue?.venueName ?? course.organisationName) : null,
          address: inPerson ? (venue?.address ?? null) : null,
          city: inPerson ? (venue?.city ?? place?.city ?? null) : null,
          region: inPerson ? course.organisationRegion : null,
          onlineUrl: online ? `https://meet.collegiaal.example/s/${Math.floor(rng() * 1e9).toString(36)}` : null,
          capacity: [8, 12, 12, 16, 16, 20, 24][Math.floor(rng() * 7)],
          enrolmentDeadline: startsAt,
          cancellationDeadline: subtractWorkingDays(startsAt, 2),
        });
        count++;
      }
    }
    return count;
  }
}

/** The demo catalogue: the knowledge-bank catalogue with e-mail domains added. */
export function loadDemoBundle(): CatalogueBundle {
  const dir = demoDataDir();
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const organisations = (read('organisations.json') as CatalogueBundle['organisations']).map((o) => ({
    ...o,
    emailDomains: DEMO_PLACES[o.id]?.emailDomains ?? [],
  }));
  return { organisations, trainers: read('trainers.json'), courses: read('courses.json') };
}

/** `libs/demo-data/data`, from the sources or from the compiled `dist/` tree. */
export function demoDataDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../data'), path.resolve(here, '../../../../libs/demo-data/data')];
  const found = candidates.find((c) => existsSync(path.join(c, 'organisations.json')));
  if (!found) throw new Error(`Demo data not found in ${candidates.join(' or ')}`);
  return found;
}

/** `days` calendar days ahead, moved forward to a working day, at `hour` Amsterdam time. */
function workingDayAt(now: Date, days: number, hour: number): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  const localGuess = new Date(d.getTime() + hour * 3600_000);
  return new Date(localGuess.getTime() - amsterdamOffsetMinutes(localGuess) * 60_000);
}

/** Small seeded PRNG, so every fresh demo database looks the same. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
