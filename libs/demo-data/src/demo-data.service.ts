import { Injectable } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '#libs/common';
import { addWorkingDays, amsterdamOffsetMinutes, seededRandom, subtractWorkingDays } from '#libs/common';
import { CatalogueSeedingService, type SchedulableCourse, type SeededSession } from '#libs/catalogue';
import { type CatalogueBundle, CatalogueImportService, emailFor } from '#libs/catalogue-import';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import { EnrolmentSeedingService, type SeededEnrolment } from '#libs/enrolments';
import { PasswordHasher, UserSeedingService, WORK_DOMAINS } from '#libs/identity';
import { InCompanyService } from '#libs/incompany';
import { KnowledgeBankService, SearchIndexer } from '#libs/knowledge-bank';
import { OrganisationSeedingService } from '#libs/organisations';
import { DemoAlumni } from './demo-alumni.js';
import { DemoDemand } from './demo-demand.js';
import { DemoDataRepository } from './demo-data.repository.js';
import { DEMO_PLACES } from './demo-places.js';
import { DemoHistory } from './demo-history.js';
import { DemoProgrammes } from './demo-programmes.js';
import { DemoTrancheFeedback } from './demo-tranche-feedback.js';
import { DemoTrainers } from './demo-trainers.js';

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
    {
      role: 'teacher',
      name: 'Marieke van den Berg',
      email: emailFor('Marieke van den Berg', 'zwolle.nl'),
      organisation: 'gemeente-zwolle',
      roles: [],
    },
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
  pastSessions: number;
  questions: number;
  inCompanyRequests: number;
  /** Programmes (catalogue courses of kind 'programme', counted in `courses` too) and their cohorts. */
  programmes: number;
  cohorts: number;
}

const FIRST = [
  'Anna',
  'Bram',
  'Chantal',
  'Daan',
  'Esra',
  'Femke',
  'Gijs',
  'Hanneke',
  'Ilias',
  'Joost',
  'Kim',
  'Lotte',
  'Mohamed',
  'Noor',
  'Olaf',
  'Priya',
  'Ruben',
  'Sara',
  'Tim',
  'Yara',
];
const LAST = [
  'Bakker',
  'de Jong',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Dijk',
  'Yilmaz',
  'Kaya',
  'Dekker',
  'Brouwer',
];
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
    private readonly organisations: OrganisationSeedingService,
    private readonly users: UserSeedingService,
    private readonly catalogue: CatalogueSeedingService,
    private readonly enrolments: EnrolmentSeedingService,
    private readonly incompany: InCompanyService,
    private readonly knowledge: KnowledgeBankService,
    private readonly indexer: SearchIndexer,
    private readonly programmes: DemoProgrammes,
    private readonly trancheFeedback: DemoTrancheFeedback,
    private readonly trainers: DemoTrainers,
    private readonly alumni: DemoAlumni,
    private readonly history: DemoHistory,
    private readonly demand: DemoDemand,
  ) {}

  /** Who acts in the services the demo goes through: the user as the API would see them. */
  private async actor(userId: string): Promise<AuthUser> {
    return { ...(await this.users.actor(userId)), sessionId: 'demo-data' };
  }

  /** A demo account with its first history event; the session's seats are recounted by the caller. */
  private enrol(
    sessionId: string,
    userId: string,
    status: SeededEnrolment['status'],
    managerId: string | null = null,
    approvalExpiresAt: Date | null = null,
  ): Promise<void> {
    return this.enrolments.record({ sessionId, userId, status, managerId, approvalExpiresAt, reason: 'demo data' });
  }

  /**
   * Seeds the Dutch demo catalogue when the database has no organisations yet. Replicas
   * starting together serialise on an advisory lock, so only one of them seeds.
   */
  async seedIfEmpty(now = new Date()): Promise<SeedSummary | null> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const seeded = await this.db.transaction(async () => {
      await this.repo.lock(SEED_LOCK_KEY);
      if ((await this.organisations.count()) > 0) return null;
      const bundle = loadDemoBundle();
      const imported = await this.importer.import(bundle, { passwordHash });
      const orgIds = new Map([...(await this.organisations.bySlug())].map(([slug, o]) => [slug, o.id]));
      for (const [i, account] of DEMO_LOGINS.accounts.filter((a) => a.role !== 'teacher').entries()) {
        await this.users.create({
          email: account.email,
          name: account.name,
          organisationId: required(orgIds.get(account.organisation), account.organisation),
          passwordHash,
          roles: account.roles,
          workDomain: WORK_DOMAINS[i % WORK_DOMAINS.length],
        });
      }
      const sessions = await this.scheduleSessions(now);
      const { learnerIds, ...enrolments } = await this.enrolLearners(orgIds, passwordHash, sessions, now);
      const past = await this.scheduleHistory(now, learnerIds);
      const year = await this.history.seed(now, learnerIds, (c, at, rng) => this.sessionOf(c, at, rng, () => 16));
      await this.alumni.seed(learnerIds);
      const inCompany = await this.requestInCompany(orgIds, passwordHash, now);
      const ids = await this.users.idsByEmail(DEMO_LOGINS.accounts.map((a) => a.email));
      const [learnerId, managerId, ldId, teacherId] = (['learner', 'manager', 'ld', 'teacher'] as const).map((r) =>
        accountId(ids, r),
      );
      const programmes = await this.programmes.seed({
        now,
        passwordHash,
        orgIds,
        learnerId,
        managerId,
        ldId,
        teacherId,
      });
      await this.trancheFeedback.seed(now, ldId);
      await this.trainers.seed({ learnerId, ldId, teacherId });
      return {
        summary: {
          organisations: imported.organisations.created,
          teachers: imported.trainers.created,
          courses: imported.courses.created + programmes.programmes,
          sessions: sessions.length + past.sessions + inCompany.sessions + programmes.cohorts + year.sessions,
          ...enrolments,
          enrolments: enrolments.enrolments + past.enrolments + programmes.enrolments + year.enrolments,
          pastSessions: past.past + year.sessions,
          inCompanyRequests: inCompany.requests,
          programmes: programmes.programmes,
          cohorts: programmes.cohorts,
        },
        learnerIds,
      };
    });
    if (!seeded) return null;
    // After the commit: the search index is filled from the outbox, and the questions are matched against it.
    const questions = await this.askQuestions(seeded.learnerIds);
    const demand = await this.demand.seed(DEMO_LOGINS.accounts[0].email, seeded.learnerIds, now);
    const { courses, sessions, pastSessions } = seeded.summary;
    return {
      ...seeded.summary,
      courses: courses + demand.courses,
      sessions: sessions + demand.sessions,
      pastSessions: pastSessions + demand.sessions,
      questions,
    };
  }

  /**
   * A session of `course` at `startsAt`, in the organisation's own rooms or online by its format.
   * The capacity is picked after the venue, so the seeded sequence (and so the demo) stays the same.
   */
  private sessionOf(
    course: SchedulableCourse,
    startsAt: Date,
    rng: () => number,
    pickCapacity: () => number,
  ): SeededSession {
    const place = DEMO_PLACES[course.organisationSlug];
    const hours = Math.min(course.durationHours, 7);
    const endsAt = new Date(startsAt.getTime() + (hours + (hours > 4 ? 0.5 : 0)) * 3600_000);
    const venue = place?.venues[Math.floor(rng() * place.venues.length)];
    const capacity = pickCapacity();
    const inPerson = course.format !== 'online';
    const online = course.format !== 'klassikaal';
    return {
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
    };
  }

  /**
   * A past: one course in four held in the last three months, with attendance recorded (most
   * attended, some no-show); the demo teacher's course also two days ago with attendance half
   * recorded, and starting within the hour, so attendance can be tried. Sessions in the past cannot
   * be enrolled or marked through the enrolment engine, so they are written here like the rest of the seed.
   */
  private async scheduleHistory(
    now: Date,
    learners: string[],
  ): Promise<{ sessions: number; past: number; enrolments: number }> {
    const rng = seededRandom(20261201);
    const courses = await this.catalogue.schedulableCourses();
    const ids = await this.users.idsByEmail(DEMO_LOGINS.accounts.map((a) => a.email));
    const account = (role: DemoAccount['role']) => accountId(ids, role);
    const teaching = new Set(await this.catalogue.courseIdsTaughtBy(account('teacher')));
    const own = required(
      courses.find((c) => teaching.has(c.id)),
      'a course of the demo teacher',
    );
    let sessions = 0;
    let past = 0;
    let enrolments = 0;
    const enrol = async (
      sessionId: string,
      people: string[],
      status: (i: number) => 'attended' | 'no_show' | 'confirmed',
    ) => {
      for (const [i, userId] of people.entries()) await this.enrol(sessionId, userId, status(i));
      await this.enrolments.recountSeats(sessionId, now);
      enrolments += people.length;
    };
    const pick = (n: number) => [...learners].sort(() => rng() - 0.5).slice(0, n);
    for (const [i, course] of courses.entries()) {
      if (i % 4 !== 0 && course !== own) continue;
      const startsAt = workingDayAt(now, -(16 + Math.floor(rng() * 75)), rng() < 0.6 ? 9.5 : 13.5);
      const capacity = [8, 12, 16, 20][Math.floor(rng() * 4)];
      const id = await this.catalogue.insertSession(this.sessionOf(course, startsAt, rng, () => capacity));
      const people = pick(Math.max(3, Math.floor(capacity * (0.5 + rng() * 0.5))));
      // The demo learner took one of them.
      if (sessions === 1) people[0] = account('learner');
      await enrol(id, people, () => (rng() < 0.85 ? 'attended' : 'no_show'));
      sessions++;
      past++;
    }
    // A few days ago, attendance recorded for half the group: the rest is still open (the window lasts 14 days).
    const recent = await this.catalogue.insertSession(this.sessionOf(own, workingDayAt(now, -3, 9.5), rng, () => 12));
    await enrol(recent, pick(8), (i) => (i < 4 ? (i === 3 ? 'no_show' : 'attended') : 'confirmed'));
    // Starting in 10 to 15 minutes: attendance opens 15 minutes before the start, so it can be tried at once.
    const soonStart = new Date(Math.ceil((now.getTime() + 10 * 60_000) / 300_000) * 300_000);
    const soon = await this.catalogue.insertSession({
      ...this.sessionOf(own, soonStart, rng, () => 12),
      cancellationDeadline: soonStart,
    });
    await enrol(soon, pick(6), () => 'confirmed');
    return { sessions: sessions + 2, past: past + 1, enrolments };
  }

  /**
   * In-company requests of UWV's L&D coordinator in every state, through the in-company service
   * (invitations, answers, the manager's release, scheduling). A delivered training needs a session
   * in the past, which the catalogue does not schedule: its session is moved back by the repository.
   */
  private async requestInCompany(
    orgIds: Map<string, string>,
    passwordHash: string,
    now: Date,
  ): Promise<{ requests: number; sessions: number }> {
    const ids = await this.users.idsByEmail(DEMO_LOGINS.accounts.map((a) => a.email));
    const account = (role: DemoAccount['role']) => accountId(ids, role);
    const ld = await this.actor(account('ld'));
    const teacher = await this.actor(account('teacher'));
    const zwolle = teacher.organisationId ?? required(orgIds.get('gemeente-zwolle'), 'gemeente-zwolle');
    const teacherManager = await this.users.create({
      email: 'jeroen.hoekstra@zwolle.nl',
      name: 'Jeroen Hoekstra',
      organisationId: zwolle,
      passwordHash,
      roles: [],
      workDomain: 'bedrijfsvoering',
    });
    const trainers = await this.catalogue.trainersFor(
      teacher.id,
      required(ld.organisationId, 'the L&D organisation'),
      8,
    );
    const [mine, ...others] = trainers;
    const as = (t: { userId: string }) => this.actor(t.userId);
    const invitationOf = (r: { invitations: { id: string; teacherProfileId: string }[] }, t: { id: string }) =>
      required(
        r.invitations.find((i) => i.teacherProfileId === t.id),
        'the invitation',
      ).id;
    const at = (days: number, hour: number) => workingDayAt(now, days, hour);
    const place = { venueName: 'UWV Amsterdam, zaal Sloterdijk', address: 'La Guardiaweg 94', city: 'Amsterdam' };
    const create = (topic: string, groupSize: number, preferredPeriod: string, notes: string) =>
      this.incompany.create(ld, { topic, groupSize, preferredPeriod, location: 'UWV Amsterdam', online: false, notes });
    const accepted = async (
      topic: string,
      groupSize: number,
      trainer: { id: string; userId: string },
      notes: string,
    ) => {
      const r = await create(topic, groupSize, 'in overleg', notes);
      const invited = await this.incompany.invite(ld, r.id, [trainer.id]);
      await this.incompany.respond(await as(trainer), invitationOf(invited, trainer), {
        accept: true,
        message: 'Graag, dat past in mijn agenda.',
      });
      return r.id;
    };

    await create(
      'Training Woo-verzoeken afhandelen voor ons juridisch team',
      15,
      'voorjaar',
      'Het team krijgt steeds meer Woo-verzoeken en wil sneller en zorgvuldiger beslissen.',
    );
    const inviting = await create(
      'Workshop begrijpelijk schrijven voor klantbrieven',
      12,
      'binnen twee maanden',
      'Onze brieven over uitkeringen moeten op B1-niveau.',
    );
    await this.incompany.invite(ld, inviting.id, [mine.id, others[0].id]);
    const release = await create(
      'Agile werken in een uitvoeringsorganisatie',
      20,
      'na de zomer',
      'Twee teams starten met scrum.',
    );
    const releaseInvited = await this.incompany.invite(ld, release.id, [mine.id]);
    await this.incompany.respond(teacher, invitationOf(releaseInvited, mine), {
      accept: true,
      message: 'Leuk! Mijn leidinggevende moet de tijd nog vrijgeven.',
      managerId: teacherManager,
    });
    await accepted(
      'Datagedreven werken: dashboards lezen en gebruiken',
      10,
      others[1],
      'Voor teamleiders die met stuurinformatie werken.',
    );
    const scheduled = await accepted(
      'Privacy en de AVG in de dagelijkse praktijk',
      18,
      mine,
      'Het team werkt met gevoelige persoonsgegevens.',
    );
    await this.incompany.schedule(ld, scheduled, { startsAt: at(24, 9.5), endsAt: at(24, 12.5), ...place });
    for (const [i, evaluated] of [false, true].entries()) {
      const trainer = others[2 + i];
      const id = await accepted(
        evaluated ? 'Effectief vergaderen en besluiten' : 'Omgaan met agressie aan de balie',
        14,
        trainer,
        'Gegeven in onze eigen vergaderzaal.',
      );
      const r = await this.incompany.schedule(ld, id, { startsAt: at(2, 9.5), endsAt: at(2, 12.5), ...place });
      await this.catalogue.moveSession(
        required(r.sessionId, 'the scheduled session'),
        at(-20 - 10 * i, 9.5),
        at(-20 - 10 * i, 12.5),
      );
      await this.incompany.deliver(await as(trainer), id);
      if (evaluated)
        await this.incompany.evaluate(ld, id, { rating: 5, comment: 'Praktisch en goed afgestemd op ons werk.' });
    }
    const cancelled = await create(
      'Training timemanagement',
      25,
      'dit kwartaal',
      'Niet meer nodig: het team volgt de open training.',
    );
    await this.incompany.invite(ld, cancelled.id, [others[4].id]);
    await this.incompany.cancel(ld, cancelled.id);
    return { requests: 8, sessions: 3 };
  }

  /** Colleagues from several organisations asking the knowledge bank, as in "Vraag het een collega". */
  private async askQuestions(learners: string[]): Promise<number> {
    await this.indexer.drain();
    const questions = [
      'Hoe handel ik een Woo-verzoek zorgvuldig en op tijd af?',
      'Wie kan ons helpen met begrijpelijk schrijven op B1-niveau?',
      'Ik zoek een collega die ervaring heeft met datagedreven werken en dashboards',
      'Hoe pas ik de AVG toe bij het delen van persoonsgegevens met een andere gemeente?',
      'Wie kan een workshop geven over agile werken en scrum?',
      'Hoe voer ik een goed gesprek met een boze burger aan de balie?',
      'Wie weet veel van omgevingswet en vergunningverlening?',
      'Ik wil leren projectmatig werken in een politieke omgeving',
      'Hoe maak ik een toegankelijke website volgens de WCAG?',
      'Wie kan uitleg geven over aanbesteden en inkoop?',
    ];
    const ids = await this.users.idsByEmail([DEMO_LOGINS.accounts[0].email]);
    const askers = [accountId(ids, 'learner'), ...learners];
    for (const [i, text] of questions.entries()) {
      await this.knowledge.ask(await this.actor(askers[(i * 7) % askers.length]), { text });
    }
    return questions.length;
  }

  /** 1–3 sessions per course on working days in the coming three months, in the organisation's own rooms. */
  private async scheduleSessions(now: Date): Promise<ScheduledSession[]> {
    const rng = seededRandom(20261122);
    const courses = await this.catalogue.schedulableCourses();
    const scheduled: ScheduledSession[] = [];
    for (const course of courses) {
      const n = 1 + Math.floor(rng() * 3);
      for (let i = 0; i < n; i++) {
        const startsAt = workingDayAt(now, 3 + Math.floor(rng() * 85), rng() < 0.6 ? 9.5 : 13.5);
        const session = this.sessionOf(course, startsAt, rng, () => [8, 12, 12, 16, 16, 20, 24][Math.floor(rng() * 7)]);
        const id = await this.catalogue.insertSession(session);
        scheduled.push({ id, courseId: course.id, capacity: session.capacity, startsAt });
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
  ): Promise<{ learners: number; learnerIds: string[]; enrolments: number; fullSessions: number }> {
    const rng = seededRandom(4224);
    const slugs = [...orgIds.keys()];
    const learners: string[] = [];
    for (let i = 0; i < LEARNERS; i++) {
      const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
      const slug = slugs[Math.floor(rng() * slugs.length)];
      const email = emailFor(name, DEMO_PLACES[slug]?.emailDomains[0] ?? `${slug}.invalid`).replace('@', `${i}@`);
      learners.push(
        await this.users.create({
          email,
          name,
          organisationId: required(orgIds.get(slug), slug),
          passwordHash,
          roles: [],
          // Spread over the four work domains, so groups can be mixed (issue #11).
          workDomain: WORK_DOMAINS[i % WORK_DOMAINS.length],
        }),
      );
    }
    let enrolments = 0;
    const taken = new Map<string, number>();
    const full = new Set<string>();
    for (const [i, s] of sessions.entries()) {
      const isFull = i % 8 === 3;
      const seats = isFull ? s.capacity : Math.floor(rng() * s.capacity * 0.7);
      const waiting = isFull ? Math.floor(rng() * 3) : 0;
      const people = [...learners].sort(() => rng() - 0.5);
      for (const userId of people.slice(0, seats)) await this.enrol(s.id, userId, 'confirmed');
      for (const userId of people.slice(seats, seats + waiting)) await this.enrol(s.id, userId, 'waitlisted');
      await this.enrolments.recountSeats(s.id, now);
      taken.set(s.id, seats);
      if (isFull) full.add(s.id);
      enrolments += seats + waiting;
    }

    const ids = await this.users.idsByEmail(DEMO_LOGINS.accounts.map((a) => a.email));
    const id = (role: DemoAccount['role']) => accountId(ids, role);
    const teaching = new Set(await this.catalogue.courseIdsTaughtBy(id('teacher')));
    const later = sessions.filter(
      (s) => s.startsAt.getTime() - now.getTime() > 10 * 86_400_000 && !teaching.has(s.courseId),
    );
    const open = later.filter((s) => !full.has(s.id) && (taken.get(s.id) ?? 0) < s.capacity);
    const [first, second, forApproval] = [open[0], open[7], open[14]];
    const waitFor = later.find((s) => full.has(s.id));
    for (const s of [first, second]) {
      await this.enrol(s.id, id('learner'), 'confirmed');
      await this.enrolments.recountSeats(s.id, now);
    }
    if (waitFor) await this.enrol(waitFor.id, id('learner'), 'waitlisted');
    await this.catalogue.requireManagerApproval([forApproval.courseId]);
    const approvalExpiresAt = new Date(Math.min(addWorkingDays(now, 5).getTime(), forApproval.startsAt.getTime()));
    await this.enrol(forApproval.id, id('learner'), 'pending_approval', id('manager'), approvalExpiresAt);
    await this.enrolments.recountSeats(forApproval.id, now);
    return {
      learners: learners.length,
      learnerIds: learners,
      enrolments: enrolments + (waitFor ? 4 : 3),
      fullSessions: full.size,
    };
  }
}

/** The demo catalogue: the knowledge-bank catalogue with e-mail domains added. */
export function loadDemoBundle(): CatalogueBundle {
  const dir = demoDataDir();
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const organisations = (read('organisations.json') as CatalogueBundle['organisations']).map((o) => ({
    ...o,
    emailDomains: DEMO_PLACES[o.id]?.emailDomains ?? [],
  }));
  return {
    organisations,
    trainers: read('trainers.json') as CatalogueBundle['trainers'],
    courses: read('courses.json') as CatalogueBundle['courses'],
  };
}

/** `libs/demo-data/data`, from the sources or from the compiled `dist/` tree. */
export function demoDataDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../data'), path.resolve(here, '../../../../libs/demo-data/data')];
  const found = candidates.find((c) => existsSync(path.join(c, 'organisations.json')));
  if (!found) throw new Error(`Demo data not found in ${candidates.join(' or ')}`);
  return found;
}

/** `days` calendar days ahead (negative: back), moved to a working day, at `hour` Amsterdam time. */
function workingDayAt(now: Date, days: number, hour: number): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
  // Forward into the future, backward into the past (so a day in the past never becomes today).
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + (days < 0 ? -1 : 1));
  const localGuess = new Date(d.getTime() + hour * 3600_000);
  return new Date(localGuess.getTime() - amsterdamOffsetMinutes(localGuess) * 60_000);
}

/** The id of the demo account with this role, from ids by e-mail address. */
function accountId(ids: Map<string, string>, role: DemoAccount['role']): string {
  const account = required(
    DEMO_LOGINS.accounts.find((a) => a.role === role),
    `the ${role} account`,
  );
  return required(ids.get(account.email), account.email);
}

/** What the seed has just written (or the catalogue holds) is there; otherwise the seed is broken. */
function required<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`demo data: ${what} is missing`);
  return value;
}
