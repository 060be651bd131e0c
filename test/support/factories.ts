import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Role } from '#libs/common';
import type { TestApp } from './app.js';

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
  overrides: Partial<{ slug: string; name: string; kind: string; region: string; emailDomains: string[] }> = {},
): Promise<OrgRow> {
  const slug = overrides.slug ?? `org-${uid()}`;
  const [row] = await ds.query(
    `INSERT INTO organisations (slug, name, kind, region, email_domains) VALUES ($1, $2, $3, $4, $5::text[])
     RETURNING id, slug, name, region`,
    [
      slug,
      overrides.name ?? `Gemeente ${slug}`,
      overrides.kind ?? 'gemeente',
      overrides.region ?? 'Utrecht',
      overrides.emailDomains ?? [`${slug}.nl`],
    ],
  );
  return row;
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
  const email = overrides.email ?? `user-${uid()}@example.nl`;
  const [row] = await ds.query(
    `INSERT INTO users (email, name, organisation_id, password_hash, roles, email_verified_at) VALUES ($1, $2, $3, $4, $5::text[], now())
     RETURNING id, email, name, organisation_id AS "organisationId"`,
    [email, overrides.name ?? 'Test Gebruiker', organisationId, await hashOnce(), overrides.roles ?? []],
  );
  return row;
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
  overrides: Partial<{ expertise: string[]; inCompany: boolean; regions: string[] }> = {},
): Promise<{ id: string }> {
  const [row] = await ds.query(
    `INSERT INTO teacher_profiles (user_id, job_title, bio, expertise, formats, regions, languages, in_company)
     VALUES ($1, 'Adviseur', 'Een collega die graag kennis deelt.', $2::text[], '{klassikaal,online}', $3::text[], '{nl}', $4) RETURNING id`,
    [userId, overrides.expertise ?? ['omgevingswet'], overrides.regions ?? ['Utrecht'], overrides.inCompany ?? true],
  );
  return row;
}

export interface CourseOverrides {
  title: string;
  topics: string[];
  status: 'draft' | 'published' | 'archived';
  format: 'klassikaal' | 'online' | 'hybride';
  level: 'basis' | 'verdieping' | 'expert';
  language: 'nl' | 'en';
  publishedAt: Date;
  requiresManagerApproval: boolean;
}

export async function createCourse(
  ds: DataSource,
  organisationId: string,
  teacherProfileIds: string[],
  o: Partial<CourseOverrides> = {},
): Promise<{ id: string }> {
  const topics = o.topics ?? ['Omgevingswet'];
  const status = o.status ?? 'published';
  const [row] = await ds.query(
    `INSERT INTO courses (title, summary, topics, topic_keys, level, duration_hours, format, language, organisation_id, status, published_at, requires_manager_approval)
     VALUES ($1, 'Een korte collegiale cursus.', $2::text[], $3::text[], $4, 3, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      o.title ?? `Cursus ${uid()}`,
      topics,
      topics.map((x) => x.toLowerCase()),
      o.level ?? 'basis',
      o.format ?? 'klassikaal',
      o.language ?? 'nl',
      organisationId,
      status,
      status === 'published' ? (o.publishedAt ?? new Date()) : null,
      o.requiresManagerApproval ?? false,
    ],
  );
  for (const [position, id] of teacherProfileIds.entries()) {
    await ds.query(`INSERT INTO course_teachers (course_id, teacher_profile_id, position) VALUES ($1, $2, $3)`, [
      row.id,
      id,
      position,
    ]);
  }
  return row;
}

export interface SessionOverrides {
  startsAt: Date;
  endsAt: Date;
  region: string | null;
  city: string | null;
  capacity: number;
  seatsTaken: number;
  status: 'scheduled' | 'cancelled';
  enrolmentDeadline: Date;
  cancellationDeadline: Date;
  onlineUrl: string | null;
}

export async function createSession(
  ds: DataSource,
  courseId: string,
  o: Partial<SessionOverrides> = {},
): Promise<{ id: string }> {
  const startsAt = o.startsAt ?? new Date(Date.now() + 14 * 86_400_000);
  const [row] = await ds.query(
    `INSERT INTO course_sessions (course_id, starts_at, ends_at, venue_name, city, region, online_url, capacity,
                                  enrolment_deadline, cancellation_deadline, status)
     VALUES ($1, $2, $3, 'Zaal 1', $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      courseId,
      startsAt,
      o.endsAt ?? new Date(startsAt.getTime() + 3 * 3600_000),
      o.city === undefined ? 'Utrecht' : o.city,
      o.region === undefined ? 'Utrecht' : o.region,
      o.onlineUrl ?? null,
      o.capacity ?? 12,
      o.enrolmentDeadline ?? startsAt,
      o.cancellationDeadline ?? new Date(startsAt.getTime() - 2 * 86_400_000),
      o.status ?? 'scheduled',
    ],
  );
  // The seat count cache is enrolments' (session_seats); a session without a row has none taken.
  if (o.seatsTaken)
    await ds.query(`INSERT INTO session_seats (session_id, seats_taken) VALUES ($1, $2)`, [row.id, o.seatsTaken]);
  return row;
}

export const days = (n: number) => new Date(Date.now() + n * 86_400_000);

/**
 * Many signed-in users at once, without paying argon2 per log-in: users, sessions and access
 * tokens are made directly (the tokens are real and pass the API's guard).
 */
export async function bulkActors(t: TestApp, organisationId: string, count: number): Promise<Actor[]> {
  const jwt = (await import('jsonwebtoken')).default;
  const rows: { id: string; email: string; name: string; session_id: string }[] = await t.dataSource.query(
    `WITH u AS (
       INSERT INTO users (email, name, organisation_id, password_hash)
       SELECT 'bulk-' || $2 || '-' || g || '@example.nl', 'Deelnemer ' || g, $1, '!' FROM generate_series(1, $3) g
       RETURNING id, email, name)
     , s AS (INSERT INTO auth_sessions (user_id, expires_at) SELECT id, now() + interval '1 day' FROM u RETURNING id, user_id)
     SELECT u.id, u.email, u.name, s.id AS session_id FROM u JOIN s ON s.user_id = u.id`,
    [organisationId, uid(), count],
  );
  return rows.map((r) => {
    const token = jwt.sign({ sid: r.session_id }, t.config.JWT_SECRET!, {
      subject: r.id,
      issuer: t.config.JWT_ISSUER,
      audience: t.config.JWT_AUDIENCE,
      expiresIn: 3600,
      algorithm: 'HS256',
    });
    return {
      id: r.id,
      email: r.email,
      name: r.name,
      organisationId,
      token,
      auth: { Authorization: `Bearer ${token}` },
    };
  });
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
