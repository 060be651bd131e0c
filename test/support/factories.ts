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

export async function createOrganisation(ds: DataSource, overrides: Partial<{ slug: string; name: string; kind: string; region: string; emailDomains: string[] }> = {}): Promise<OrgRow> {
  const slug = overrides.slug ?? `org-${uid()}`;
  const [row] = await ds.query(
    `INSERT INTO organisations (slug, name, kind, region, email_domains) VALUES ($1, $2, $3, $4, $5::text[])
     RETURNING id, slug, name, region`,
    [slug, overrides.name ?? `Gemeente ${slug}`, overrides.kind ?? 'gemeente', overrides.region ?? 'Utrecht', overrides.emailDomains ?? [`${slug}.nl`]],
  );
  return row;
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  organisationId: string;
}

export async function createUser(ds: DataSource, organisationId: string, overrides: Partial<{ email: string; name: string; roles: Role[] }> = {}): Promise<UserRow> {
  const email = overrides.email ?? `user-${uid()}@example.nl`;
  const [row] = await ds.query(
    `INSERT INTO users (email, name, organisation_id, password_hash, roles) VALUES ($1, $2, $3, $4, $5::text[])
     RETURNING id, email, name, organisation_id AS "organisationId"`,
    [email, overrides.name ?? 'Test Gebruiker', organisationId, await hashOnce(), overrides.roles ?? []],
  );
  return row;
}

export async function login(t: TestApp, email: string, password = PASSWORD): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await t.http.post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface Actor extends UserRow {
  token: string;
  auth: { Authorization: string };
}

/** A signed-in user: created in the database, logged in through the API. */
export async function actor(t: TestApp, organisationId: string, overrides: Partial<{ email: string; name: string; roles: Role[] }> = {}): Promise<Actor> {
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
export async function publishedCourse(t: TestApp, teacher: Actor, course: Record<string, unknown> = {}, session: Record<string, unknown> = {}) {
  await t.http.put('/api/me/teacher-profile').set(teacher.auth).send(TEACHER_PROFILE).expect((r) => expectOk(r.status));
  const created = await t.http.post('/api/courses').set(teacher.auth).send({ ...COURSE, ...course }).expect(201);
  const s = await t.http.post(`/api/courses/${created.body.id}/sessions`).set(teacher.auth).send(sessionBody(14, session)).expect(201);
  await t.http.post(`/api/courses/${created.body.id}/publish`).set(teacher.auth).expect(200);
  return { courseId: created.body.id as string, sessionId: s.body.id as string };
}

function expectOk(status: number) {
  if (status !== 200 && status !== 201) throw new Error(`expected 200/201, got ${status}`);
}
