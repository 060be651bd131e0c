import { Injectable } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '#libs/common';
import { addWorkingDays, amsterdamOffsetMinutes, seededRandom, subtractWorkingDays } from '#libs/common';
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
  learners: number;
  enrolments: number;
  fullSessions: number;
}

const FIRST = ['Anna', 'Bram', 'Chantal', 'Daan', 'Esra', 'Femke', 'Gijs', 'Hanneke', 'Ilias', 'Joost', 'Kim', 'Lotte', 'Mohamed', 'Noor', 'Olaf', 'Priya', 'Ruben', 'Sara', 'Tim', 'Yara'];
const LAST = ['Bakker', 'de Jong', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Yilmaz', 'Kaya', 'Dekker', 'Brouwer'];
const LEARNERS = 80;

interface ScheduledSession {
  id: string;
  courseId: string;
  capacity: number;
  startsAt: Date;
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
      const enrolments = await this.enrolLearners(orgIds, passwordHash, sessions, now);
      return {
        organisations: imported.organisations.created,
        teachers: imported.trainers.created,
        courses: imported.courses.created,
        sessions: sessions.length,
        ...enrolments,
      };
    });
  }

  /** 1–3 sessions per course on working days in the coming three months, in the organisation's own rooms. */
  private async scheduleSessions(now: Date): Promise<ScheduledSession[]> {
    const rng = seededRandom(20261122);
    const courses = await this.repo.coursesForScheduling();
    const scheduled: ScheduledSession[] = [];
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
        const capacity = [8, 12, 12, 16, 16, 20, 24][Math.floor(rng() * 7)];
        const id = await this.repo.insertSession({
          courseId: course.id,
          startsAt,
          endsAt,
          venueName: inPerson ? (venue?.venueName ?? course.organisationName) : null,
          address: inPerson ? (venue?.address ?? null) : null,
          city: inPerson ? (venue?.city ?? place?.city ?? null) : null,
          region: inPerson ? course.organisationRegion : null,
          onlineUrl: online ? `https://meet.collegiaal.example/s/${Math.floor(rng() * 1e9).toString(36)}` : null,
          capacity,
          enrolmentDeadline: startsAt,
          cancellationDeadline: subtractWorkingDays(startsAt, 2),
        });
        scheduled.push({ id, courseId: course.id, capacity, startsAt });
      }
    }
    return scheduled;
  }

  /**
   * Colleagues from many organisations enrolled in the sessions: one session in eight is full
   * (some with a waitlist), the rest partly booked. The demo learner has something in every
   * part of "Mijn leren", and one of her courses asks the demo manager's approval.
   */
  private async enrolLearners(
    orgIds: Map<string, string>,
    passwordHash: string,
    sessions: ScheduledSession[],
    now: Date,
  ): Promise<{ learners: number; enrolments: number; fullSessions: number }> {
    const rng = seededRandom(4224);
    const slugs = [...orgIds.keys()];
    const learners: string[] = [];
    for (let i = 0; i < LEARNERS; i++) {
      const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
      const slug = slugs[Math.floor(rng() * slugs.length)];
      const email = emailFor(name, DEMO_PLACES[slug]?.emailDomains[0] ?? `${slug}.invalid`).replace('@', `${i}@`);
      learners.push(await this.repo.insertUser(email, name, orgIds.get(slug)!, passwordHash, []));
    }
    let enrolments = 0;
    const taken = new Map<string, number>();
    const full = new Set<string>();
    for (const [i, s] of sessions.entries()) {
      const isFull = i % 8 === 3;
      const seats = isFull ? s.capacity : Math.floor(rng() * s.capacity * 0.7);
      const waiting = isFull ? Math.floor(rng() * 3) : 0;
      const people = [...learners].sort(() => rng() - 0.5);
      for (const userId of people.slice(0, seats)) await this.repo.insertEnrolment(s.id, userId, 'confirmed');
      for (const userId of people.slice(seats, seats + waiting)) await this.repo.insertEnrolment(s.id, userId, 'waitlisted');
      await this.repo.setSeatsTaken(s.id, seats);
      taken.set(s.id, seats);
      if (isFull) full.add(s.id);
      enrolments += seats + waiting;
    }

    const ids = await this.repo.userIdsByEmail(DEMO_LOGINS.accounts.map((a) => a.email));
    const id = (role: DemoAccount['role']) => ids.get(DEMO_LOGINS.accounts.find((a) => a.role === role)!.email)!;
    const teaching = new Set(await this.repo.courseIdsTaughtBy(id('teacher')));
    const later = sessions.filter((s) => s.startsAt.getTime() - now.getTime() > 10 * 86_400_000 && !teaching.has(s.courseId));
    const open = later.filter((s) => !full.has(s.id) && taken.get(s.id)! < s.capacity);
    const [first, second, forApproval] = [open[0], open[7], open[14]];
    const waitFor = later.find((s) => full.has(s.id));
    for (const s of [first, second]) {
      await this.repo.insertEnrolment(s.id, id('learner'), 'confirmed');
      await this.repo.setSeatsTaken(s.id, taken.get(s.id)! + 1);
    }
    if (waitFor) await this.repo.insertEnrolment(waitFor.id, id('learner'), 'waitlisted');
    await this.repo.requireApproval([forApproval.courseId]);
    const approvalExpiresAt = new Date(Math.min(addWorkingDays(now, 5).getTime(), forApproval.startsAt.getTime()));
    await this.repo.insertEnrolment(forApproval.id, id('learner'), 'pending_approval', id('manager'), approvalExpiresAt);
    await this.repo.setSeatsTaken(forApproval.id, taken.get(forApproval.id)! + 1);
    return { learners: learners.length, enrolments: enrolments + (waitFor ? 4 : 3), fullSessions: full.size };
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
