import type { TestApp } from './app.js';
import { type Actor, daysFromNow } from './factories.js';

/** A werkatelier in the style of the seeds: three days over five weeks, day 3 with a choice of modules. */
export const WERKATELIER = {
  title: 'Werkatelier Vakmanschap',
  why: 'Beleidsmakers versterken hun vakmanschap met collega’s van andere organisaties.',
  goals: ['Je werkt aan je eigen dossier met collega’s uit de hele overheid.'],
  topics: ['beleidsvakmanschap'],
  parts: [
    { title: 'Dag 1: Verkenning', kind: 'plenary', durationHours: 6, format: 'klassikaal' },
    {
      title: 'Dag 2 met stakeholdersdiner',
      kind: 'group_meeting',
      durationHours: 7,
      format: 'klassikaal',
      allowsGuests: true,
    },
    { title: 'Dag 3: Keuzemodule', kind: 'elective', durationHours: 6, format: 'klassikaal' },
    { title: 'Intervisie', kind: 'intervision', durationHours: 2, format: 'online' },
  ],
};

export interface CohortPartView {
  id: string;
  partId: string;
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  choiceDeadline: string | null;
  guestCapacity: number;
}
export interface CohortView {
  id: string;
  programmeId: string;
  name: string;
  capacity: number;
  seatsLeft: number;
  parts: CohortPartView[];
  myEnrolment: { id: string; status: string; position: number | null } | null;
  myRole: string | null;
}
export interface ProgrammeView {
  id: string;
  status: string;
  parts: { id: string; title: string; kind: string; allowsGuests: boolean }[];
  cohorts: CohortView[];
}

/** The days (from now) each part of a cohort is held: day 1, two weeks later, five weeks later, and six. */
const PART_DAYS = [10, 24, 45, 52];

export function cohortBody(
  programme: ProgrammeView,
  overrides: Partial<{ name: string; capacity: number; startDay: number; guestCapacity: number }> = {},
) {
  const start = overrides.startDay ?? 0;
  return {
    name: overrides.name ?? 'Tranche 1',
    capacity: overrides.capacity ?? 15,
    parts: programme.parts.map((p, i) => {
      const day = start + (PART_DAYS[i] ?? PART_DAYS[PART_DAYS.length - 1] + 7 * i);
      return {
        partId: p.id,
        startsAt: daysFromNow(day, 8),
        endsAt: daysFromNow(day, 15),
        venueName: 'Rijkskantoor De Knoop',
        city: 'Utrecht',
        onlineUrl: 'https://meet.example.nl/werkatelier',
        guestCapacity: p.allowsGuests ? (overrides.guestCapacity ?? 10) : 0,
      };
    }),
  };
}

/** A published programme (made by L&D through the API) with one cohort. */
export async function programmeWithCohort(
  t: TestApp,
  ld: Actor,
  overrides: Partial<{ programme: Record<string, unknown>; cohort: Parameters<typeof cohortBody>[1] }> = {},
): Promise<{ programme: ProgrammeView; cohort: CohortView }> {
  const created = (
    await t.http
      .post('/api/programmes')
      .set(ld.auth)
      .send({ ...WERKATELIER, ...overrides.programme })
      .expect(201)
  ).body as ProgrammeView;
  await t.http.post(`/api/programmes/${created.id}/status`).set(ld.auth).send({ status: 'published' }).expect(200);
  const cohort = (
    await t.http
      .post(`/api/programmes/${created.id}/cohorts`)
      .set(ld.auth)
      .send(cohortBody(created, overrides.cohort))
      .expect(201)
  ).body as CohortView;
  return { programme: created, cohort };
}

/** Enrols through the cohort; returns the enrolment. */
export async function enrolInCohort(
  t: TestApp,
  a: Actor,
  cohortId: string,
  body: Record<string, unknown> = {},
): Promise<{ id: string; status: string; position: number | null }> {
  const res = await t.http.post(`/api/cohorts/${cohortId}/enrolments`).set(a.auth).send(body).expect(201);
  return (res.body as { enrolment: { id: string; status: string; position: number | null } }).enrolment;
}
