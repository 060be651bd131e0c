import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type Course, type CourseSession, type TeacherProfile, topicKeys } from '#libs/catalogue';
import type { Role } from '#libs/common';
import { Db } from '#libs/database';
import { SessionSeats } from '#libs/enrolments';
import type { Organisation } from '#libs/organisations';
import { CoursesRepository } from '../../libs/catalogue/src/courses.repository.js';
import { SessionsRepository } from '../../libs/catalogue/src/sessions.repository.js';
import { TeacherProfilesRepository } from '../../libs/catalogue/src/teacher-profiles.repository.js';
import { AuthSessionsRepository } from '../../libs/identity/src/auth-sessions.repository.js';
import { UsersRepository } from '../../libs/identity/src/users.repository.js';
import { OrganisationsRepository } from '../../libs/organisations/src/organisations.repository.js';
import type { TestApp } from './app.js';

/**
 * Rows are made through the owning libs' repositories from inputs typed by their entities: every
 * column but the generated ones is given, so a column added to an entity breaks these at compile
 * time. The data source must know the entities (the test app's does; createDataSource needs
 * `entities: ALL_ENTITIES`).
 */
type NewOrganisation = Omit<Organisation, 'id' | 'createdAt' | 'updatedAt' | 'passwordLoginDisabled'>;
type NewTeacherProfile = Omit<TeacherProfile, 'id' | 'userId' | 'user' | 'createdAt' | 'updatedAt'>;
type NewCourse = Omit<
  Course,
  'id' | 'createdAt' | 'updatedAt' | 'organisation' | 'visibleToOrganisation' | 'createdBy'
>;
type NewSession = Omit<CourseSession, 'id' | 'createdAt' | 'updatedAt' | 'course' | 'visibleToOrganisation'>;

const units = new WeakMap<DataSource, Db>();
/** The unit of work the repositories read, one per data source. */
function unitOfWork(ds: DataSource): Db {
  let db = units.get(ds);
  if (!db) {
    db = new Db(ds);
    units.set(ds, db);
  }
  return db;
}

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
const hashOnce = () => (passwordHash ??= argon2.hash(PASSWORD, { type: argon2.argon2id }));
const uid = () => randomBytes(4).toString('hex');

export interface OrgRow {
  id: string;
  slug: string;
  name: string;
  region: string;
}

export async function createOrganisation(
  ds: DataSource,
  overrides: Partial<Pick<NewOrganisation, 'slug' | 'name' | 'kind' | 'region' | 'emailDomains'>> = {},
): Promise<OrgRow> {
  const slug = overrides.slug ?? `org-${uid()}`;
  const values: NewOrganisation = {
    slug,
    name: overrides.name ?? `Gemeente ${slug}`,
    kind: overrides.kind ?? 'gemeente',
    region: overrides.region ?? 'Utrecht',
    emailDomains: overrides.emailDomains ?? [`${slug}.nl`],
  };
  const org = await new OrganisationsRepository(unitOfWork(ds)).insert(values);
  return { id: org.id, slug: org.slug, name: org.name, region: org.region };
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  organisationId: string;
}

export async function createUser(
  ds: DataSource,
  organisationId: string,
  overrides: Partial<{ email: string; name: string; roles: Role[] }> = {},
): Promise<UserRow> {
  const user = await new UsersRepository(unitOfWork(ds)).insert({
    email: overrides.email ?? `user-${uid()}@example.nl`,
    name: overrides.name ?? 'Test Gebruiker',
    organisationId,
    passwordHash: await hashOnce(),
    roles: overrides.roles ?? [],
    emailVerifiedAt: new Date(),
  });
  return { id: user.id, email: user.email, name: user.name, organisationId };
}

export async function login(
  t: TestApp,
  email: string,
  password = PASSWORD,
): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await t.http.post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface Actor extends UserRow {
  token: string;
  auth: { Authorization: string };
}

/** A signed-in user: created in the database, logged in through the API. */
export async function actor(
  t: TestApp,
  organisationId: string,
  overrides: Partial<{ email: string; name: string; roles: Role[] }> = {},
): Promise<Actor> {
  const user = await createUser(t.dataSource, organisationId, overrides);
  const { accessToken } = await login(t, user.email);
  return { ...user, token: accessToken, auth: { Authorization: `Bearer ${accessToken}` } };
}

export const TEACHER_PROFILE = {
  jobTitle: 'Senior vergunningverlener',
  bio: 'Ik werk al vijftien jaar als vergunningverlener en train collega’s met echte aanvragen.',
  expertise: ['omgevingsvergunning', 'Omgevingswet'],
  formats: ['klassikaal', 'online'],
  regions: ['Overijssel'],
  languages: ['nl'],
  inCompany: true,
};

export const COURSE = {
  title: 'Omgevingsvergunning beoordelen',
  summary: 'Praktijktraining voor vergunningverleners die aanvragen zelfstandig willen beoordelen.',
  description: 'We lopen het hele proces door, van indiening tot besluit.',
  learningGoals: ['Je toetst een aanvraag op volledigheid.'],
  topics: ['Omgevingsvergunning', 'Omgevingswet'],
  level: 'basis',
  durationHours: 3.5,
  format: 'klassikaal',
};

export function daysFromNow(days: number, hourUtc = 9): string {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d.toISOString();
}

export function sessionBody(days = 14, overrides: Record<string, unknown> = {}) {
  return {
    startsAt: daysFromNow(days, 9),
    endsAt: daysFromNow(days, 12),
    venueName: 'Stadskantoor, zaal 2.14',
    address: 'Lübeckplein 2',
    city: 'Zwolle',
    region: 'Overijssel',
    capacity: 12,
    ...overrides,
  };
}

/** A teacher with a profile and a published course with one session, made through the API. */
export async function publishedCourse(
  t: TestApp,
  teacher: Actor,
  course: Record<string, unknown> = {},
  session: Record<string, unknown> = {},
) {
  await t.http
    .put('/api/me/teacher-profile')
    .set(teacher.auth)
    .send(TEACHER_PROFILE)
    .expect((r) => expectOk(r.status));
  const created = await t.http
    .post('/api/courses')
    .set(teacher.auth)
    .send({ ...COURSE, ...course })
    .expect(201);
  const s = await t.http
    .post(`/api/courses/${created.body.id}/sessions`)
    .set(teacher.auth)
    .send(sessionBody(14, session))
    .expect(201);
  await t.http.post(`/api/courses/${created.body.id}/publish`).set(teacher.auth).expect(200);
  return { courseId: created.body.id as string, sessionId: s.body.id as string };
}

function expectOk(status: number) {
  if (status !== 200 && status !== 201) throw new Error(`expected 200/201, got ${status}`);
}

export async function createTeacherProfile(
  ds: DataSource,
  userId: string,
  overrides: Partial<Pick<NewTeacherProfile, 'expertise' | 'inCompany' | 'regions'>> = {},
): Promise<{ id: string }> {
  const values: NewTeacherProfile = {
    externalId: null,
    jobTitle: 'Adviseur',
    bio: 'Een collega die graag kennis deelt.',
    expertise: overrides.expertise ?? ['omgevingswet'],
    formats: ['klassikaal', 'online'],
    regions: overrides.regions ?? ['Utrecht'],
    languages: ['nl'],
    inCompany: overrides.inCompany ?? true,
    photoUrl: null,
  };
  const profile = await new TeacherProfilesRepository(unitOfWork(ds)).upsert(userId, values);
  return { id: profile.id };
}

export type CourseOverrides = Pick<
  NewCourse,
  'title' | 'topics' | 'status' | 'format' | 'level' | 'language' | 'requiresManagerApproval'
> & { publishedAt: Date };

export async function createCourse(
  ds: DataSource,
  organisationId: string,
  teacherProfileIds: string[],
  o: Partial<CourseOverrides> = {},
): Promise<{ id: string }> {
  const topics = o.topics ?? ['Omgevingswet'];
  const status = o.status ?? 'published';
  const values: NewCourse = {
    externalId: null,
    kind: 'course',
    title: o.title ?? `Cursus ${uid()}`,
    summary: 'Een korte collegiale cursus.',
    description: '',
    learningGoals: [],
    topics,
    topicKeys: topicKeys(topics),
    level: o.level ?? 'basis',
    durationHours: 3,
    format: o.format ?? 'klassikaal',
    language: o.language ?? 'nl',
    organisationId,
    requiresManagerApproval: o.requiresManagerApproval ?? false,
    visibleToOrganisationId: null,
    status,
    createdById: null,
    publishedAt: status === 'published' ? (o.publishedAt ?? new Date()) : null,
  };
  const courses = new CoursesRepository(unitOfWork(ds));
  const course = await courses.insert(values);
  if (teacherProfileIds.length) await courses.replaceTeachers(course.id, teacherProfileIds);
  return { id: course.id };
}

export type SessionOverrides = Pick<
  NewSession,
  | 'startsAt'
  | 'endsAt'
  | 'region'
  | 'city'
  | 'capacity'
  | 'status'
  | 'enrolmentDeadline'
  | 'cancellationDeadline'
  | 'onlineUrl'
> &
  Pick<SessionSeats, 'seatsTaken'>;

export async function createSession(
  ds: DataSource,
  courseId: string,
  o: Partial<SessionOverrides> = {},
): Promise<{ id: string }> {
  const startsAt = o.startsAt ?? new Date(Date.now() + 14 * 86_400_000);
  const values: NewSession = {
    courseId,
    startsAt,
    endsAt: o.endsAt ?? new Date(startsAt.getTime() + 3 * 3600_000),
    venueName: 'Zaal 1',
    address: null,
    city: o.city === undefined ? 'Utrecht' : o.city,
    region: o.region === undefined ? 'Utrecht' : o.region,
    onlineUrl: o.onlineUrl ?? null,
    capacity: o.capacity ?? 12,
    enrolmentDeadline: o.enrolmentDeadline ?? startsAt,
    cancellationDeadline: o.cancellationDeadline ?? new Date(startsAt.getTime() - 2 * 86_400_000),
    status: o.status ?? 'scheduled',
    visibleToOrganisationId: null,
    scheduleVersion: 0,
    minParticipants: null,
    goNoGoAt: null,
    autoCancel: false,
    goNoGoDecidedAt: null,
    goNoGoOutcome: null,
  };
  const session = await new SessionsRepository(unitOfWork(ds)).insert(values);
  // The seat count cache is enrolments' (session_seats); a session without a row has none taken.
  if (o.seatsTaken) {
    const seats: Pick<SessionSeats, 'sessionId' | 'seatsTaken'> = { sessionId: session.id, seatsTaken: o.seatsTaken };
    await ds.getRepository(SessionSeats).insert(seats);
  }
  return { id: session.id };
}

export const days = (n: number) => new Date(Date.now() + n * 86_400_000);

/**
 * Many signed-in users at once, without paying argon2 per log-in: users, sessions and access
 * tokens are made directly (the tokens are real and pass the API's guard).
 */
export async function bulkActors(t: TestApp, organisationId: string, count: number): Promise<Actor[]> {
  const jwt = (await import('jsonwebtoken')).default;
  const db = unitOfWork(t.dataSource);
  const users = new UsersRepository(db);
  const sessions = new AuthSessionsRepository(db);
  const batch = uid();
  const made = await db.transaction(async () => {
    const out: { user: UserRow; sessionId: string }[] = [];
    for (let g = 1; g <= count; g++) {
      const user = await users.insert({
        email: `bulk-${batch}-${g}@example.nl`,
        name: `Deelnemer ${g}`,
        organisationId,
        passwordHash: '!',
        roles: [],
        emailVerifiedAt: null,
      });
      const session = await sessions.createSession(user.id, new Date(Date.now() + 86_400_000));
      out.push({ user: { id: user.id, email: user.email, name: user.name, organisationId }, sessionId: session.id });
    }
    return out;
  });
  return made.map(({ user, sessionId }) => {
    const token = jwt.sign({ sid: sessionId }, jwtSecret(t), {
      subject: user.id,
      issuer: t.config.JWT_ISSUER,
      audience: t.config.JWT_AUDIENCE,
      expiresIn: 3600,
      algorithm: 'HS256',
    });
    return { ...user, token, auth: { Authorization: `Bearer ${token}` } };
  });
}

function jwtSecret(t: TestApp): string {
  if (t.config.JWT_SECRET === undefined) throw new Error('the test app has no JWT_SECRET');
  return t.config.JWT_SECRET;
}

/** A published course with one session, made directly in the database, taught by a new teacher. */
export async function bookableSession(
  t: TestApp,
  organisationId: string,
  session: Partial<SessionOverrides> = {},
  course: Partial<CourseOverrides> = {},
): Promise<{ sessionId: string; courseId: string; teacher: Actor }> {
  const teacher = await actor(t, organisationId);
  const profile = await createTeacherProfile(t.dataSource, teacher.id);
  const c = await createCourse(t.dataSource, organisationId, [profile.id], course);
  const s = await createSession(t.dataSource, c.id, session);
  return { sessionId: s.id, courseId: c.id, teacher };
}
