import { createTestApp, type TestApp } from './support/app.js';
import {
  createCourse,
  createOrganisation,
  createSession,
  createTeacherProfile,
  createUser,
  days,
} from './support/factories.js';

/**
 * The list's order, total and facet counts are kept per query and data version
 * (CatalogueSnapshots); these tests read a list, change what it is computed from behind the API's
 * back — as another process or the enrolment engine would — and read it again at once.
 */
describe('Catalogue list after a change, read again at once', () => {
  let t: TestApp;
  let org: string;
  let teacher: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = (await createOrganisation(t.dataSource)).id;
    teacher = (await createTeacherProfile(t.dataSource, (await createUser(t.dataSource, org)).id)).id;
  });
  afterAll(() => t.close());

  const list = async (query: string) =>
    (await t.http.get(`/api/catalogue/courses?${query}`).expect(200)).body as {
      total: number;
      items: { id: string; nextSession: { seatsLeft: number } | null }[];
      facets: { freeSeats: number };
    };

  it('drops a course whose last free seat was taken from the free-seats list, its total and its count', async () => {
    const course = await createCourse(t.dataSource, org, [teacher], { title: 'Snapshot vrije plaatsen' });
    const session = await createSession(t.dataSource, course.id, { startsAt: days(9), capacity: 3, seatsTaken: 2 });
    const before = await list('freeSeats=true');
    expect(before.items.map((i) => i.id)).toContain(course.id);
    await t.dataSource.query(`UPDATE session_seats SET seats_taken = 3 WHERE session_id = $1`, [session.id]);
    const after = await list('freeSeats=true');
    expect(after.items.map((i) => i.id)).not.toContain(course.id);
    expect({ total: after.total, free: after.facets.freeSeats }).toEqual({
      total: before.total - 1,
      free: before.facets.freeSeats - 1,
    });
  });

  it('lists a course published a moment after the same list was read, and forgets one withdrawn', async () => {
    const before = await list('sort=title');
    const course = await createCourse(t.dataSource, org, [teacher], { title: 'Aaa snapshot nieuw' });
    const after = await list('sort=title');
    expect(after.total).toBe(before.total + 1);
    expect(after.items[0].id).toBe(course.id);
    await t.dataSource.query(`UPDATE courses SET status = 'archived' WHERE id = $1`, [course.id]);
    const withdrawn = await list('sort=title');
    expect(withdrawn.total).toBe(before.total);
    expect(withdrawn.items.map((i) => i.id)).not.toContain(course.id);
  });

  it('gives every page of a long list once, in one order, with one total', async () => {
    for (let i = 0; i < 7; i++)
      await createCourse(t.dataSource, org, [teacher], { title: `Reeks ${i}`, topics: ['reeks'] });
    const pages = await Promise.all([1, 2, 3, 4].map((page) => list(`topic=reeks&sort=title&pageSize=3&page=${page}`)));
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1, 0]);
    expect(new Set(pages.map((p) => p.total))).toEqual(new Set([7]));
    expect(new Set(pages.flatMap((p) => p.items.map((i) => i.id))).size).toBe(7);
  });
});
