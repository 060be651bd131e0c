import { DataSource } from 'typeorm';
import { createDataSource, Db } from '#libs/database';
import { ALL_ENTITIES } from '../../../apps/api/src/entities.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import {
  createCourse,
  createOrganisation,
  createSession,
  createTeacherProfile,
  createUser,
  days,
} from '../../../test/support/factories.js';
import { CatalogueQueryRepository } from './catalogue-query.repository.js';

describe('CatalogueQueryRepository (PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let repo: CatalogueQueryRepository;
  let orgA: string;
  let orgB: string;
  let teacher: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, entities: ALL_ENTITIES });
    await ds.initialize();
    repo = new CatalogueQueryRepository(new Db(ds));
    orgA = (await createOrganisation(ds, { region: 'Utrecht' })).id;
    orgB = (await createOrganisation(ds, { region: 'Overijssel' })).id;
    teacher = (await createTeacherProfile(ds, (await createUser(ds, orgA)).id)).id;
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await ds.query(`DELETE FROM courses`);
  });

  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  it('lists only published courses', async () => {
    const published = await createCourse(ds, orgA, [teacher]);
    await createCourse(ds, orgA, [teacher], { status: 'draft' });
    await createCourse(ds, orgA, [teacher], { status: 'archived' });
    const rows = await repo.search({}, 'title', 1, 20);
    expect(ids(rows)).toEqual([published.id]);
    expect(rows[0].total).toBe(1);
  });

  it('filters on topic case-insensitively, and on format, level, language and organisation', async () => {
    const match = await createCourse(ds, orgB, [teacher], {
      topics: ['Wet open overheid', 'Woo'],
      format: 'online',
      level: 'verdieping',
      language: 'en',
    });
    await createCourse(ds, orgB, [teacher], {
      topics: ['Woo'],
      format: 'klassikaal',
      level: 'verdieping',
      language: 'en',
    });
    await createCourse(ds, orgA, [teacher], { topics: ['AVG'], format: 'online', level: 'verdieping', language: 'en' });
    const rows = await repo.search(
      { topic: ' WOO ', format: 'online', level: 'verdieping', language: 'en', organisationId: orgB },
      'title',
      1,
      20,
    );
    expect(ids(rows)).toEqual([match.id]);
  });

  it('applies region, period and free seats to one and the same upcoming session', async () => {
    const split = await createCourse(ds, orgA, [teacher], { title: 'split' });
    // Utrecht only far ahead, Overijssel soon: "Utrecht within 20 days" matches neither session.
    await createSession(ds, split.id, { region: 'Utrecht', startsAt: days(60) });
    await createSession(ds, split.id, { region: 'Overijssel', startsAt: days(10) });
    const fits = await createCourse(ds, orgA, [teacher], { title: 'fits' });
    await createSession(ds, fits.id, { region: 'Utrecht', startsAt: days(12) });
    const rows = await repo.search({ region: 'utrecht', from: days(1), to: days(20) }, 'title', 1, 20);
    expect(ids(rows)).toEqual([fits.id]);
    expect(rows[0].upcomingSessions).toBe(1);
  });

  it('treats full, closed, cancelled and past sessions as not bookable for "only with free seats"', async () => {
    const full = await createCourse(ds, orgA, [teacher]);
    await createSession(ds, full.id, { capacity: 10, seatsTaken: 10 });
    const closed = await createCourse(ds, orgA, [teacher]);
    await createSession(ds, closed.id, { startsAt: days(5), enrolmentDeadline: days(-1) });
    const cancelled = await createCourse(ds, orgA, [teacher]);
    await createSession(ds, cancelled.id, { status: 'cancelled' });
    const past = await createCourse(ds, orgA, [teacher]);
    await createSession(ds, past.id, {
      startsAt: days(-3),
      endsAt: days(-2.9),
      enrolmentDeadline: days(-4),
      cancellationDeadline: days(-5),
    });
    const open = await createCourse(ds, orgA, [teacher]);
    await createSession(ds, open.id, { capacity: 10, seatsTaken: 9 });
    expect(ids(await repo.search({ freeSeats: true }, 'title', 1, 20))).toEqual([open.id]);
    expect((await repo.search({}, 'title', 1, 20)).length).toBe(5);
    const next = await repo.nextSessions([open.id, full.id, past.id], { freeSeats: true });
    expect(next).toEqual([expect.objectContaining({ courseId: open.id, seatsLeft: 1, online: false })]);
  });

  it('sorts by next session (courses without one last), by title, and by newest', async () => {
    const later = await createCourse(ds, orgA, [teacher], { title: 'B later', publishedAt: days(-3) });
    await createSession(ds, later.id, { startsAt: days(30) });
    const sooner = await createCourse(ds, orgA, [teacher], { title: 'C sooner', publishedAt: days(-2) });
    await createSession(ds, sooner.id, { startsAt: days(3) });
    await createSession(ds, sooner.id, {
      startsAt: days(-1),
      endsAt: days(-0.9),
      enrolmentDeadline: days(-2),
      cancellationDeadline: days(-3),
    });
    const none = await createCourse(ds, orgA, [teacher], { title: 'A none', publishedAt: days(-1) });
    expect(ids(await repo.search({}, 'next', 1, 20))).toEqual([sooner.id, later.id, none.id]);
    expect(ids(await repo.search({}, 'title', 1, 20))).toEqual([none.id, later.id, sooner.id]);
    expect(ids(await repo.search({}, 'newest', 1, 20))).toEqual([none.id, sooner.id, later.id]);
  });

  it('pages with a stable order and reports the total', async () => {
    for (let i = 0; i < 5; i++) await createCourse(ds, orgA, [teacher], { title: `Cursus ${i}` });
    const first = await repo.search({}, 'title', 1, 2);
    const third = await repo.search({}, 'title', 3, 2);
    expect(first.map((r) => r.title)).toEqual(['Cursus 0', 'Cursus 1']);
    expect(third.map((r) => r.title)).toEqual(['Cursus 4']);
    expect(first[0].total).toBe(5);
  });

  it('gives the order as ids, cut at a limit, with the total of the whole list', async () => {
    for (let i = 0; i < 5; i++) await createCourse(ds, orgA, [teacher], { title: `Cursus ${i}` });
    const all = await repo.search({}, 'title', 1, 20);
    const cut = await repo.resultIds({}, 'title', 3);
    expect(cut).toEqual({ ids: ids(all).slice(0, 3), total: 5 });
    expect(await repo.resultIds({ topic: 'nergens' }, 'title', 3)).toEqual({ ids: [], total: 0 });
  });

  it('reads the rows of given ids in the given order, counting sessions as the filter says, public only', async () => {
    const a = await createCourse(ds, orgA, [teacher], { title: 'A' });
    const b = await createCourse(ds, orgA, [teacher], { title: 'B' });
    const hidden = await createCourse(ds, orgA, [teacher], { title: 'C', status: 'draft' });
    await createSession(ds, b.id, { startsAt: days(5), region: 'Utrecht' });
    await createSession(ds, b.id, { startsAt: days(6), region: 'Overijssel' });
    const rows = await repo.rowsByIds([b.id, hidden.id, a.id], { region: 'Utrecht' });
    expect(rows.map((r) => [r.title, r.upcomingSessions])).toEqual([
      ['B', 1],
      ['A', 0],
    ]);
  });

  it('draws a new listing version on every write of courses or sessions, and a seat version on seats taken', async () => {
    const v0 = await repo.dataVersion();
    const course = await createCourse(ds, orgA, [teacher]);
    const v1 = await repo.dataVersion();
    expect(BigInt(v1.listing)).toBeGreaterThan(BigInt(v0.listing));
    await createSession(ds, course.id, { startsAt: days(4), seatsTaken: 2 });
    const v2 = await repo.dataVersion();
    expect(BigInt(v2.listing)).toBeGreaterThan(BigInt(v1.listing));
    expect(BigInt(v2.seats)).toBeGreaterThan(BigInt(v1.seats));
    await ds.query(`UPDATE session_seats SET seats_taken = seats_taken + 1`);
    const v3 = await repo.dataVersion();
    expect(v3).toEqual({ listing: v2.listing, seats: expect.any(String) });
    expect(BigInt(v3.seats)).toBeGreaterThan(BigInt(v2.seats));
  });
});
